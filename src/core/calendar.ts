import * as z from 'zod/mini';
import { builtInKnowledgeBase } from './data/index.js';
import { parseOrThrow } from './errors.js';
import { LANGUAGES, type Language } from './schemas/common.js';
import { DoseMgSchema, MIN_START_DATE } from './schemas/dosing.js';
import { addDaysToIsoDate, MAX_TITRATION_STEPS, type TitrationSchedule } from './titration.js';

/**
 * RFC 5545 (iCalendar) export of a titration schedule: one all-day event per dose step, built
 * entirely in memory so a page can offer it as a download without any request.
 */

export interface IcsOptions {
  /** Language of the event text (default English). */
  lang?: Language;
  /** Calendar name and the start of each event's title (default "Low-dose naltrexone (LDN)"). */
  title?: string;
  /** Text added to every step after the first (the dose card passes "note side effects…", D4). */
  doseIncreaseNote?: string;
  /**
   * Time stamped on each event (DTSTAMP); defaults to now. Fix it for reproducible files. Must be
   * a valid Date from 1970 through year 9999.
   */
  now?: Date;
}

/**
 * Earliest and latest DTSTAMP, in ms since 1970 (numbers, so no caller can move them): before
 * 1970 is a broken clock; after year 9999 the timestamp format has no room.
 */
export const MIN_ICS_TIMESTAMP_MS = Date.UTC(1970, 0, 1);
export const MAX_ICS_TIMESTAMP_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Last date a step may name: its DTEND (the next day) must still have a four-digit year. */
const MAX_CALENDAR_DATE = '9999-12-30';

/** What `scheduleToIcs` accepts as options. Strict, so a typo is reported instead of ignored. */
export const IcsOptionsSchema = z.strictObject({
  lang: z.optional(z.enum(LANGUAGES, { error: `must be one of ${LANGUAGES.join(', ')}` })),
  title: z.optional(z.string({ error: 'must be text' })),
  doseIncreaseNote: z.optional(z.string({ error: 'must be text' })),
  now: z.optional(
    z.date({ error: 'must be a valid Date' }).check(
      z.refine((date) => date.getTime() >= MIN_ICS_TIMESTAMP_MS && date.getTime() <= MAX_ICS_TIMESTAMP_MS, {
        message: `must be between ${new Date(MIN_ICS_TIMESTAMP_MS).toISOString()} and ${new Date(MAX_ICS_TIMESTAMP_MS).toISOString()}`,
      }),
    ),
  ),
});

const CalendarDateSchema = z.iso.date({ error: 'must be a real calendar date written YYYY-MM-DD' }).check(
  z.refine((date) => date >= MIN_START_DATE && date <= MAX_CALENDAR_DATE, {
    message: `must be between ${MIN_START_DATE} and ${MAX_CALENDAR_DATE}`,
  }),
);

/** One step, as far as the calendar reads it. */
const IcsStepSchema = z
  .object({
    step: z.number().check(z.int(), z.positive()),
    doseMg: DoseMgSchema,
    volumeMl: z.optional(z.number().check(z.positive())),
    startDate: CalendarDateSchema,
    endDate: z.optional(CalendarDateSchema),
  })
  .check(
    z.refine((step) => step.endDate === undefined || step.endDate >= step.startDate, {
      message: 'must not end before it starts',
      path: ['endDate'],
    }),
  );

/**
 * The parts of a `TitrationSchedule` the calendar reads, checked before anything is written: a
 * hand-made or damaged schedule is rejected rather than turned into a malformed file. Steps are
 * numbered 1, 2, 3… (the UIDs depend on it) and no dose may be above the schedule's own limit.
 */
