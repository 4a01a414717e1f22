import { css } from 'lit';

/*
 * Tokens come in three tiers, as in Material Web:
 * - reference (`--ldn-ref-*`): the raw palette, named by hue and tone; nothing reads them but the
 *   system tier, so a page that swaps a whole palette sets these;
 * - system (`--ldn-color-*`, `--ldn-font-*`, `--ldn-space-*`, `--ldn-radius`): roles, the public
 *   API pages already set; the spacing and type scales are system tokens with fixed steps;
 * - component (`--ldn-dose-card-*`, `--ldn-chart-*`, `--ldn-finding-*`, `--ldn-side-effect-list-*`,
 *   `--ldn-control-*`): one part of one element, read with the system token as the fallback.
 * Storybook's "Design tokens" page lists every tier from the live stylesheet.
 */

/**
 * The dark scheme: the same roles on other tones of the reference palette. Focus follows the
 * accent, and "no known conflict" the muted text on the raised surface, in every scheme.
 */
const darkPalette = css`
  --ldn-color-text: var(--ldn-ref-neutral-95);
  --ldn-color-text-muted: var(--ldn-ref-neutral-80);
  --ldn-color-surface: var(--ldn-ref-neutral-10);
  --ldn-color-surface-raised: var(--ldn-ref-neutral-15);
  --ldn-color-border: var(--ldn-ref-neutral-60);
  --ldn-color-accent: var(--ldn-ref-blue-80);
  --ldn-color-on-accent: var(--ldn-ref-blue-10);
  --ldn-color-avoid: var(--ldn-ref-red-80);
  --ldn-color-avoid-surface: var(--ldn-ref-red-15);
  --ldn-color-caution: var(--ldn-ref-amber-85);
  --ldn-color-caution-surface: var(--ldn-ref-amber-15);
  --ldn-color-unknown: var(--ldn-ref-indigo-85);
  --ldn-color-unknown-surface: var(--ldn-ref-indigo-15);
`;

/**
 * Design tokens. Defaults sit on `:host`, so a page overrides any of them with a plain rule on
 * the element (`ldn-dose-card { --ldn-color-accent: teal }`): outer styles beat `:host` rules.
 * Colours meet WCAG AA contrast on their surface in both schemes. "No known conflict" is grey, not
 * green: no conflict reported is not a sign of safety.
 */
export const tokens = css`
  :host {
    --ldn-ref-neutral-10: #1b1d21;
    --ldn-ref-neutral-15: #262a30;
    --ldn-ref-neutral-30: #4b5059;
    --ldn-ref-neutral-50: #767b85;
    --ldn-ref-neutral-60: #8d939d;
    --ldn-ref-neutral-80: #c3c8d0;
    --ldn-ref-neutral-95: #eef0f3;
    --ldn-ref-neutral-97: #f4f6f8;
    --ldn-ref-neutral-100: #fff;
    --ldn-ref-blue-10: #0c1a2b;
    --ldn-ref-blue-40: #0b5cad;
    --ldn-ref-blue-80: #8cc4ff;
    --ldn-ref-red-15: #3a1b1b;
    --ldn-ref-red-40: #a3161a;
    --ldn-ref-red-80: #ff9c94;
    --ldn-ref-red-95: #fdeceb;
    --ldn-ref-amber-15: #36290f;
    --ldn-ref-amber-40: #7a4600;
    --ldn-ref-amber-85: #ffcf70;
    --ldn-ref-amber-95: #fff3dc;
    --ldn-ref-indigo-15: #25283d;
    --ldn-ref-indigo-35: #3f4470;
    --ldn-ref-indigo-85: #c8ccf5;
    --ldn-ref-indigo-95: #eef0fa;

    --ldn-font-family: inherit;
    --ldn-font-size: 1rem;
    --ldn-font-size-small: 0.875em;
    --ldn-font-size-subheading: 1.125em;
    --ldn-font-size-heading: 1.25em;
    --ldn-line-height: 1.5;
    --ldn-space-1: 0.25rem;
    --ldn-space-2: 0.5rem;
    --ldn-space-3: 1rem;
    --ldn-space-4: 1.5rem;
    --ldn-radius: 0.5rem;
    --ldn-control-size: 2.5rem;
    --ldn-control-radius: calc(var(--ldn-radius) / 2);
    --ldn-color-text: var(--ldn-ref-neutral-10);
    --ldn-color-text-muted: var(--ldn-ref-neutral-30);
    --ldn-color-surface: var(--ldn-ref-neutral-100);
    --ldn-color-surface-raised: var(--ldn-ref-neutral-97);
    --ldn-color-border: var(--ldn-ref-neutral-50);
    --ldn-color-accent: var(--ldn-ref-blue-40);
    --ldn-color-on-accent: var(--ldn-ref-neutral-100);
    --ldn-color-focus: var(--ldn-color-accent);
    --ldn-color-avoid: var(--ldn-ref-red-40);
    --ldn-color-avoid-surface: var(--ldn-ref-red-95);
    --ldn-color-caution: var(--ldn-ref-amber-40);
    --ldn-color-caution-surface: var(--ldn-ref-amber-95);
    --ldn-color-unknown: var(--ldn-ref-indigo-35);
    --ldn-color-unknown-surface: var(--ldn-ref-indigo-95);
    --ldn-color-compatible: var(--ldn-color-text-muted);
    --ldn-color-compatible-surface: var(--ldn-color-surface-raised);
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

  /*
   * Paper is white whatever the screen theme: every element prints in the light palette, in black.
   * As specific as the dark rules above and later, so it wins over both; the elements' print rules
   * then need no colours of their own.
   */
  @media print {
    :host(:not([theme='light'])),
    :host([theme]) {
      --ldn-color-text: #000;
      --ldn-color-text-muted: #333;
      --ldn-color-surface: #fff;
      --ldn-color-surface-raised: #fff;
      --ldn-color-border: #000;
      --ldn-color-accent: #000;
      --ldn-color-avoid: #a3161a;
      --ldn-color-avoid-surface: #fff;
      --ldn-color-caution: #7a4600;
      --ldn-color-caution-surface: #fff;
      --ldn-color-unknown: #3f4470;
      --ldn-color-unknown-surface: #fff;
    }
  }
`;

