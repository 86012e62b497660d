// The host page's own Lit app (csp and loading tests): a separate copy of Lit, built by the test with Vite, loaded before the kit.
import { html, LitElement } from 'lit';

class HostCard extends LitElement {
  static override properties = { label: {} };
  label = 'host';
  override render() {
    return html`<p class="host-card">${this.label}: rendered by the host page's Lit</p>`;
  }
}
customElements.define('host-card', HostCard);
