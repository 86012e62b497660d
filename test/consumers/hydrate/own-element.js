// The app's own Lit element: importing it evaluates Lit's LitElement.
import { html, LitElement } from 'lit';

customElements.define(
  'app-greeting',
  class extends LitElement {
    render() {
      return html`<p>Hello</p>`;
    }
  },
);
