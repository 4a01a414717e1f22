import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { wasServerRendered } from '../../shared/hydration.js';

type CalendarHost = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * Holds the Blob URL of the calendar download. A new URL is made only when the file's content
 * changes, and the old one is released, so re-renders do not leak memory. Everything stays in
 * the page: a Blob URL is local, nothing is requested.
 *
 * There is no URL on the server (a `blob:` made there would be dead in the page), nor while
 * server HTML hydrates (the first client render must match it); the host renders once more
 * right after hydration when it had a file to offer.
 */
export class CalendarFile implements ReactiveController {
  private url: string | undefined;
  private key = '';
  private hydrating = false;
  /** A file was asked for while hydrating: render again once hydrated to offer it. */
  private wanted = false;

  constructor(private readonly host?: CalendarHost) {
    host?.addController(this);
  }

  /** A URL for `content`, reused while `key` stays the same; `undefined` where none can exist yet. */
  urlFor(key: string, content: () => string): string | undefined {
    if (isServer) return undefined;
    if (this.hydrating) {
      this.wanted = true;
      return undefined;
    }
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

  hostConnected(): void {
    if (this.host && !this.host.hasUpdated && wasServerRendered(this.host)) this.hydrating = true;
  }

  hostUpdated(): void {
    if (!this.hydrating || !this.host) return;
    this.hydrating = false;
    if (!this.wanted) return;
    this.wanted = false;
    const host = this.host;
    void host.updateComplete.then(() => host.requestUpdate());
  }

  hostDisconnected(): void {
    this.release();
  }
}
