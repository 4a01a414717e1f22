import { css } from 'lit';

/**
 * Styles of <ldn-dose-card>: the schedule table scrolls inside its own region on narrow screens
 * (the page never scrolls sideways), notices are marked by a border and text, not colour alone,
 * and print shows the whole table in black on white without the download link.
 */
export const doseCardStyles = css`
  section + section {
    margin-block-start: var(--ldn-space-3);
  }
  /* The one attribution closes the card, above the disclaimer. */
  .attribution {
    margin-block: var(--ldn-space-4) var(--ldn-space-2);
  }
  /* Callouts (shape in the shared styles): the limits weigh more than the example notice. */
  .example-notice {
    --_ink: var(--ldn-color-caution);
    --_surface: var(--ldn-color-caution-surface);
  }
  .caps {
    --_ink: var(--ldn-dose-card-caps-ink);
    --_surface: var(--ldn-dose-card-caps-surface);
    border-width: 2px;
    border-inline-start-width: 0.5rem;
  }
  .caps-title {
    font-size: var(--ldn-font-size-subheading);
    font-weight: 700;
    margin-block-end: var(--ldn-space-1);
  }
  .caps ul,
  .forms {
    margin: 0 0 var(--ldn-space-2);
    padding-inline-start: 1.25em;
  }
  .caps li {
    margin-block-end: var(--ldn-space-1);
  }
  .table-scroll {
    max-inline-size: 100%;
    overflow-x: auto;
    margin-block: 0 var(--ldn-space-3);
    border-radius: calc(var(--ldn-radius) / 2);
  }
  .schedule {
    border-collapse: collapse;
    inline-size: 100%;
    /* Cells keep whole words: the region scrolls instead of breaking "mg" off a number. */
    overflow-wrap: normal;
  }
  .schedule caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--ldn-space-2);
  }
  .schedule th,
  .schedule td {
    border: 1px solid var(--ldn-color-border);
    padding: var(--ldn-space-1) var(--ldn-space-2);
    text-align: start;
    vertical-align: top;
  }
  .schedule thead th {
    background: var(--ldn-color-surface-raised);
  }
  .schedule tbody th {
    font-weight: 400;
  }
  .schedule td {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .calendar {
    margin-block: 0 var(--ldn-space-3);
  }
  .calendar-button {
    margin-block-end: var(--ldn-space-1);
  }
  .your-form {
    font-weight: 700;
  }
  /* Component tokens default to the system ones, so they follow dark mode; a page rule beats :host. */
  :host {
    --ldn-dose-card-caps-ink: var(--ldn-color-caution);
    --ldn-dose-card-caps-surface: var(--ldn-color-caution-surface);
    --ldn-chart-line: var(--ldn-color-accent);
    --ldn-chart-fill: var(--ldn-color-surface-raised);
    --ldn-chart-cap: var(--ldn-color-caution);
    --ldn-chart-text: var(--ldn-color-text);
    --ldn-chart-max-inline-size: 30rem;
  }
  /* The chart scales with its viewBox: it fits any column and never scrolls sideways. */
  .chart {
    margin-block: 0 var(--ldn-space-3);
  }
  .chart-svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-inline-size: var(--ldn-chart-max-inline-size);
    /* Drawn left to right in any page direction: the text anchors are computed for that. */
    direction: ltr;
    overflow: visible;
  }
  .chart-svg text {
    font-size: 11px;
    font-variant-numeric: tabular-nums;
    fill: var(--ldn-chart-text);
  }
  .chart-step {
    fill: var(--ldn-chart-fill);
  }
  .chart-line {
    stroke: var(--ldn-chart-line);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  /* The example is dashed as well as labelled, so it reads as "not a plan" without colour. */
  .chart-line.is-example {
    stroke-dasharray: 6 3;
  }
  .chart-axis,
  .chart-tick {
    stroke: var(--ldn-chart-text);
    stroke-width: 1;
  }
  .chart-cap {
    stroke: var(--ldn-chart-cap);
    stroke-width: 1.5;
    stroke-dasharray: 2 2;
  }
  .chart-svg .chart-cap-label,
  .chart-svg .chart-example {
    font-weight: 700;
    fill: var(--ldn-chart-cap);
  }

  /* Side column: cells keep their words with less padding before the table has to scroll. */
  @container (max-width: 24rem) {
    .schedule th,
    .schedule td {
      padding-inline: var(--ldn-space-1);
    }
  }

  @media (forced-colors: active) {
    .chart-svg text,
    .chart-svg .chart-cap-label,
    .chart-svg .chart-example {
      fill: CanvasText;
    }
    .chart-step {
      fill: Canvas;
    }
    .chart-line {
      stroke: Highlight;
    }
    .chart-axis,
    .chart-tick,
    .chart-cap {
      stroke: CanvasText;
    }
    .calendar-button {
      border-color: LinkText;
      color: LinkText;
      background: Canvas;
    }
  }
  @media print {
    .table-scroll {
      overflow: visible;
    }
    .schedule tr,
    .chart {
      break-inside: avoid;
    }
  }
`;
