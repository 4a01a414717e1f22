import { expect } from '@open-wc/testing';
import { escapeIcsText, foldIcsLine, scheduleToIcs } from '../../src/core/calendar.js';
import { LdnValidationError } from '../../src/core/errors.js';
import { buildTitrationSchedule } from '../../src/core/titration.js';

const NOW = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
const octets = (line: string) => new TextEncoder().encode(line).length;

/** Content lines with folding undone (RFC 5545 §3.1): CRLF followed by one space is removed. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);

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
      'Naltrexona en dosis baja (LDN): 1\\,5 mg al día (1 mL de líquido) (paso 1 de 3)',
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

describe('iCalendar helpers', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
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
