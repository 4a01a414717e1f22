import { expect } from '@open-wc/testing';
import { escapeIcsText, foldIcsLine, scheduleToIcs } from '../../src/core/calendar.js';
import { LdnValidationError } from '../../src/core/errors.js';
import { buildTitrationSchedule, type TitrationSchedule } from '../../src/core/titration.js';

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
const octets = (line: string) => new TextEncoder().encode(line).length;

/** Content lines with folding undone (RFC 5545 §3.1): CRLF followed by one space is removed. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);

/** The LdnValidationError thrown by `run`, or a failed test when it returns. */
function rejectionOf(run: () => unknown, what: string): LdnValidationError {
  try {
    run();
  } catch (error) {
    expect(error, what).to.be.instanceOf(LdnValidationError);
    return error as LdnValidationError;
  }
  expect.fail(`expected ${what} to be rejected`);
}

/** Each VEVENT as a map of property name (with parameters) → value. */
function events(ics: string): Map<string, string>[] {
  const result: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of unfold(ics)) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') result.push(current!);
    else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }
  return result;
}

describe('scheduleToIcs', () => {
  const schedule = buildTitrationSchedule({ startDate: '2025-01-25', stepDoseMg: 1.5, stepDays: 7 });

  it('writes a VCALENDAR with CRLF line endings, a PRODID and one all-day event per step', () => {
    const ics = scheduleToIcs(schedule, { now: NOW });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.be.true;
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.be.true;
    expect(/[^\r]\n/.test(ics), 'no bare LF').to.be.false;
    expect(/\r(?!\n)/.test(ics), 'no bare CR').to.be.false;
    const found = events(ics);
    expect(found).to.have.length(3);
    expect(found.map((e) => [e.get('DTSTART;VALUE=DATE'), e.get('DTEND;VALUE=DATE')])).to.deep.equal([
      ['20250125', '20250201'], // 25–31 January; DTEND is the day after the last day
      ['20250201', '20250208'],
      ['20250208', '20250209'], // the continuing dose is marked on its first day
    ]);
    for (const event of found) expect(event.get('DTSTAMP')).to.equal('20250102T030405Z');
  });

  it('ends steps exclusively across a leap day', () => {
    const leap = buildTitrationSchedule({ startDate: '2024-02-20', stepDoseMg: 1.5, stepDays: 10 });
    const found = events(scheduleToIcs(leap, { now: NOW }));
    expect(found[0]!.get('DTEND;VALUE=DATE')).to.equal('20240301');
    expect(found[1]!.get('DTSTART;VALUE=DATE')).to.equal('20240301');
  });

  it('keeps UIDs stable between exports and unique between steps', () => {
    const first = events(scheduleToIcs(schedule, { now: NOW })).map((e) => e.get('UID'));
    const later = events(scheduleToIcs(schedule, { now: new Date(Date.UTC(2026, 5, 1)) })).map((e) => e.get('UID'));
    expect(later).to.deep.equal(first);
    expect(new Set(first).size).to.equal(first.length);
    expect(first[0]).to.equal('ldn-dose-2025-01-25-step-1@ldn-widgets');
  });

  it('says the dose (and mL for a liquid) in each title, in the chosen language', () => {
    const liquid = buildTitrationSchedule({
      startDate: '2025-03-01',
      stepDoseMg: 1.5,
      stepDays: 14,
      form: 'sublingual-liquid',
      concentrationMgPerMl: 1.5,
    });
    const en = events(scheduleToIcs(liquid, { now: NOW }));
    expect(en[0]!.get('SUMMARY;LANGUAGE=en')).to.equal(
      'Low-dose naltrexone (LDN): 1.5 mg a day (1 mL of liquid) (step 1 of 3)',
    );
    expect(en[2]!.get('DESCRIPTION;LANGUAGE=en'))
      .to.contain('4.5 mg a day (3 mL of liquid)')
      .and.contain('from March 29\\, 2025 on');
    const es = events(scheduleToIcs(liquid, { now: NOW, lang: 'es' }));
    expect(es[0]!.get('SUMMARY;LANGUAGE=es')).to.equal(
      // US Spanish writes 1.5 mg, as US pharmacy labels do.
      'Naltrexona en dosis baja (LDN): 1.5 mg al día (1 mL de líquido) (paso 1 de 3)',
    );
    expect(es[0]!.get('DESCRIPTION;LANGUAGE=es')).to.contain('del 1 de marzo de 2025 al 14 de marzo de 2025');
  });

  it('adds the dose-increase note to every step after the first, and always the prescriber line', () => {
    const note = 'Watch for side effects.';
    const found = events(scheduleToIcs(schedule, { now: NOW, doseIncreaseNote: note }));
    const descriptions = found.map((e) => e.get('DESCRIPTION;LANGUAGE=en')!);
    expect(descriptions[0]).not.to.contain(note);
    expect(descriptions[1]).to.contain(note);
    expect(descriptions[2]).to.contain(note);
    for (const d of descriptions) expect(d).to.contain("Follow your prescriber's instructions.");
  });

  it('labels an example schedule as an example in every event', () => {
    const example = buildTitrationSchedule({ startDate: '2025-03-01' });
    for (const event of events(scheduleToIcs(example, { now: NOW }))) {
      expect(event.get('DESCRIPTION;LANGUAGE=en')).to.contain('Example only\\, not a prescription.');
    }
  });

  it('escapes text and folds long lines at 75 octets without splitting characters', () => {
    const title = 'Plan; a, b \\ c\nnext — ñandú 💊 '.repeat(4);
    const ics = scheduleToIcs(schedule, { now: NOW, lang: 'es', title });
    for (const line of ics.split('\r\n')) {
      expect(octets(line), line).to.be.at.most(75);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).not.to.throw();
    }
    const name = unfold(ics).find((l) => l.startsWith('X-WR-CALNAME:'))!;
    expect(name).to.equal(`X-WR-CALNAME:${'Plan\\; a\\, b \\\\ c\\nnext — ñandú 💊 '.repeat(4)}`);
  });

  it('refuses a schedule without a start date', () => {
    expect(() => scheduleToIcs(buildTitrationSchedule())).to.throw(LdnValidationError);
  });
});

