import { css } from 'lit';

/** The dark palette, written once: used for the reader's dark mode and for theme="dark". */
const darkPalette = css`
  --ldn-color-text: #eef0f3;
  --ldn-color-text-muted: #c3c8d0;
  --ldn-color-surface: #1b1d21;
  --ldn-color-surface-raised: #262a30;
  --ldn-color-border: #8d939d;
  --ldn-color-accent: #8cc4ff;
  --ldn-color-on-accent: #0c1a2b;
  --ldn-color-focus: #8cc4ff;
  --ldn-color-avoid: #ff9c94;
  --ldn-color-avoid-surface: #3a1b1b;
  --ldn-color-caution: #ffcf70;
  --ldn-color-caution-surface: #36290f;
  --ldn-color-unknown: #c8ccf5;
  --ldn-color-unknown-surface: #25283d;
  --ldn-color-compatible: #c3c8d0;
  --ldn-color-compatible-surface: #262a30;
`;

/**
 * Design tokens. Defaults sit on `:host`, so a page overrides any of them with a plain rule on
 * the element (`ldn-dose-card { --ldn-color-accent: teal }`): outer styles beat `:host` rules.
 * Colours meet WCAG AA contrast on their surface in both schemes. "No known conflict" is grey, not
 * green: no conflict reported is not a sign of safety.
 */
export const tokens = css`
  :host {
    --ldn-font-family: inherit;
    --ldn-font-size: 1rem;
    --ldn-font-size-small: 0.875em;
    --ldn-font-size-heading: 1.25em;
    --ldn-line-height: 1.5;
    --ldn-space-1: 0.25rem;
    --ldn-space-2: 0.5rem;
    --ldn-space-3: 1rem;
    --ldn-space-4: 1.5rem;
    --ldn-radius: 0.5rem;
    --ldn-color-text: #1b1d21;
    --ldn-color-text-muted: #4b5059;
    --ldn-color-surface: #ffffff;
    --ldn-color-surface-raised: #f4f6f8;
    --ldn-color-border: #767b85;
    --ldn-color-accent: #0b5cad;
    --ldn-color-on-accent: #ffffff;
    --ldn-color-focus: #0b5cad;
    --ldn-color-avoid: #a3161a;
    --ldn-color-avoid-surface: #fdeceb;
    --ldn-color-caution: #7a4600;
    --ldn-color-caution-surface: #fff3dc;
    --ldn-color-unknown: #3f4470;
    --ldn-color-unknown-surface: #eef0fa;
    --ldn-color-compatible: #4b5059;
    --ldn-color-compatible-surface: #f4f6f8;
  }

  /* Dark: from the reader's system unless the page pins a theme, or forced with theme="dark". */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
  }

  /* Paper is white whatever the screen theme: every element prints in the light palette, in black. */
  @media print {
    :host,
    :host([theme]) {
      --ldn-color-text: #000;
      --ldn-color-text-muted: #333;
      --ldn-color-surface: #fff;
      --ldn-color-surface-raised: #fff;
      --ldn-color-border: #000;
      --ldn-color-accent: #000;
      --ldn-color-focus: #000;
      --ldn-color-avoid: #a3161a;
      --ldn-color-avoid-surface: #fff;
      --ldn-color-caution: #7a4600;
      --ldn-color-caution-surface: #fff;
      --ldn-color-unknown: #3f4470;
      --ldn-color-unknown-surface: #fff;
      --ldn-color-compatible: #333;
      --ldn-color-compatible-surface: #fff;
    }
  }
`;

/** What every element shares: box, typography, focus ring, alerts, sources, disclaimer, media. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--ldn-font-family);
    font-size: var(--ldn-font-size);
    line-height: var(--ldn-line-height);
    color: var(--ldn-color-text);
    background: var(--ldn-color-surface);
    border: 1px solid var(--ldn-color-border);
    border-radius: var(--ldn-radius);
    padding: var(--ldn-space-3);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .heading {
    font-size: var(--ldn-font-size-heading);
    line-height: 1.25;
    margin-block: 0 var(--ldn-space-3);
  }
  .subheading {
    font-size: 1.05em;
    margin-block: var(--ldn-space-4) var(--ldn-space-2);
  }
  p {
    margin-block: 0 var(--ldn-space-2);
  }
  a {
    color: var(--ldn-color-accent);
  }
  :focus-visible {
    outline: 3px solid var(--ldn-color-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    border-radius: calc(var(--ldn-radius) / 2);
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .alert {
    border: 1px solid var(--ldn-color-avoid);
    border-inline-start-width: 0.375rem;
    background: var(--ldn-color-avoid-surface);
    border-radius: calc(var(--ldn-radius) / 2);
    padding: var(--ldn-space-2) var(--ldn-space-3);
    margin-block: 0 var(--ldn-space-3);
  }
  .alert-title {
    font-weight: 700;
    margin: 0 0 var(--ldn-space-1);
  }
  .alert ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .source {
    font-size: var(--ldn-font-size-small);
    color: var(--ldn-color-text-muted);
  }
  .disclaimer {
    font-size: var(--ldn-font-size-small);
    color: var(--ldn-color-text-muted);
    border-block-start: 1px solid var(--ldn-color-border);
    padding-block-start: var(--ldn-space-2);
    margin-block: var(--ldn-space-3) 0;
  }

  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    .alert {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      border-color: #000;
      break-inside: avoid-page;
    }
    .no-print {
      display: none !important;
    }
    a {
      color: #000;
    }
  }
`;
