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

/** A dose or volume with up to two decimals: 1.5 → "1.5" in both languages (es-US). */
export function formatNumber(value: number, lang: Language, maximumFractionDigits = 2): string {
  return cached(
    numberFormats,
    `${lang}|${maximumFractionDigits}`,
    () => new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }),
  ).format(value);
}

/** Whole US dollars as US readers write them: "$45" in both languages. */
export function formatUsd(value: number, lang: Language): string {
  return cached(
    numberFormats,
    `${lang}|usd`,
    () => new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
  ).format(value);
}

/** A calendar date given as YYYY-MM-DD, formatted without time-zone drift. */
export function formatIsoDate(
  isoDate: string,
  lang: Language,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return cached(
    dateFormats,
    lang + JSON.stringify(options),
    () => new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' }),
  ).format(date);
}

/** Fills `{name}` placeholders in an interface string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Joins a list the way the language does: "a, b and c" / "a, b y c" (or "a, b or c" as a disjunction). */
export function formatList(items: string[], lang: Language, type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(LOCALES[lang], { style: 'long', type }).format(items);
}