describe('scheduleToIcs: a schedule it cannot read is rejected (regression: TypeError)', () => {
  const valid = buildTitrationSchedule({ startDate: '2025-01-25', stepDoseMg: 1.5, stepDays: 7 });
  /** `valid` with its steps changed by `change`. */
  const withSteps = (change: (steps: Record<string, unknown>[]) => void): TitrationSchedule => {
    const copy = structuredClone(valid);
    change(copy.steps as unknown as Record<string, unknown>[]);
    return copy;
  };
  const broken: [string, unknown][] = [
    ['an empty object', {}],
    ['null', null],
    ['a string', 'schedule'],
    ['no steps', { ...valid, steps: [] }],
    ['steps that are not objects', { ...valid, steps: [1, 2] }],
    ['an impossible start date', { ...valid, input: { ...valid.input, startDate: '2025-02-30' } }],
    ['a dose as text', withSteps((steps) => (steps[0]!['doseMg'] = '1.5'))],
    ['a dose above its limit', withSteps((steps) => (steps[2]!['doseMg'] = 6))],
    ['a step date that is not a date', withSteps((steps) => (steps[1]!['startDate'] = 'soon'))],
    ['a step ending before it starts', withSteps((steps) => (steps[0]!['endDate'] = '2025-01-01'))],
    ['steps numbered twice', withSteps((steps) => (steps[1]!['step'] = 1))],
    // Its DTEND would be 10000-01-01, which the DATE format cannot write.
    ['a step on the last day of year 9999', withSteps((steps) => (steps[2]!['startDate'] = '9999-12-31'))],
  ];
  for (const [what, schedule] of broken) {
    it(`rejects ${what} with LdnValidationError`, () => {
      const error = rejectionOf(() => scheduleToIcs(schedule as TitrationSchedule, { now: NOW }), what);
      expect(error.issues.length).to.be.at.least(1);
      expect(error.message).to.contain('schedule for a calendar');
    });
  }

  it('still writes the same schedule after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(valid)) as TitrationSchedule;
    expect(scheduleToIcs(copy, { now: NOW })).to.equal(scheduleToIcs(valid, { now: NOW }));
  });
});

