import type { ComplexAttributeConverter } from 'lit';

/**
 * Attribute ⇄ number that keeps bad input visible: "abc" or "" become NaN (not 0, not the
 * default), so validation can name the attribute instead of silently guessing.
 */
export const numberAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null) return undefined;
    return value.trim() === '' ? Number.NaN : Number(value);
  },
  toAttribute(value: number | undefined): string | null {
    return value === undefined ? null : String(value);
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
    if (!Array.isArray(value)) return value === undefined || value === null ? null : String(value);
    return value.length > 0 ? value.join(', ') : null;
  },
};
