import { LdnValidationError, type ValidationIssue } from './errors.js';
import type { Language } from './schemas/common.js';
import { addDaysToIsoDate, type TitrationSchedule, type TitrationStep } from './titration.js';

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
  /** Time stamped on each event (DTSTAMP); defaults to now. Fix it for reproducible files. */
  now?: Date;
}

const PRODUCT_ID = '-//ldn-widgets//Dose schedule//EN';
const UID_DOMAIN = 'ldn-widgets';
const MAX_LINE_OCTETS = 75;

const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es' };

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

const formatNumber = (value: number, lang: Language): string =>
  new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(value);

const formatDate = (isoDate: string, lang: Language): string => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
};

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
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

function stepText(step: TitrationStep, total: number, lang: Language): StepText {
  const t = text[lang];
  const dose = fill(t.perDay, { dose: formatNumber(step.doseMg, lang) });
  const amount =
    step.volumeMl === undefined ? dose : `${dose} (${fill(t.liquid, { volume: formatNumber(step.volumeMl, lang) })})`;
  const start = formatDate(step.startDate!, lang);
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
 * Throws `LdnValidationError` when the schedule has no start date.
 */
export function scheduleToIcs(schedule: TitrationSchedule, options: IcsOptions = {}): string {
  const startDate = schedule.input.startDate;
  if (startDate === undefined) {
    const issue = { code: 'custom', path: ['startDate'], message: 'a calendar needs a start date', input: undefined };
    throw new LdnValidationError('Cannot make a calendar: the schedule has no start date', [issue as ValidationIssue]);
  }
  const lang = options.lang ?? 'en';
  const t = text[lang];
  const title = options.title ?? t.title;
  const stamp = icsTimestamp(options.now ?? new Date());
  const total = schedule.steps.length;

  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeIcsText(title)}`);
  for (const step of schedule.steps) {
    const { amount, label, when } = stepText(step, total, lang);
    const description = [
      `${label}: ${amount}, ${when}.`,
      ...(schedule.usesExampleStep ? [t.example] : []),
      ...(step.step > 1 && options.doseIncreaseNote ? [options.doseIncreaseNote] : []),
      t.prescriber,
    ].join('\n');
    const lastDay = step.endDate ?? step.startDate!;
    lines.push(
      'BEGIN:VEVENT',
      `UID:ldn-dose-${startDate}-step-${step.step}@${UID_DOMAIN}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(step.startDate!)}`,
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