describe('scheduleToIcs: options are checked (regression: TypeError, RangeError)', () => {
  const schedule = buildTitrationSchedule({ startDate: '2025-01-25', stepDoseMg: 1.5, stepDays: 7 });
  const stamps = (ics: string) => events(ics).map((e) => e.get('DTSTAMP'));

  const bad: [string, unknown, string][] = [
    ['a number as now', { now: Number.NaN }, 'now'],
    ['an invalid Date', { now: new Date(Number.NaN) }, 'now'],
    ['a date string as now', { now: '2025-01-02' }, 'now'],
    ['a time after year 9999', { now: new Date(Date.UTC(10000, 0, 1)) }, 'now'],
    ['a time before 1970', { now: new Date(Date.UTC(1969, 11, 31, 23, 59, 59)) }, 'now'],
    ['an unknown language', { lang: 'fr' }, 'lang'],
    ['a title that is not text', { title: 5 }, 'title'],
    ['a note that is not text', { doseIncreaseNote: {} }, 'doseIncreaseNote'],
  ];
  for (const [what, options, property] of bad) {
    it(`rejects ${what}, naming ${property}`, () => {
      const error = rejectionOf(() => scheduleToIcs(schedule, options as never), what);
      expect(error.issues[0]!.path).to.deep.equal([property]);
      expect(error.message).to.contain('calendar options').and.contain(property);
    });
  }

  it('rejects options that are not an object, and unknown options', () => {
    for (const options of ['es', 1, []]) rejectionOf(() => scheduleToIcs(schedule, options as never), String(options));
    const typo = rejectionOf(() => scheduleToIcs(schedule, { language: 'es' } as never), 'a typo');
    expect(typo.issues[0]!.code).to.equal('unrecognized_keys');
  });

  it('treats null options as none', () => {
    const ics = scheduleToIcs(schedule, null as never);
    expect(unfold(ics)).to.include('X-WR-CALNAME:Low-dose naltrexone (LDN)');
    expect(stamps(ics).every((stamp) => /^\d{8}T\d{6}Z$/.test(stamp!))).to.be.true;
  });

  it('stamps the first and last moments it accepts in the DTSTAMP format', () => {
    const first = scheduleToIcs(schedule, { now: new Date(Date.UTC(1970, 0, 1)) });
    expect(stamps(first)).to.deep.equal(Array(3).fill('19700101T000000Z'));
    const last = scheduleToIcs(schedule, { now: new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)) });
    expect(stamps(last)).to.deep.equal(Array(3).fill('99991231T235959Z'));
  });
});

describe('scheduleToIcs: cost', () => {
  /** Counts the Intl formatters built while `run` runs. */
  function formattersBuiltDuring(run: () => void): number {
    const { NumberFormat, DateTimeFormat } = Intl;
    let built = 0;
    const counting = <T extends object>(original: T): T =>
      new Proxy(original, {
        construct(target, args: unknown[]) {
          built++;
          return Reflect.construct(target as new (...a: unknown[]) => object, args) as object;
        },
      });
    Intl.NumberFormat = counting(NumberFormat);
    Intl.DateTimeFormat = counting(DateTimeFormat);
    try {
      run();
    } finally {
      Intl.NumberFormat = NumberFormat;
      Intl.DateTimeFormat = DateTimeFormat;
    }
    return built;
  }

  it('builds its number and date formatters once per language, not once per step (regression: ~1 ms a step)', () => {
    const longest = buildTitrationSchedule({
      startDoseMg: 0.01,
      stepDoseMg: 0.01,
      stepDays: 1,
      startDate: '2025-01-01',
    });
    expect(longest.steps).to.have.length(450);
    const built = formattersBuiltDuring(() => {
      for (const lang of ['en', 'es'] as const) {
        scheduleToIcs(longest, { now: NOW, lang });
        scheduleToIcs(longest, { now: NOW, lang });
      }
    });
    // At most a number and a date formatter per language (none when earlier tests built them).
    expect(built).to.be.at.most(4);
  });
});

describe('iCalendar helpers', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('removes control characters TEXT may not contain, keeping tabs (regression: NUL in SUMMARY)', () => {
    expect(escapeIcsText('a\u0000b\u0007c\u0008d\u000Be\u000Cf\u001Bg\u001Fh\u007Fi\tj')).to.equal('abcdefghi\tj');
    expect(escapeIcsText('line\r\nnext\u0000')).to.equal('line\\nnext');
    const schedule = buildTitrationSchedule({ startDate: '2025-01-25', stepDoseMg: 1.5, stepDays: 7 });
    const ics = scheduleToIcs(schedule, {
      now: NOW,
      title: '\u0000LDN\u001B plan\u007F',
      doseIncreaseNote: 'x\u0000y',
    });
    const isControl = (code: number) => (code < 0x20 && code !== 0x09) || code === 0x7f;
    const controls = [...ics.replace(/\r\n/g, '')].map((c) => c.charCodeAt(0)).filter(isControl);
    expect(controls, 'control characters other than CRLF line ends').to.deep.equal([]);
    expect(unfold(ics)).to.include('X-WR-CALNAME:LDN plan');
    expect(events(ics)[0]!.get('SUMMARY;LANGUAGE=en')).to.match(/^LDN plan: /);
    expect(events(ics)[1]!.get('DESCRIPTION;LANGUAGE=en')).to.contain('\\nxy\\n');
  });

  it('folds at 75 octets, continuation lines starting with a space', () => {
    const folded = foldIcsLine('x'.repeat(200)).split('\r\n');
    expect(folded.map((l) => l.length)).to.deep.equal([75, 75, 52]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).to.be.true;
    expect(foldIcsLine('short')).to.equal('short');
    const accents = foldIcsLine('é'.repeat(60)).split('\r\n');
    expect(accents.map(octets)).to.deep.equal([74, 47]);
  });
});
