import { html, nothing, svg } from 'lit';

/** The hatch pattern computed shares are filled with; rendered once per widget (ids are scoped to its shadow root). */
export const hatchDefs = html`<svg class="defs" aria-hidden="true">
  <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="hatch-bg" width="6" height="6"></rect>
    <rect class="hatch-fg" width="3" height="6"></rect>
  </pattern>
</svg>`;

/**
 * A bar on a 0–100 % scale: `value` per cent filled (`fill`, `computed` hatched, or `remainder`), then `open` per
 * cent dashed: how far a lower bound may reach. Widths are SVG attributes, not inline styles, for a strict CSP.
 */
export function bar(value: number, open: number, kind: string) {
  return html`<svg class="bar" aria-hidden="true">
    <rect class="track" width="100%" height="100%"></rect>
    ${value ? svg`<rect class=${kind} fill=${kind === 'computed' ? 'url(#hatch)' : nothing} width="${value}%" height="100%"></rect>` : nothing}
    ${open ? svg`<rect class="open" x="${value}%" width="${Math.min(open, 100 - value)}%" height="100%"></rect>` : nothing}
  </svg>`;
}
