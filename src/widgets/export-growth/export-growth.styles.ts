import { css } from 'lit';

export const styles = css`
  :host {
    --_state-height: 30em;
  }
  .panels {
    display: grid;
    gap: 1em;
    /* minmax(0, …): a canvas must never widen its column past the container. */
    grid-template-columns: minmax(0, 1fr);
  }
  .panels[hidden] {
    display: none;
  }
  @container (min-width: 640px) {
    .panels {
      grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr));
    }
  }
  .cut {
    margin: 0 0 0.75em;
    padding: 0.35em 0.6em;
    border-inline-start: 3px solid var(--_grid);
    background: var(--_surface);
  }
  /* The plot sits at the foot of its panel: a title that wraps does not lift one panel's baseline above the others'. */
  .panel {
    display: flex;
    flex-direction: column;
  }
  .plot {
    margin-top: auto;
  }
  .panel h3 {
    font-size: 1em;
    margin: 0;
  }
  .panel p {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .plot {
    position: relative;
    height: var(--ew-chart-height, 13em);
  }
  .dense .plot {
    height: calc(1.5 * var(--ew-chart-height, 13em));
  }
  /* Out of the flow: the plot's size never depends on its canvas, so sizing the canvas to the plot cannot loop. */
  .plot canvas {
    position: absolute;
    inset: 0 auto auto 0;
  }
  .notes {
    font-size: 0.875em;
    margin: 0.75em 0 0;
    padding-inline-start: 1.25em;
  }
  .cumulative {
    margin: 0.75em 0 0;
  }
  .cumulative dt {
    font-weight: 600;
  }
  .cumulative dd {
    margin: 0;
  }
  .gap td {
    color: var(--_muted);
  }
  /* A period in the table view is a button that selects it, as a click on its bar does; it reads as the period. The
     chosen period's row is marked, so the press is seen even on a page that does nothing with the event. */
  button.select {
    font-weight: 600;
    padding: 0.1em 0.4em;
  }
  tr.selected > * {
    background: var(--_surface);
  }
  tr.selected > th {
    box-shadow: inset 3px 0 0 var(--_accent);
  }
  /* Print, and a reader of pre-rendered code without JavaScript, get the table, which has the cumulative totals and no
     hatched bars: the chart view's copies go. */
  @media print, (scripting: none) {
    .panels,
    .cumulative,
    .notes .hatch {
      display: none;
    }
  }
  /* The charts as SVG in place of their canvases, put there for print (export-widget.ts): print shows the chart view
     as drawn, in vector, and the table stays the screen readers' alternative. */
  svg.printed {
    display: none;
  }
  @media print {
    .printing .panels {
      display: grid;
    }
    .printing .cumulative {
      display: block;
    }
    .printing .notes .hatch {
      display: list-item;
    }
    .printing .plot {
      height: auto;
    }
    .printing svg.printed {
      display: block;
      width: 100%;
      height: auto;
    }
    .printing .sr-only.table {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;
