import { css } from 'lit';

export const styles = css`
  :host {
    --_state-height: 24em;
  }
  .defs {
    position: absolute;
    width: 0;
    height: 0;
  }
  .total,
  .also {
    margin: 0 0 0.5em;
  }
  .also {
    margin-top: 0.75em;
  }
  .rows,
  .legend {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .rows {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.2em 0.75em;
  }
  .rows li {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: baseline;
    margin-bottom: 0.55em;
  }
  .rows .bar {
    grid-column: 1 / -1;
    width: 100%;
  }
  @container (min-width: 576px) {
    .rows {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    }
    .rows li {
      align-items: center;
    }
    .rows .bar {
      grid-column: 2;
      grid-row: 1;
    }
    .value {
      white-space: nowrap;
      text-align: end;
    }
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  small {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: normal;
  }
  .rest .label {
    font-style: italic;
  }
  .bar {
    display: block;
    height: 0.9em;
    overflow: visible;
  }
  .track {
    fill: var(--_surface);
  }
  .fill,
  .hatch-fg {
    fill: var(--_series-1);
  }
  .hatch-bg {
    fill: var(--_bg);
  }
  .computed {
    stroke: var(--_series-1);
  }
  .remainder {
    stroke: var(--_muted);
  }
  .dot {
    fill: var(--_muted);
  }
  .open {
    fill: none;
    stroke: var(--_series-1);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .legend {
    margin-top: 0.75em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .legend li {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }
  .legend .bar {
    flex: none;
    width: 2.5em;
    height: 0.75em;
  }
  .sum th,
  .sum td {
    font-weight: 600;
  }
`;