export const IcsScheduleSchema = z
  .object({
    input: z.object({
      startDate: z.string({ error: 'a calendar needs a start date' }).check(z.minLength(1)),
      spasticity: z.optional(z.boolean()),
      concentrationMgPerMl: z.optional(z.number().check(z.positive())),
    }),
    steps: z.array(IcsStepSchema).check(z.minLength(1), z.maxLength(MAX_TITRATION_STEPS)),
    maxDoseMg: DoseMgSchema,
    limit: z.optional(z.enum(['maximum', 'spasticity'])),
    usesExampleStep: z.boolean(),
  })
  .check(
    z.superRefine((schedule, ctx) => {
      if (!CalendarDateSchema.safeParse(schedule.input.startDate).success) {
        ctx.issues.push({
          code: 'custom',
          path: ['input', 'startDate'],
          message: 'must be a real calendar date written YYYY-MM-DD',
          input: schedule.input.startDate,
        });
      }
      const concentration = schedule.input.concentrationMgPerMl;
      schedule.steps.forEach((step, index) => {
        const previous = schedule.steps[index - 1];
        // Steps follow each other day by day from the start date: two events on one day would
        // read as two doses that day, and a gap as a day without a plan.
        const expectedStart =
          index === 0 ? schedule.input.startDate : previous?.endDate && addDaysToIsoDate(previous.endDate, 1);
        if (step.startDate !== expectedStart) {
          ctx.issues.push({
            code: 'custom',
            path: ['steps', index, 'startDate'],
            message: index === 0 ? 'must be the schedule’s start date' : 'must be the day after the previous step ends',
            input: step.startDate,
          });
        }
        // mL of liquid are a dose too: only the volume the schedule's own concentration gives.
        if (step.volumeMl !== undefined) {
          const expected =
            concentration === undefined ? undefined : Math.round((step.doseMg / concentration) * 100) / 100;
          if (expected === undefined || Math.abs(step.volumeMl - expected) > 1e-9) {
            ctx.issues.push({
              code: 'custom',
              path: ['steps', index, 'volumeMl'],
              message:
                expected === undefined
                  ? 'needs the schedule’s concentrationMgPerMl'
                  : `must be ${expected} mL for ${step.doseMg} mg at ${concentration} mg/mL`,
              input: step.volumeMl,
            });
          }
        }
        if (step.step !== index + 1) {
          ctx.issues.push({
            code: 'custom',
            path: ['steps', index, 'step'],
            message: `must be ${index + 1}`,
            input: step.step,
          });
        }
        // The schedule's own limit is not trusted alone: no file ever says more than 4.5 mg a day
        // (D1), nor more than 3 mg with spasticity (D2), whatever `maxDoseMg` claims.
        const limit = absoluteLimitMg(schedule.input.spasticity === true || schedule.limit === 'spasticity');
        if (step.doseMg > Math.min(schedule.maxDoseMg, limit)) {
          ctx.issues.push({
            code: 'custom',
            path: ['steps', index, 'doseMg'],
            message: `must not be above ${Math.min(schedule.maxDoseMg, limit)} mg`,
            input: step.doseMg,
          });
        }
      });
    }),
  );
type IcsSchedule = z.infer<typeof IcsScheduleSchema>;

/** The built-in limits (D1, D2): a portal may lower them, nothing may raise them. */
function absoluteLimitMg(spasticity: boolean): number {
  const { maximum, spasticityMaximum } = builtInKnowledgeBase.dosing;
  return spasticity ? spasticityMaximum.maxMg : maximum.maxMg;
}
type IcsStep = IcsSchedule['steps'][number];

const PRODUCT_ID = '-//ldn-widgets//Dose schedule//EN';
const UID_DOMAIN = 'ldn-widgets';
const MAX_LINE_OCTETS = 75;

// US Spanish writes 1.5 mg, as US pharmacy labels do (es-US, not es).
const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

const text = {
  en: {
    title: 'Low-dose naltrexone (LDN)',
    perDay: '{dose} mg a day',
    liquid: '{volume} mL of liquid',
    stepOf: 'Step {step} of {total}',
    range: 'from {start} to {end}',
    onward: 'from {start} on',
    example: 'Example only, not a prescription.',
    prescriber: "Follow your prescriber's instructions.",
  },
  es: {
    title: 'Naltrexona en dosis baja (LDN)',
    perDay: '{dose} mg al día',
    liquid: '{volume} mL de líquido',
    stepOf: 'Paso {step} de {total}',
    range: 'del {start} al {end}',
    onward: 'desde el {start}',
    example: 'Solo es un ejemplo, no una receta.',
    prescriber: 'Siga las indicaciones de quien le receta.',
  },
} satisfies Record<Language, Record<string, string>>;

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

interface Formatters {
  number: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
}

