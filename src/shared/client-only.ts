import { isServer, noChange } from 'lit';

/**
 * A property binding's value that the server skips. @lit-labs/ssr writes `.checked=${false}` as
 * the attribute `checked="false"`, which ticks the box in server HTML; pair this with a
 * `?checked` binding, which the server writes correctly. In the browser the value is bound as is.
 */
export function clientOnly<T>(value: T): T | typeof noChange {
  return isServer ? noChange : value;
}
