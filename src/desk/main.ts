/** The desk page's script: the desk, with the kit's widgets for its preview. */
import { DataDesk } from './desk.js';

customElements.define('data-desk', DataDesk);
