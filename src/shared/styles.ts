import { css } from 'lit';

/**
 * Styles every widget shares. Colours are CSS custom properties the page can
 * set on the element: `--ew-*` in light mode, `--ew-dark-*` in dark mode.
 * Fonts are inherited from the page.
 */
export const baseStyles = css`
  /*
   * The host takes only the page's font family and colours. Its text metrics live on .base: a page rule that targets
   * every element (*{line-height:1}, *{font-size:20px}) reaches the host, never the shadow tree. The widget's
   * direction and bidi context are its own too (left to right in ru, en and uz), whatever the page's dir.
   */
  :host {
    display: block;
    container-type: inline-size;
    font-family: inherit;
    direction: ltr;
    unicode-bidi: isolate;
    min-height: var(--ew-min-height, auto);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    --_accent: var(--ew-accent, #1d5fbf);
    --_text: var(--ew-text, #1b1f24);
    --_muted: var(--ew-muted, #56606b);
    --_bg: var(--ew-bg, #ffffff);
    --_surface: var(--ew-surface, #f3f5f8);
    --_grid: var(--ew-grid, #d5dae1);
    --_border: var(--ew-border, #c9cfd6);
    --_series-1: var(--ew-series-1, var(--_accent));
    --_series-2: var(--ew-series-2, #b3541e);
    --_warn: var(--ew-warn, #8a4b00);
    color: var(--_text);
    background: var(--_bg);
    padding: var(--ew-padding, 0.75em 1em);
    border-radius: var(--ew-radius, 0.25em);
    min-height: inherit;
    box-sizing: border-box;
    /* medium is the reader's default size; unlike rem or inherit, no page rule changes it. */
    font-size: var(--ew-font-size, medium);
    font-weight: normal;
    font-style: normal;
    line-height: 1.45;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    /* Long words (URLs, file names) may break; numbers and periods never do (.nowrap, td.num). */
    overflow-wrap: break-word;
  }
  .base.dark {
    color-scheme: dark;
    --_accent: var(--ew-dark-accent, #8ab4f8);
    --_text: var(--ew-dark-text, #e6e8eb);
    --_muted: var(--ew-dark-muted, #a9b2bd);
    --_bg: var(--ew-dark-bg, #17191c);
    --_surface: var(--ew-dark-surface, #24282d);
    --_grid: var(--ew-dark-grid, #3b4149);
    --_border: var(--ew-dark-border, #4a525c);
    --_series-1: var(--ew-dark-series-1, var(--_accent));
    --_series-2: var(--ew-dark-series-2, #f0a36b);
    --_warn: var(--ew-dark-warn, #ffc46b);
  }
  h2 {
    font-size: 1.15em;
    line-height: 1.25;
    margin: 0 0 0.25em;
  }
  .summary {
    margin: 0 0 0.75em;
  }
  .muted {
    color: var(--_muted);
  }
  /* Read by screen readers, never shown: nothing inside is a Tab stop, so focus cannot reveal it and make the page jump. */
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .hint {
    margin: 0 0 0.5em;
    padding: 0.35em 0.6em;
    border-inline-start: 3px solid var(--_warn);
    background: var(--_surface);
    font-size: 0.875em;
  }
  .state {
    display: grid;
    place-content: center;
    gap: 0.5em;
    /* Close to the loaded widget's height, so the page does not jump when data arrives. */
    min-height: var(--ew-min-height, var(--_state-height, 12em));
    text-align: center;
  }
  .state.error {
    color: var(--_text);
    border: 1px solid var(--_warn);
    border-radius: 0.25em;
    padding: 1em;
  }
  .state.error ul {
    text-align: start;
    font-family: ui-monospace, monospace;
    font-size: 0.8em;
    margin: 0;
  }
  button {
    font: inherit;
    min-height: 24px;
    min-width: 24px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    padding: 0.25em 0.75em;
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_bg);
  }
  /* The chart/table toggle (shared/view-toggle.ts). */
  .toolbar {
    display: flex;
    gap: 0.25em;
    margin: 0 0 0.75em;
  }
  button:focus-visible,
  summary:focus-visible,
  textarea:focus-visible,
  a:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25em 0;
  }
  th,
  td {
    text-align: start;
    padding: 0.35em 0.5em;
    border-bottom: 1px solid var(--_grid);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
  }
  /* A number or a period is read as one word: it never breaks. A table too wide for a phone scrolls in its own box. */
  td.num,
  th.num,
  .period,
  .nowrap {
    white-space: nowrap;
  }
  .table:not(.sr-only) {
    overflow-x: auto;
  }
  @container (max-width: 384px) {
    th,
    td {
      padding: 0.3em 0.25em;
    }
  }
  /*
   * A narrow widget stacks each row of a shown table: its header on a line, then each cell under it with its column's
   * name (data-label), so nothing is cut off or hidden past the edge. The column names are drawn for the eye only:
   * the cells keep their table headers for screen readers.
   */
  @container (max-width: 30em) {
    .table:not(.sr-only) :is(table, caption, tbody, tr, th, td) {
      display: block;
    }
    .table:not(.sr-only) thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .table:not(.sr-only) tr {
      padding: 0.3em 0;
      border-bottom: 1px solid var(--_grid);
    }
    .table:not(.sr-only) :is(th, td) {
      border: 0;
      padding: 0.1em 0;
      text-align: start;
    }
    /* A cell with nothing to say (no growth stated) takes no line of its own. */
    .table:not(.sr-only) td.empty {
      display: none;
    }
    /* The name for the eye only where the engine knows content's alternative text; else shown all the same. */
    .table:not(.sr-only) td[data-label]::before {
      content: attr(data-label) ': ';
      content: attr(data-label) ': ' / '';
      color: var(--_muted);
    }
    /* A value and its note, a growth and its base may wrap between words; a figure stays whole by its no-break spaces. */
    .table:not(.sr-only) :is(td.num, .nowrap) {
      white-space: normal;
    }
  }
  .tag {
    display: inline-block;
    font-size: 0.75em;
    padding: 0 0.4em;
    border: 1px dashed var(--_muted);
    border-radius: 0.2em;
    color: var(--_muted);
    white-space: nowrap;
  }
  sup.cite {
    font-size: 0.7em;
    margin-inline-start: 0.15em;
  }
  footer {
    margin-top: 0.75em;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  footer p {
    margin: 0.35em 0 0;
  }
  details.sources summary {
    /* A target of at least 24 × 24 px (WCAG 2.2, 2.5.8). */
    min-height: 24px;
    padding-block: 0.2em;
    box-sizing: border-box;
    cursor: pointer;
    color: var(--_text);
  }
  details.sources ol {
    padding-inline-start: 1.5em;
    margin: 0.5em 0 0;
  }
  details.sources li + li {
    margin-top: 0.5em;
  }
  /* A chart takes its plot's size (chart-controller.ts): the blank canvas of pre-rendered code does too, until drawn. */
  canvas[data-chart] {
    width: 100%;
    height: 100%;
  }
  blockquote {
    margin: 0.25em 0;
    padding-inline-start: 0.6em;
    border-inline-start: 2px solid var(--_grid);
    color: var(--_text);
  }
  @media print {
    .base,
    .base.dark {
      --_text: #000;
      --_muted: #333;
      --_bg: #fff;
      --_grid: #999;
      --_border: #999;
      background: none;
      color: #000;
      padding: 0;
    }
  }
  /* The "Embed" dialog: in the widget's colours and language, above the page. */
  dialog.embed {
    box-sizing: border-box;
    width: min(44em, calc(100vw - 2em));
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 0.4em;
    padding: 1em 1.25em;
  }
  dialog.embed::backdrop {
    background: rgb(0 0 0 / 45%);
  }
  dialog.embed .head {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1em;
    margin: 0 0 0.5em;
  }
  dialog.embed h3 {
    margin: 0;
    font-size: 1.05em;
  }
  dialog.embed label {
    display: block;
    font-weight: 600;
  }
  dialog.embed p {
    margin: 0.2em 0 0.5em;
  }
  dialog.embed .muted {
    font-size: 0.875em;
  }
  dialog.embed textarea {
    display: block;
    box-sizing: border-box;
    width: 100%;
    margin: 0 0 0.35em;
    padding: 0.4em;
    font:
      0.8em/1.4 ui-monospace,
      monospace;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    resize: vertical;
  }
  dialog.embed .code {
    margin: 0 0 1em;
  }
  /*
   * Print what a reader needs: the table, the summary and the sources; no controls, no canvas. A reader without
   * JavaScript gets the same from pre-rendered code, in the widget's theme (the server renderer copies these blocks
   * into a <noscript>, which also serves a browser that predates the media feature).
   */
  @media print, (scripting: none) {
    details.sources::details-content {
      content-visibility: visible;
      display: block;
    }
    .sr-only.table {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
      white-space: normal;
    }
    button,
    .toolbar,
    canvas {
      display: none !important;
    }
  }
`;
