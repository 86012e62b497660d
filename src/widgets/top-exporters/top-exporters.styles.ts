import { css, unsafeCSS } from 'lit';

/** Bar lengths as classes (`w0`…`w100`): a strict CSP forbids inline styles. Apart from `styles`, which the build minifies. */
export const widths = unsafeCSS(Array.from({ length: 101 }, (_, i) => `.w${i}{--w:${i}%}`).join(''));

export const styles = css`
  .state {
    min-height: var(--ew-min-height, 28em);
  }
  h3 {
    font-size: 1em;
    margin: 1em 0 0.35em;
  }
  .total {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  /* The bars show the order; no list numbers or bullets, at any width (a grid row has none either). */
  .rows {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li.row + li.row {
    margin-top: 0.65em;
  }
  .line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    column-gap: 1em;
  }
  .name {
    font-weight: 600;
  }
  .unnamed {
    font-style: italic;
    font-weight: 400;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  .bar {
    display: flex;
    margin: 0.2em 0;
  }
  /* Borders, not backgrounds: they print without "background graphics". */
  .bar::before {
    content: '';
    width: max(var(--w), 3px);
    border-top: 0.75em solid var(--ew-bar, var(--_series-1));
  }
  /* A lower bound ("more than") has an open, dashed end. */
  .bar.lb::after {
    content: '';
    width: 2em;
    margin-top: calc(0.375em - 1px);
    border-top: 2px dashed var(--ew-bar, var(--_series-1));
  }
  .meta {
    margin: 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .notes {
    font-size: 0.875em;
    margin: 0.75em 0 0;
    padding-inline-start: 1.25em;
  }
  @container (min-width: 576px) {
    li.row {
      display: grid;
      grid-template-columns: 1fr 1fr;
      column-gap: 1em;
    }
    .line,
    .bar,
    .note {
      grid-column: 1 / -1;
    }
  }
`;
