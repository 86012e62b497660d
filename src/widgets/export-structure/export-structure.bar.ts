import { html, nothing, svg } from 'lit';

/**
 * The patterns of the bars, rendered once per widget (ids are scoped to its shadow root): computed shares are hatched
 * in the series colour; the part not broken down is dotted grey, so that it never reads as one more sector.
 */
export const hatchDefs = html`<svg class="defs" aria-hidden="true">
  <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="hatch-bg" width="6" height="6"></rect>
    <rect class="hatch-fg" width="3" height="6"></rect>
  </pattern>
  <pattern id="remainder" width="4" height="4" patternUnits="userSpaceOnUse">
    <rect class="hatch-bg" width="4" height="4"></rect>
    <circle class="dot" cx="2" cy="2" r="1"></circle>
  </pattern>
</svg>`;

/**
 * A bar on a 0–100 % scale: `value` per cent filled (`fill`, `computed` hatched, or `remainder` dotted), then `open`
 * per cent dashed: how far a lower bound may reach. Widths are SVG attributes, not inline styles, for a strict CSP.
 */
export function bar(value: number, open: number, kind: string) {
  const pattern = kind === 'computed' ? 'hatch' : kind === 'remainder' ? kind : '';
  return html`<svg class="bar" aria-hidden="true">
    <rect class="track" width="100%" height="100%"></rect>
    ${value ? svg`<rect class=${kind} fill=${pattern ? `url(#${pattern})` : nothing} width="${value}%" height="100%"></rect>` : nothing}
    ${open ? svg`<rect class="open" x="${value}%" width="${Math.min(open, 100 - value)}%" height="100%"></rect>` : nothing}
  </svg>`;
}
