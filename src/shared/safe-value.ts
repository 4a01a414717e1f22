/**
 * A page may set any value on a property: a Symbol, a null-prototype object, a Proxy whose
 * every trap throws, an object whose `toString` throws. Showing or reflecting such a value must
 * never throw into the host page, so it goes through here.
 */

/** Text for a value, for an alert ("You gave …") or an attribute; never throws. */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return value;
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'object' && value !== null) {
      // Arrays and plain objects: their text is rarely useful and may run getters; name the kind.
      return Array.isArray(value) ? '[list]' : '[object]';
    }
    return String(value);
  } catch {
    return '';
  }
}

/** Runs `read`, or returns `fallback` when reading the value throws (a Proxy, a throwing getter). */
export function readSafely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
