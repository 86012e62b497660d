/** The desk page's script: the kit's widgets for the preview, and the desk itself. */
import '../index.js';
import { DataDesk } from './desk.js';

customElements.define('data-desk', DataDesk);
