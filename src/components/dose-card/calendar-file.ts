/**
 * Holds the Blob URL of the calendar download. A new URL is made only when the file's content
 * changes, and the old one is released, so re-renders do not leak memory. Everything stays in
 * the page: a Blob URL is local, nothing is requested.
 */
export class CalendarFile {
  private url: string | undefined;
  private key = '';

  /** A URL for `content`, reused while `key` stays the same. */
  urlFor(key: string, content: () => string): string {
    if (this.url === undefined || key !== this.key) {
      this.release();
      this.url = URL.createObjectURL(new Blob([content()], { type: 'text/calendar;charset=utf-8' }));
      this.key = key;
    }
    return this.url;
  }

  release(): void {
    if (this.url !== undefined) URL.revokeObjectURL(this.url);
    this.url = undefined;
    this.key = '';
  }
}