/**
 * What every element shares: box, type scale, focus ring, controls (buttons, checkboxes,
 * disclosures), callouts, alerts, sources, disclaimer, media. Written once here rather than in
 * each element's sheet: the script-tag build carries every sheet, so shared rules cost bytes once.
 */
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
    /*
     * Density follows the element's own width (a portal's side column), not the viewport's. A size
     * container has no content width of its own, so in a shrink-to-fit parent (inline-block, an
     * auto flex item or grid track) it takes this one instead of collapsing.
     */
    container-type: inline-size;
    contain-intrinsic-inline-size: min(36rem, 100vw - 4rem);
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
    font-size: var(--ldn-font-size-subheading);
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

  /* Controls: one height, one radius; filled for the main action, outlined for the rest. */
  button,
  .calendar-button {
    display: inline-flex;
    align-items: center;
    font: inherit;
    min-block-size: var(--ldn-control-size);
    min-inline-size: var(--ldn-control-size);
    padding: var(--ldn-space-1) var(--ldn-space-3);
    color: var(--ldn-color-accent);
    background: var(--ldn-color-surface);
    border: 1px solid var(--ldn-color-accent);
    border-radius: var(--ldn-control-radius);
    cursor: pointer;
  }
  .add-button,
  .print-button,
  .calendar-button {
    color: var(--ldn-color-on-accent);
    background: var(--ldn-color-accent);
    font-weight: 600;
    text-decoration: none;
  }
  button:hover,
  .calendar-button:hover,
  summary:hover {
    text-decoration: underline;
  }
  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--ldn-color-accent);
  }
  summary {
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

  /*
   * Callouts: what the reader must notice first (errors, dose limits, the example notice, findings,
   * side effects to report) share one shape: a thick start border in the ink, a tinted surface, and
   * always words, never the colour alone. Each sets --_ink and --_surface.
   */
  .alert,
  .caps,
  .example-notice,
  .finding,
  .contact-provider .effect {
    --_ink: var(--ldn-color-avoid);
    --_surface: var(--ldn-color-avoid-surface);
    border: 1px solid var(--_ink);
    border-inline-start-width: 0.375rem;
    background: var(--_surface);
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
  .hint,
  .help,
  .count,
  .unavailable,
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

  /* Compact density for a side column (about 20rem): tighter callouts and a smaller heading. */
  @container (max-width: 24rem) {
    .heading {
      font-size: var(--ldn-font-size-subheading);
    }
    .subheading {
      font-size: 1em;
      margin-block-start: var(--ldn-space-3);
    }
    .alert,
    .caps,
    .example-notice,
    .finding,
    .effect {
      padding-inline: var(--ldn-space-2);
    }
  }

  /*
   * Forced colours: the browser itself turns every border CanvasText (none is lost, since every
   * callout has a border), so the sheets only set what it does not force: SVG paint and selected states.
   */
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
      break-inside: avoid-page;
    }
    .no-print {
      display: none !important;
    }
    .caps,
    .example-notice,
    .finding,
    .effect {
      border-color: #000;
      break-inside: avoid;
    }
  }
`;
