import { css } from 'lit';

export const styles = css`
  .state {
    min-height: var(--ew-min-height, 20em);
  }
  .stated,
  .named-groups {
    margin: 0 0 0.75em;
    font-weight: 600;
  }
  .groups {
    margin: 0 0 0.75em;
  }
  @container (min-width: 544px) {
    .groups {
      columns: 2 15em;
      column-gap: 1.5em;
    }
  }
  @container (min-width: 832px) {
    .groups {
      columns: 3 15em;
    }
  }
  .group {
    break-inside: avoid;
    padding-bottom: 0.5em;
  }
  h3 {
    font-size: 1em;
    margin: 0 0 0.25em;
    padding-bottom: 0.15em;
    border-bottom: 1px solid var(--_grid);
  }
  .count {
    color: var(--_muted);
    font-weight: 400;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  summary {
    cursor: pointer;
    padding: 0.15em 0;
  }
  .name {
    font-weight: 600;
  }
  .marker {
    display: inline-block;
    margin-inline-start: 0.35em;
    padding: 0 0.4em;
    font-size: 0.75em;
    border: 1px solid var(--_accent);
    border-radius: 0.2em;
    white-space: nowrap;
  }
  .marker.top {
    background: var(--_accent);
    color: var(--_bg);
  }
  .first {
    display: block;
    padding-inline-start: 1em;
    font-size: 0.875em;
  }
  .entries {
    margin: 0.15em 0 0.5em;
    padding-inline-start: 1.1em;
    font-size: 0.9em;
    list-style: disc;
  }
  .more {
    margin: 0 0 0.75em;
  }
  /* What print shows, and a reader of pre-rendered code without JavaScript. */
  @media print, (scripting: none) {
    .marker.top {
      background: none;
      color: inherit;
      font-weight: 600;
    }
    details.country::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
