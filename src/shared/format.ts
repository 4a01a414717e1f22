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
  if (!(value >= 0 && value < 1000) || Object.is(value, -0) || !Number.isInteger(digits) || digits < 0 || digits > 6)
    return undefined;
  const shortest = String(value);
  if (shortest.includes('e')) return undefined; // below 1e-6: not a dose
  const [whole = '0', fraction = ''] = shortest.split('.');
  if (fraction.length <= digits) return fraction === '' ? whole : `${whole}.${fraction}`;
  // Drop the digits past `digits`, adding one to the last kept digit when the first dropped is 5 or more.
  const kept = Number(whole + fraction.slice(0, digits)) + (fraction.charCodeAt(digits) >= 53 ? 1 : 0);
  const text = String(kept).padStart(digits + 1, '0');
  const roundedWhole = text.slice(0, text.length - digits);
  const roundedFraction = text.slice(text.length - digits).replace(/0+$/, '');
  if (roundedWhole.length > 3) return undefined;
  return roundedFraction === '' ? roundedWhole : `${roundedWhole}.${roundedFraction}`;
}

/** Whole US dollars as US readers write them: "$45" in both languages. */
export function formatUsd(value: number, lang: Language): string {
  return cached(
    numberFormats,
    `${lang}|usd`,
    () => new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
  ).format(value);
}

/** The date shapes the elements use, written without `Intl` (see `formatNumber` for why). */
type DateShape = 'medium' | 'long' | 'monthDay';

const MONTHS: Record<Language, { long: readonly string[]; short: readonly string[] }> = {
  en: {
    long: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
    short: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  },
  es: {
    long: [
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ],
    short: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  },
};

function dateShape(options: Intl.DateTimeFormatOptions): DateShape | undefined {
  const keys = Object.keys(options);
  if (keys.length === 1 && (options.dateStyle === 'medium' || options.dateStyle === 'long')) return options.dateStyle;
  if (keys.length === 2 && options.month === 'short' && options.day === 'numeric') return 'monthDay';
  return undefined;
}

/** en-US / es-US text of a UTC date in one of the shapes, for years 1000–9999; else undefined. */
function plainDate(date: Date, lang: Language, shape: DateShape): string | undefined {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return undefined;
  const day = date.getUTCDate();
  const months = MONTHS[lang];
  const month = date.getUTCMonth();
  if (lang === 'en') {
    if (shape === 'long') return `${months.long[month]} ${day}, ${year}`;
    if (shape === 'medium') return `${months.short[month]} ${day}, ${year}`;
    return `${months.short[month]} ${day}`;
  }
  if (shape === 'long') return `${day} de ${months.long[month]} de ${year}`;
  if (shape === 'medium') return `${day} ${months.short[month]} ${year}`;
  return `${day} ${months.short[month]}`;
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
  const shape = dateShape(options);
  return (
    (shape && plainDate(date, lang, shape)) ??
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
