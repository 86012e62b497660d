import { css } from 'lit';

export const styles = css`
  :host {
    --_state-height: 15em;
  }
  /* Flex, not a grid of equal tracks: a card is never narrower than its value (a number and its unit are one
     unbreakable run), so a line takes fewer cards when a language's values are longer, and a word never breaks. */
  .cards {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0 0 0.75em;
  }
  .card {
    flex: 1 1 100%;
    /* A value wider than the whole widget still breaks, inside the card, rather than overflow the page. */
    max-inline-size: 100%;
    box-sizing: border-box;
  }
  @container (min-width: 352px) {
    .card {
      flex-basis: calc(50% - 0.375em);
    }
  }
  @container (min-width: 704px) {
    .row > .card {
      flex-basis: 0;
    }
    .grid > .card {
      flex-basis: calc((100% - 1.5em) / 3);
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
