import type { Language, LocalizedText } from '../core/schemas/common.js';

/**
 * Locale used for numbers and dates. The Spanish is for readers in the United States, where
 * Spanish text and pharmacy labels write 1.5 mg (not 1,5 mg) and $45: so es-US, not es.
 */
const LOCALES: Record<Language, string> = { en: 'en-US', es: 'es-US' };

/** Builds an Intl formatter once per key: constructing one costs far more than using it. */
function cached<F>(cache: Map<string, F>, key: string, create: () => F): F {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Picks the text for a language. */
export function localize(text: LocalizedText, lang: Language): string {
  return text[lang];
}

/**
 * A dose or volume with up to two decimals: 1.5 → "1.5" in both languages (es-US). What the
 * elements show (doses, volumes, day and week counts: 0 to 999.99) is written without `Intl`:
 * a page's first `Intl` formatter costs 15–57 ms of ICU start-up, and this text is the same in
 * en-US and es-US (test/components/shared/format.test.ts proves it equal to `Intl` over that range).
 * Anything else (negative, 1,000 and above, not finite) goes to `Intl`.
 */
export function formatNumber(value: number, lang: Language, maximumFractionDigits = 2): string {
  return (
    plainNumber(value, maximumFractionDigits) ??
    cached(
      numberFormats,
      `${lang}|${maximumFractionDigits}`,
      () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }),
    ).format(value)
  );
}

/**
 * `value` rounded to at most `digits` decimals with trailing zeros dropped, or undefined outside
 * 0 ≤ value < 1000 (no sign, no grouping). Like `Intl.NumberFormat`, it rounds the shortest
 * decimal that reads back as `value` (`String(value)`: 2.675, not the binary 2.67499…) half away
 * from zero.
 */
function plainNumber(value: number, digits: number): string | undefined {
  const shortest = String(value);
  // `1 / value > 0` also refuses -0; an exponent means below 1e-6.
  if (!(value < 1000 && 1 / value > 0 && digits >= 0 && digits <= 6 && digits % 1 === 0) || shortest.includes('e'))
    return undefined;
  const [whole, fraction = ''] = shortest.split('.');
  // The kept digits as one integer, plus one when the first dropped digit is 5 or more.
  const kept =
    Number(whole + fraction.slice(0, digits).padEnd(digits, '0')) + ((fraction[digits] ?? '0') >= '5' ? 1 : 0);
  const text = String(kept).padStart(digits + 1, '0');
  const point = text.length - digits;
  return point > 3 ? undefined : `${text.slice(0, point)}.${text.slice(point)}`.replace(/\.?0*$/, '');
}

/** Month names, January first; the short ones are their first three letters (four for "sept"). */
const MONTHS: Record<Language, string[]> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
};

/**
 * en-US / es-US text of a UTC date in one of the shapes the elements use (`dateStyle` medium or
 * long; short month and numeric day), for years 1 and later; undefined for anything else.
 */
function plainDate(date: Date, lang: Language, options: Intl.DateTimeFormatOptions): string | undefined {
  const year = date.getUTCFullYear();
  const keys = Object.keys(options).length;
  const style = options.dateStyle;
  const long = keys === 1 && style === 'long';
  const withYear = long || (keys === 1 && style === 'medium');
  if (!(year > 0) || !(withYear || (keys === 2 && options.month === 'short' && options.day === 'numeric')))
    return undefined;
  const day = date.getUTCDate();
  const name = MONTHS[lang][date.getUTCMonth()]!;
  const month = long ? name : name.slice(0, name === 'septiembre' ? 4 : 3);
  if (lang === 'en') return `${month} ${day}${withYear ? `, ${year}` : ''}`;
  return long ? `${day} de ${month} de ${year}` : `${day} ${month}${withYear ? ` ${year}` : ''}`;
}

/**
 * A calendar date given as YYYY-MM-DD, formatted without time-zone drift. The three shapes the
 * elements use (`dateStyle` medium or long; short month and numeric day) are written without
 * `Intl`, equal to it (test/components/shared/format.test.ts); any other option goes to `Intl`.
 */
export function formatIsoDate(
  isoDate: string,
  lang: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return (
    plainDate(date, lang, options) ??
    cached(
      dateFormats,
      lang + JSON.stringify(options),
      () => new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' }),
    ).format(date)
  );
}

/** Fills `{name}` placeholders in an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Joins a list the way the language does: "a, b and c" / "a, b y c" (or "a, b or c" as a disjunction). */
export function formatList(items: string[], lang: Language, type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type }).format(items);
}
