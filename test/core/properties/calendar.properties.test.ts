import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildTitrationSchedule, scheduleToIcs, type TitrationSchedule } from '../../../src/core/index.js';
import {
  anyValue,
  hostileRecord,
  hostileString,
  isoDate,
  plausibleTitrationInput,
  returnsOrRejects,
  runs,
  keepBuiltInDataAndPrototypesIntact,
} from './arbitraries.js';

const MAX_LINE_OCTETS = 75;
const TEXT_PROPERTIES = new Set(['X-WR-CALNAME', 'SUMMARY', 'DESCRIPTION']);
const utf8 = new TextEncoder();

/**
 * Schedules with a start date (what the calendar export needs), from realistic input. Up to 12
 * steps keeps the run short (about 1 ms per step); the longest schedule has its own test below.
 */
const scheduleWithDate: fc.Arbitrary<TitrationSchedule> = fc
  .tuple(plausibleTitrationInput, isoDate)
  .map(([input, startDate]) => returnsOrRejects(() => buildTitrationSchedule({ ...input, startDate })))
  .filter((outcome) => outcome.ok && outcome.value.steps.length <= 12)
  .map((outcome) => (outcome as { ok: true; value: TitrationSchedule }).value);

const icsOptions = fc.record(
  {
    lang: fc.constantFrom('en' as const, 'es' as const),
    title: hostileString,
    doseIncreaseNote: hostileString,
    now: fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
  },
  { requiredKeys: [] },
);

interface ContentLine {
  name: string;
  value: string;
}

/** Fails with a message; plain checks keep the per-character loops fast. */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** Splits an iCalendar file into physical lines (checking endings and length) and unfolds them. */
function contentLines(ics: string): ContentLine[] {
  check(ics.endsWith('\r\n'), 'the file ends with CRLF');
  const physical = ics.slice(0, -2).split('\r\n');
  const logical: string[] = [];
  for (const line of physical) {
    check(!/[\r\n]/.test(line), `bare CR or LF in ${JSON.stringify(line)}`);
    const octets = utf8.encode(line).length;
    check(octets <= MAX_LINE_OCTETS, `${octets} octets in ${JSON.stringify(line)}`);
    if (line.startsWith(' ')) {
      check(logical.length > 0, 'a continuation line follows a line');
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  return logical.map((line) => {
    const colon = line.indexOf(':');
    check(colon > 0, `property line ${JSON.stringify(line)}`);
    return { name: line.slice(0, colon).split(';')[0]!, value: line.slice(colon + 1) };
  });
}

const ESCAPED: Record<string, string> = { '\\': '\\', ';': ';', ',': ',', n: '\n', N: '\n' };

/** Reads a TEXT value (RFC 5545 §3.3.11): only \\ \; \, \n \N escapes, no bare comma or semicolon. */
function unescapeText(value: string): string {
  let text = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i]!;
    if (char === '\\') {
      const next = value[i + 1] ?? '';
      const unescaped = ESCAPED[next];
      check(unescaped !== undefined, `escape \\${next} in ${JSON.stringify(value)}`);
      text += unescaped;
      i++;
    } else {
      check(char !== ',' && char !== ';', `unescaped ${char} in ${JSON.stringify(value)}`);
      text += char;
    }
  }
  return text;
}

/** C0 controls other than HTAB, and DEL: not allowed in any iCalendar value. */
const isForbiddenControl = (code: number) => (code < 0x20 && code !== 0x09) || code === 0x7f;

/** Text as the calendar writes it once unescaped: line breaks as \n, other forbidden controls removed. */
const asWritten = (text: string) =>
  [...text.replace(/\r\n|\r/g, '\n')].filter((c) => c === '\n' || !isForbiddenControl(c.charCodeAt(0))).join('');

