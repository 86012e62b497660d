/** The chart/table switch of the widgets that draw a chart with a table as its alternative. */
import { html } from 'lit';
import type { SharedTerms } from '../i18n/messages.js';

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** Two toggle buttons, the shown view pressed; `choose` gets the view a reader picks. */
export function viewToggle(shown: View | undefined, term: SharedTerms, choose: (view: View) => void) {
  return html`<div class="toolbar" role="group" aria-label=${term.showAs}>
    ${VIEWS.map((view) => html`<button type="button" aria-pressed=${shown === view} @click=${() => choose(view)}>${term[view]}</button>`)}
  </div>`;
}
