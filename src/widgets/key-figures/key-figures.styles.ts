import { css } from 'lit';

export const styles = css`
  :host {
    --_state-height: 15em;
  }
  .cards {
    display: grid;
    gap: 0.75em;
    grid-template-columns: minmax(0, 1fr);
    margin: 0 0 0.75em;
  }
  @container (min-width: 352px) {
    .cards {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 704px) {
    .row {
      grid-template-columns: none;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
    }
    .grid {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    padding: 0.75em;
    background: var(--_surface);
    border-top: 3px solid var(--_accent);
    border-radius: 0.25em;
  }
  dt {
    font-size: 0.875em;
    color: var(--_muted);
    order: 1;
  }
  dd {
    margin: 0;
    order: 2;
  }
  .value {
    order: 0;
    font-size: 1.6em;
    font-weight: 700;
    line-height: 1.15;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .value sup,
  .value .tag {
    font-size: 0.45em;
    font-weight: normal;
  }
  .value .tag {
    vertical-align: middle;
  }
  .growth {
    order: 0;
    font-weight: 600;
  }
  /* What the value measures, right under it: two cards of different measures never read as one series. */
  .measure {
    order: 0;
    font-size: 0.875em;
  }
  .when,
  .note {
    font-size: 0.8125em;
    color: var(--_muted);
  }
`;