// Building Intl formatters is slow (about 1 ms per step when done per call): one pair per language.
const formattersByLanguage = new Map<Language, Formatters>();

function formattersFor(lang: Language): Formatters {
  let formatters = formattersByLanguage.get(lang);
  if (!formatters) {
    formatters = {
      number: new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }),
      date: new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }),
    };
    formattersByLanguage.set(lang, formatters);
  }
  return formatters;
}

const formatNumber = (value: number, lang: Language): string => formattersFor(lang).number.format(value);

const formatDate = (isoDate: string, lang: Language): string => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return formattersFor(lang).date.format(date);
};

/**
 * Control characters TEXT may not contain (RFC 5545 §3.1 CONTROL): C0 except HTAB, and DEL. Line
 * feeds are listed too but never reach it: line breaks are escaped as \n first.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F]/g;

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. Other
 * control characters (NUL, ESC, DEL…) have no escape and would make readers reject the file, so
 * they are removed.
 */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(FORBIDDEN_CONTROLS, '');
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line so no line exceeds 75 octets (RFC 5545 §3.1): continuation lines start
 * with one space. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldIcsLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    // Continuation lines spend one octet on their leading space.
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const icsDate = (isoDate: string): string => isoDate.replace(/-/g, '');

function icsTimestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

interface StepText {
  /** "1.5 mg a day (1.5 mL of liquid)". */
  amount: string;
  /** "Step 1 of 3". */
  label: string;
  /** "from March 1, 2025 to March 14, 2025". */
  when: string;
}

function stepText(step: IcsStep, total: number, lang: Language): StepText {
  const t = text[lang];
  const dose = fill(t.perDay, { dose: formatNumber(step.doseMg, lang) });
  const amount =
    step.volumeMl === undefined ? dose : `${dose} (${fill(t.liquid, { volume: formatNumber(step.volumeMl, lang) })})`;
  const start = formatDate(step.startDate, lang);
  const when =
    step.endDate === undefined
      ? fill(t.onward, { start })
      : fill(t.range, { start, end: formatDate(step.endDate, lang) });
  return { amount, label: fill(t.stepOf, { step: step.step, total }), when };
}

/**
 * The schedule as an iCalendar file (CRLF line endings, folded lines, escaped text). Each step
 * is an all-day event from its first day to the day after its last (DTEND is exclusive); the
 * last step, which continues, is marked on its first day. UIDs depend only on the start date
 * and the step number, so importing a revised plan updates the events instead of doubling them.
 * Throws `LdnValidationError` when the schedule has no start date or is not a schedule
 * `buildTitrationSchedule` could have made, and on unknown or invalid options (`null` means none).
 */
export function scheduleToIcs(schedule: TitrationSchedule, options?: IcsOptions): string {
  const checked: IcsSchedule = parseOrThrow(IcsScheduleSchema, schedule, 'schedule for a calendar');
  const parsedOptions = parseOrThrow(IcsOptionsSchema, options ?? {}, 'calendar options');
  const startDate = checked.input.startDate;
  const lang = parsedOptions.lang ?? 'en';
  const t = text[lang];
  const title = parsedOptions.title ?? t.title;
  const stamp = icsTimestamp(parsedOptions.now ?? new Date());
  const total = checked.steps.length;

  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeIcsText(title)}`);
  for (const step of checked.steps) {
    const { amount, label, when } = stepText(step, total, lang);
    const description = [
      `${label}: ${amount}, ${when}.`,
      ...(checked.usesExampleStep ? [t.example] : []),
      ...(step.step > 1 && parsedOptions.doseIncreaseNote ? [parsedOptions.doseIncreaseNote] : []),
      t.prescriber,
    ].join('\n');
    const lastDay = step.endDate ?? step.startDate;
    lines.push(
      'BEGIN:VEVENT',
      `UID:ldn-dose-${startDate}-step-${step.step}@${UID_DOMAIN}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(step.startDate)}`,
      `DTEND;VALUE=DATE:${icsDate(addDaysToIsoDate(lastDay, 1))}`,
      `SUMMARY;LANGUAGE=${lang}:${escapeIcsText(`${title}: ${amount} (${label.toLowerCase()})`)}`,
      `DESCRIPTION;LANGUAGE=${lang}:${escapeIcsText(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
