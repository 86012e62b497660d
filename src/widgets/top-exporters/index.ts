/** Defines <top-exporters>: importing this module registers the element. */
import '../../shared/hydrate.js';
import { define } from '../../shared/define.js';
import { TopExporters } from './top-exporters.js';

export { TopExporters };
define('top-exporters', TopExporters);

declare global {
  interface HTMLElementTagNameMap {
    'top-exporters': TopExporters;
  }
}
