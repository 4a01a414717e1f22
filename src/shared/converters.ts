import type { ComplexAttributeConverter } from 'lit';
import { describeValue, readSafely } from './safe-value.js';

/**
 * Attribute ⇄ number that keeps bad input visible: "abc", "" or a notation nobody writes a dose
 * in ("0x2", "0b11", which `Number()` reads as 2 and 3) become NaN (not 0, not the default, not
 * another number), so validation can name the attribute instead of silently guessing.
 */
export const numberAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null) return undefined;
    // Number() reads decimal (with spaces around it) and, besides, these prefixes: refused.
    return value.trim() === '' || /^\s*0[box]/i.test(value) ? Number.NaN : Number(value);
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
