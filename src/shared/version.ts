/** The library's version, compared when another copy has already registered an element. */
export const VERSION = '0.1.0';
