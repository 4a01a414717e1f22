import { css } from 'lit';

/**
 * Layout of <ldn-side-effect-list>: a segmented radio filter, a list of disclosures with an
 * "I have this" checkbox each, and a printable "to discuss" summary. Only --ldn-* tokens, logical
 * properties and relative units, so it reflows at 320 px and 200 % text.
 */
export const sideEffectListStyles = css`
  /* Server HTML before (or without) the script: controls that need it keep their place, unseen. */
  :host(:not(:defined)) :is(.filter, .toolbar, .mark) {
    visibility: hidden;
  }

  :host {
    --ldn-side-effect-list-marked-border: var(--ldn-color-accent);
    --ldn-side-effect-list-contact-ink: var(--ldn-color-caution);
    --ldn-side-effect-list-contact-surface: var(--ldn-color-caution-surface);
  }

  .filter {
    border: 0;
    margin: 0 0 var(--ldn-space-2);
    padding: 0;
    min-inline-size: 0;
  }
  .filter legend {
    font-weight: 700;
    padding: 0;
    margin-block-end: var(--ldn-space-1);
  }
  .filter-options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ldn-space-2);
  }
  .filter-option {
    display: inline-flex;
    align-items: center;
    gap: var(--ldn-space-1);
    min-block-size: 2.25rem;
    padding-block: var(--ldn-space-1);
    padding-inline: var(--ldn-space-2) var(--ldn-space-3);
    border: 1px solid var(--ldn-color-border);
    border-radius: 999px;
    background: var(--ldn-color-surface);
    cursor: pointer;
  }
  .filter-option:has(input:checked) {
    background: var(--ldn-color-accent);
    border-color: var(--ldn-color-accent);
    color: var(--ldn-color-on-accent);
    font-weight: 700;
  }
  .filter-option:has(input:focus-visible) {
    outline: 3px solid var(--ldn-color-focus);
    outline-offset: 2px;
  }
  /* The pill carries the ring; the radio keeps a thin one so the focused control itself shows focus. */
  .filter-option input:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 1px;
  }
  .filter-option:has(input:checked) input {
    accent-color: var(--ldn-color-on-accent);
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ldn-space-2);
    margin-block: var(--ldn-space-2);
  }

  .effects {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--ldn-space-2);
  }
  .effect {
    border: 1px solid var(--ldn-color-border);
    border-radius: calc(var(--ldn-radius) / 2);
    background: var(--ldn-color-surface-raised);
    padding: var(--ldn-space-2) var(--ldn-space-3);
  }
  /* "When to contact your provider" items are callouts (shared styles), never colour alone. */
  .contact-provider .effect {
    --_ink: var(--ldn-side-effect-list-contact-ink);
    --_surface: var(--ldn-side-effect-list-contact-surface);
    margin: 0;
  }
  .effect[data-marked] {
    border-color: var(--ldn-side-effect-list-marked-border);
    border-inline-start-width: 0.375rem;
  }
  .effect summary {
    font-weight: 700;
    min-block-size: 1.5rem;
    padding-block: var(--ldn-space-1);
  }
  .panel {
    padding-block-start: var(--ldn-space-2);
  }
  .label {
    font-weight: 700;
  }
  .mark {
    display: inline-flex;
    align-items: center;
    gap: var(--ldn-space-2);
    min-block-size: 2.25rem;
    cursor: pointer;
  }

  .discuss {
    border: 1px dashed var(--ldn-color-border);
    border-radius: calc(var(--ldn-radius) / 2);
    padding: var(--ldn-space-2) var(--ldn-space-3);
    margin-block-start: var(--ldn-space-4);
  }
  .discuss .subheading {
    margin-block-start: 0;
  }
  .discuss ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  @media (forced-colors: active) {
    .filter-option:has(input:checked) {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
      forced-color-adjust: none;
    }
    .effect[data-marked] {
      border-color: Highlight;
    }
  }

  @media print {
    /* Paper cannot be clicked: open every item and keep only what was marked. */
    details::details-content {
      content-visibility: visible;
      display: block;
    }
    summary {
      list-style: none;
    }
    summary::-webkit-details-marker {
      display: none;
    }
    .discuss {
      break-inside: avoid;
    }
    .count {
      color: #000;
    }
  }

  /* The one attribution closes the list, above the disclaimer. */
  .attribution {
    margin-block: var(--ldn-space-4) var(--ldn-space-2);
  }
`;
