import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatIsoDate, formatNumber } from '../../../src/shared/format.js';
import { runs } from '../../core/properties/arbitraries.js';

/**
 * format.ts writes the numbers and dates the elements show without `Intl` (its start-up is the
 * costliest part of a first render). These properties prove the text equal to `Intl` in the
 * browser, over the whole domain the elements use and past its edges (where format.ts hands over
 * to `Intl` itself).
 */
const LOCALES = { en: 'en-US', es: 'es-US' } as const;
const LANGS = ['en', 'es'] as const;
const DATE_OPTIONS: Intl.DateTimeFormatOptions[] = [
  { dateStyle: 'medium' },
  { dateStyle: 'long' },
  { month: 'short', day: 'numeric' },
];

// The reference formatters, made once per key: hundreds of thousands of comparisons follow.
const references = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function reference<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => F): F {
  if (!references.has(key)) references.set(key, create());
  return references.get(key) as F;
}

const intlNumber = (value: number, lang: 'en' | 'es', digits = 2): string =>
  reference(`n${lang}${digits}`, () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits })).format(
    value,
  );

const intlDate = (iso: string, lang: 'en' | 'es', options: Intl.DateTimeFormatOptions): string => {
  const [year, month, day] = iso.split('-').map(Number);
  return reference(
    `d${lang}${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' }),
  ).format(new Date(Date.UTC(year!, month! - 1, day!)));
};

describe('formatNumber equals Intl.NumberFormat (en-US, es-US)', () => {
  it('for every dose, volume and count with up to two decimals, 0 to 1,000', () => {
    for (const lang of LANGS) {
      for (let hundredths = 0; hundredths <= 100_000; hundredths++) {
        const value = hundredths / 100;
        if (formatNumber(value, lang) !== intlNumber(value, lang)) {
          expect(formatNumber(value, lang), `${value} in ${lang}`).to.equal(intlNumber(value, lang));
        }
      }
    }
  });

  it('for any number, including rounding ties, tiny values, -0, negatives and 1,000 and above', () => {
    const awkward = fc.constantFrom(0, -0, 0.005, 0.015, 0.125, 1.005, 1.125, 2.675, 999.994, 999.995, 999.999, 1e-7);
    fc.assert(
      fc.property(
        fc.oneof(
          awkward,
          fc.double({ noNaN: false }),
          fc.double({ min: -10, max: 1100 }),
          fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
        ),
        fc.constantFrom(...LANGS),
        fc.integer({ min: 0, max: 3 }),
        (value, lang, digits) => {
          expect(formatNumber(value, lang, digits)).to.equal(intlNumber(value, lang, digits));
        },
      ),
      runs(5000),
    );
  });
});

describe('formatIsoDate equals Intl.DateTimeFormat (en-US, es-US)', () => {
  it('for every day from 1900 to 2100 in the three shapes the elements use', () => {
    const day = 24 * 60 * 60 * 1000;
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += day) {
      const iso = new Date(t).toISOString().slice(0, 10);
      for (const lang of LANGS) {
        for (const options of DATE_OPTIONS) {
          const ours = formatIsoDate(iso, lang, options);
          if (ours !== intlDate(iso, lang, options))
            expect(ours, `${iso} ${lang}`).to.equal(intlDate(iso, lang, options));
        }
      }
    }
  });

  it('for any year, month and day, overflowing days included, and other options', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 10_000, max: 275_759 })),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom(LANGS[0], LANGS[1]),
        fc.constantFrom<Intl.DateTimeFormatOptions>(...DATE_OPTIONS, { dateStyle: 'full' }, { year: 'numeric' }),
        (year, month, day, lang, options) => {
          const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(formatIsoDate(iso, lang, options)).to.equal(intlDate(iso, lang, options));
        },
      ),
      runs(3000),
    );
  });

  it('uses the medium date when no options are given', () => {
    expect(formatIsoDate('2025-03-03', 'en')).to.equal(intlDate('2025-03-03', 'en', { dateStyle: 'medium' }));
    expect(formatIsoDate('2025-09-03', 'es')).to.equal(intlDate('2025-09-03', 'es', { dateStyle: 'medium' }));
  });
});
