// An app with a Lit element of its own beside <key-figures>: one Lit in the build, shared.
import 'export-widgets/key-figures';
import { html, LitElement } from 'lit';

customElements.define(
  'app-greeting',
  class extends LitElement {
    render() {
      return html`<p>Hello</p>`;
    }
  },
);
