import type { ComplexAttributeConverter } from 'lit';
import { describeValue, readSafely } from './safe-value.js';

/** A number as a person writes one: decimal, optionally signed, with an exponent ("1.5", ".5", "15e-1"). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Attribute ⇄ number that keeps bad input visible: "abc", "" or a notation nobody writes a dose
 * in ("0x2", "0b11", which `Number()` reads as 2 and 3) become NaN (not 0, not the default, not
 * another number), so validation can name the attribute instead of silently guessing.
 */
export const numberAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null) return undefined;
    const text = value.trim();
    return DECIMAL.test(text) ? Number(text) : Number.NaN;
  },
  toAttribute(value: number | undefined): string | null {
    // A script may set anything; reflecting must not throw inside Lit's update (validation reports it).
    return value === undefined || value === null ? null : describeValue(value);
  },
};

/** Attribute ⇄ string list, comma-separated ("Vicodin, Avonex"); blanks dropped. */
export const listAttribute: ComplexAttributeConverter<string[]> = {
  fromAttribute(value: string | null): string[] {
    if (value === null) return [];
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  },
  toAttribute(value: string[] | undefined): string | null {
    // A script may set anything; reflecting must not throw inside Lit's update (validation reports it).
    if (value === undefined || value === null) return null;
    return readSafely(() => {
      if (!Array.isArray(value)) return describeValue(value);
      return value.length > 0 ? value.map(describeValue).join(', ') : null;
    }, null);
  },
};

/** A string attribute that reflects whatever a script set without throwing (a Symbol, say). */
export const textAttribute: ComplexAttributeConverter<string | undefined> = {
  fromAttribute(value: string | null): string | undefined {
    return value ?? undefined;
  },
  toAttribute(value: unknown): string | null {
    return value === undefined || value === null ? null : describeValue(value);
  },
};