describe('scheduleToIcs — properties', function () {
  // Heavier properties (whole knowledge bases, long calendars): room for a busy machine.
  this.timeout(20_000);
  keepBuiltInDataAndPrototypesIntact();

  it('writes CRLF lines of at most 75 octets, balanced BEGIN/END, escaped text that reads back as given', () => {
    fc.assert(
      fc.property(scheduleWithDate, icsOptions, (schedule, options) => {
        const lines = contentLines(scheduleToIcs(schedule, options));
        const open: string[] = [];
        let events = 0;
        for (const { name, value } of lines) {
          if (name === 'BEGIN') open.push(value);
          if (name === 'END') expect(open.pop(), `END:${value}`).to.equal(value);
          if (name === 'BEGIN' && value === 'VEVENT') events++;
          if (TEXT_PROPERTIES.has(name)) {
            const text = unescapeText(value);
            if (options.title !== undefined) {
              if (name === 'X-WR-CALNAME') expect(text).to.equal(asWritten(options.title));
              if (name === 'SUMMARY') expect(text.startsWith(`${asWritten(options.title)}: `)).to.equal(true);
            }
          }
          if (name === 'DTSTAMP') expect(value).to.match(/^\d{8}T\d{6}Z$/);
        }
        expect(open, 'every BEGIN has its END').to.deep.equal([]);
        expect(lines[0]).to.deep.equal({ name: 'BEGIN', value: 'VCALENDAR' });
        expect(lines.at(-1)).to.deep.equal({ name: 'END', value: 'VCALENDAR' });
        expect(events).to.equal(schedule.steps.length);
      }),
      runs(100),
    );
  });

  it('writes the longest schedule (0.01 mg steps up to 4.5 mg, 450 events) within the same rules', () => {
    const schedule = buildTitrationSchedule({
      startDoseMg: 0.01,
      stepDoseMg: 0.01,
      stepDays: 365,
      startDate: '2999-12-31',
      form: 'sublingual-liquid',
      concentrationMgPerMl: 0.01,
    });
    expect(schedule.steps).to.have.length(450);
    const lines = contentLines(scheduleToIcs(schedule, { lang: 'es', title: 'Ñ😀'.repeat(60) }));
    expect(lines.filter((l) => l.name === 'BEGIN' && l.value === 'VEVENT')).to.have.length(450);
  });

  it('writes no control characters a calendar reader must reject (RFC 5545 TEXT excludes CTLs)', () => {
    fc.assert(
      fc.property(scheduleWithDate, icsOptions, (schedule, options) => {
        const ics = scheduleToIcs(schedule, options);
        // Only CRLF line ends (and HTAB, which TEXT allows) may be control characters.
        const controls = [...ics.replace(/\r\n/g, '')].filter((c) => isForbiddenControl(c.charCodeAt(0)));
        expect(
          controls.map((c) => c.charCodeAt(0)),
          'control characters',
        ).to.deep.equal([]);
      }),
      runs(150),
    );
  });

  it('returns a calendar or throws LdnValidationError for any schedule', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyValue, hostileRecord({ input: fc.record({ startDate: isoDate }), steps: fc.array(anyValue) })),
        (schedule) => {
          returnsOrRejects(() => scheduleToIcs(schedule as never));
        },
      ),
      runs(300),
    );
  });

  it('returns a calendar or throws LdnValidationError for any options', () => {
    fc.assert(
      fc.property(
        scheduleWithDate,
        fc.oneof(
          anyValue,
          hostileRecord({
            lang: fc.constantFrom('en', 'es', 'fr', ''),
            title: hostileString,
            doseIncreaseNote: hostileString,
            now: fc.date(),
          }),
        ),
        (schedule, options) => {
          returnsOrRejects(() => scheduleToIcs(schedule, options as never));
        },
      ),
      runs(300),
    );
  });

  // Rule 4 (src/core/README.md, "No dose above the caps"): whatever schedule a caller hands in.
  it('never writes a dose above 4.5 mg, nor above 3 mg with spasticity, whatever the schedule claims', () => {
    const tampered = fc
      .tuple(
        scheduleWithDate,
        fc.record({
          raiseTo: fc.oneof(
            fc.constantFrom(3.01, 4.51, 5, 9, 50, 100),
            fc.double({ min: 0.01, max: 1e6, noNaN: true }),
          ),
          at: fc.nat(),
          maxDoseMg: fc.option(fc.constantFrom(4.5, 5, 50, 1e6), { nil: undefined }),
          limit: fc.option(fc.constantFrom('maximum', 'spasticity'), { nil: undefined }),
          spasticity: fc.option(fc.boolean(), { nil: undefined }),
        }),
      )
      .map(([schedule, change]) => {
        const copy = structuredClone(schedule) as { -readonly [K in keyof TitrationSchedule]: TitrationSchedule[K] };
        const step = copy.steps[change.at % copy.steps.length]!;
        step.doseMg = Math.round(change.raiseTo * 100) / 100;
        if (change.maxDoseMg !== undefined) copy.maxDoseMg = change.maxDoseMg;
        if (change.limit !== undefined) copy.limit = change.limit as never;
        if (change.spasticity !== undefined) copy.input = { ...copy.input, spasticity: change.spasticity };
        return copy as TitrationSchedule;
      });
    fc.assert(
      fc.property(tampered, (schedule) => {
        const outcome = returnsOrRejects(() => scheduleToIcs(schedule));
        if (!outcome.ok) return;
        const cap = schedule.input.spasticity || schedule.limit === 'spasticity' ? 3 : 4.5;
        const doses = [...outcome.value.matchAll(/SUMMARY[^:]*:[^\r]*?([0-9]+(?:\.[0-9]+)?) mg/g)].map((m) =>
          Number(m[1]),
        );
        expect(doses.length).to.equal(schedule.steps.length);
        for (const dose of doses) expect(dose, outcome.value).to.be.at.most(cap);
      }),
      runs(300),
    );
  });

  it('writes only the mL and the days the schedule itself gives: a changed volume or overlapping steps are refused', () => {
    const liquid = fc
      .tuple(plausibleTitrationInput, isoDate, fc.double({ min: 0.05, max: 20, noNaN: true }))
      .map(([input, startDate, concentrationMgPerMl]) =>
        returnsOrRejects(() =>
          buildTitrationSchedule({ ...input, startDate, form: 'sublingual-liquid', concentrationMgPerMl }),
        ),
      )
      .filter((outcome) => outcome.ok && outcome.value.steps.length >= 2 && outcome.value.steps.length <= 12)
      .map((outcome) => (outcome as { ok: true; value: TitrationSchedule }).value);
    const change = fc.record({
      how: fc.constantFrom('volume', 'no-concentration', 'overlap', 'gap', 'late-start', 'open-middle'),
      at: fc.nat(),
      factor: fc.constantFrom(0.5, 2, 10, 100),
    });
    fc.assert(
      fc.property(liquid, change, (schedule, { how, at, factor }) => {
        const copy = JSON.parse(JSON.stringify(schedule)) as {
          input: Record<string, unknown>;
          steps: Record<string, unknown>[];
        };
        expect(() => scheduleToIcs(copy as unknown as TitrationSchedule)).not.to.throw();
        const index = 1 + (at % (copy.steps.length - 1));
        const step = copy.steps[index]!;
        const previous = copy.steps[index - 1]!;
        const shift = (date: unknown, days: number) => {
          const d = new Date(`${String(date)}T00:00:00Z`);
          d.setUTCDate(d.getUTCDate() + days);
          return d.toISOString().slice(0, 10);
        };
        if (how === 'volume') step['volumeMl'] = Math.round((step['volumeMl'] as number) * factor * 100) / 100 + 0.01;
        if (how === 'no-concentration') delete copy.input['concentrationMgPerMl'];
        if (how === 'overlap') step['startDate'] = previous['startDate'];
        if (how === 'gap') step['startDate'] = shift(step['startDate'], 1);
        if (how === 'late-start') copy.steps[0]!['startDate'] = shift(copy.steps[0]!['startDate'], 1);
        if (how === 'open-middle') delete previous['endDate'];
        const outcome = returnsOrRejects(() => scheduleToIcs(copy as unknown as TitrationSchedule));
        expect(outcome.ok, `${how} at step ${index + 1}`).to.equal(false);
      }),
      runs(200),
    );
  });

  it('hands out schedules that cannot be changed: a listener cannot rewrite what the card or its calendar says', () => {
    fc.assert(
      fc.property(scheduleWithDate, (schedule) => {
        expect(Object.isFrozen(schedule)).to.equal(true);
        expect(Object.isFrozen(schedule.steps)).to.equal(true);
        for (const step of schedule.steps) expect(Object.isFrozen(step)).to.equal(true);
        expect(Object.isFrozen(schedule.input)).to.equal(true);
      }),
      runs(100),
    );
  });
});
