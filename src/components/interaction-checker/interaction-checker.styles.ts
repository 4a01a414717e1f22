import { css } from 'lit';

/**
 * Styles of `<ldn-interaction-checker>`. Only the shared --ldn-* tokens; logical properties and
 * relative units so it reflows at 320 px and 200 % text; severity is never shown by colour alone
 * (icon shape + text label), and forced colours keep every border and icon visible.
 */
export const interactionCheckerStyles = css`
  /* Server HTML before (or without) the script: controls that need it keep their place, unseen. */
  :host(:not(:defined)) :is(.combobox, .chip-remove, .conditions, .print-row) {
    visibility: hidden;
  }

  .intro,
  .chips-empty {
    color: var(--ldn-color-text-muted);
  }

  /* Combobox */
  .combobox {
    margin-block: var(--ldn-space-3);
  }
  .combobox-label,
  .chips-label {
    display: block;
    font-weight: 700;
    margin-block-end: var(--ldn-space-1);
  }
  .combobox-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ldn-space-2);
    align-items: flex-start;
  }
  .combobox-field {
    position: relative;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .combobox-input {
    inline-size: 100%;
    min-block-size: 2.5rem;
    font: inherit;
    color: var(--ldn-color-text);
    background: var(--ldn-color-surface);
    border: 1px solid var(--ldn-color-border);
    border-radius: calc(var(--ldn-radius) / 2);
    padding-block: var(--ldn-space-1);
    padding-inline: var(--ldn-space-2);
  }
  .listbox {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    inset-block-start: calc(100% + var(--ldn-space-1));
    max-block-size: 20em;
    overflow-y: auto;
    margin: 0;
    padding: var(--ldn-space-1) 0;
    list-style: none;
    background: var(--ldn-color-surface-raised);
    border: 1px solid var(--ldn-color-border);
    border-radius: calc(var(--ldn-radius) / 2);
    box-shadow: 0 0.25rem 0.75rem rgb(0 0 0 / 20%);
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    min-block-size: 2.25rem;
    padding-block: var(--ldn-space-1);
    padding-inline: var(--ldn-space-2);
    cursor: pointer;
  }
  .option:hover {
    text-decoration: underline;
  }
  .option[aria-selected='true'] {
    color: var(--ldn-color-on-accent);
    background: var(--ldn-color-accent);
    outline: 2px solid transparent;
  }
  .option mark {
    color: inherit;
    background: transparent;
    font-weight: 700;
    text-decoration: underline;
  }
  .option-secondary {
    font-size: var(--ldn-font-size-small);
  }

  /* Chips */
  .chips-section {
    margin-block: var(--ldn-space-3);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ldn-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Inline text, not flex: in a narrow column the name, its flag and the × wrap as one sentence. */
  .chip {
    display: inline-block;
    max-inline-size: 100%;
    padding-block: var(--ldn-space-1);
    padding-inline: var(--ldn-space-2) var(--ldn-space-1);
    background: var(--ldn-color-surface-raised);
    border: 1px solid var(--ldn-color-border);
    border-radius: 1em;
  }
  .chip[data-recognised='false'] {
    border-style: dashed;
    border-color: var(--ldn-color-unknown);
  }
  .chip-flag {
    color: var(--ldn-color-unknown);
    font-size: var(--ldn-font-size-small);
    font-style: italic;
  }
  .chip-origin {
    color: var(--ldn-color-text-muted);
    font-size: var(--ldn-font-size-small);
  }
  .chip-remove {
    --ldn-control-size: 1.75rem;
    vertical-align: middle;
    margin-inline-start: var(--ldn-space-1);
    padding: 0;
    line-height: 1;
    color: var(--ldn-color-text);
    background: transparent;
    border: 1px solid transparent;
    border-radius: 50%;
  }
  .chip-remove:hover {
    border-color: var(--ldn-color-border);
  }

  /* Conditions */
  .conditions {
    margin-block: var(--ldn-space-3);
    margin-inline: 0;
    padding-block: var(--ldn-space-2);
    padding-inline: var(--ldn-space-3);
    border: 1px solid var(--ldn-color-border);
    border-radius: calc(var(--ldn-radius) / 2);
  }
  .conditions legend {
    font-weight: 700;
    padding-inline: var(--ldn-space-1);
  }
  .condition {
    display: flex;
    align-items: flex-start;
    gap: var(--ldn-space-2);
    padding-block: var(--ldn-space-1);
  }
  .condition input {
    margin-block-start: 0.125em;
  }

  /* Results */
  .summary {
    font-weight: 700;
  }
  .findings {
    display: grid;
    gap: var(--ldn-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Component tokens: each severity's ink and surface, from the system colours. */
  :host {
    --ldn-finding-avoid-ink: var(--ldn-color-avoid);
    --ldn-finding-avoid-surface: var(--ldn-color-avoid-surface);
    --ldn-finding-caution-ink: var(--ldn-color-caution);
    --ldn-finding-caution-surface: var(--ldn-color-caution-surface);
    --ldn-finding-unknown-ink: var(--ldn-color-unknown);
    --ldn-finding-unknown-surface: var(--ldn-color-unknown-surface);
    --ldn-finding-compatible-ink: var(--ldn-color-compatible);
    --ldn-finding-compatible-surface: var(--ldn-color-compatible-surface);
  }
  /* A finding is a callout (shared styles); "avoid" weighs the most, so the eye finds it first. */
  .finding {
    --_ink: var(--ldn-finding-unknown-ink);
    --_surface: var(--ldn-finding-unknown-surface);
    margin: 0;
  }
  .finding[data-severity='avoid'] {
    --_ink: var(--ldn-finding-avoid-ink);
    --_surface: var(--ldn-finding-avoid-surface);
    border-width: 2px;
    border-inline-start-width: 0.5rem;
  }
  .finding[data-severity='caution'] {
    --_ink: var(--ldn-finding-caution-ink);
    --_surface: var(--ldn-finding-caution-surface);
  }
  .finding[data-severity='compatible'] {
    --_ink: var(--ldn-finding-compatible-ink);
    --_surface: var(--ldn-finding-compatible-surface);
  }
  .finding[data-severity='unknown'] {
    border-style: dashed;
    border-inline-start-style: solid;
  }
  .finding-title {
    /* A heading in the outline, sized like the text around it: the badge and name carry the weight. */
    font-size: inherit;
    line-height: inherit;
    margin-block: 0 var(--ldn-space-2);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ldn-space-1) var(--ldn-space-3);
  }
  .finding-name {
    font-weight: 700;
  }
  .severity {
    display: inline-flex;
    align-items: center;
    gap: var(--ldn-space-1);
    color: var(--_ink);
    font-weight: 700;
  }
  .severity-icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: currentColor;
  }
  .severity-icon .cutout {
    fill: var(--_surface);
  }
  .severity-icon .cutout-stroke {
    fill: none;
    stroke: var(--_surface);
  }
  /* Every source of a finding behind one disclosure; the article is also named once, below the list. */
  .sources-disclosure {
    font-size: var(--ldn-font-size-small);
    color: var(--ldn-color-text-muted);
    margin-block: var(--ldn-space-1) 0;
  }
  .sources-disclosure summary {
    inline-size: fit-content;
  }
  .sources-disclosure ul {
    margin: var(--ldn-space-1) 0 0;
    padding-inline-start: 1.25em;
  }
  .attribution {
    margin-block: var(--ldn-space-3) 0;
  }
  .print-row {
    margin-block: var(--ldn-space-3) 0;
  }

  @media (forced-colors: active) {
    .severity {
      color: CanvasText;
    }
    .severity-icon .cutout {
      fill: Canvas;
    }
    .severity-icon .cutout-stroke {
      stroke: Canvas;
    }
    .option[aria-selected='true'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
  }

  /* Print: the shared print tokens make every surface white; the severity words print black. */
  @media print {
    .severity {
      color: #000;
    }
  }
`;
