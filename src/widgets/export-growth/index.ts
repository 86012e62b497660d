/** Defines <export-growth>: importing this module registers the element. */
import '../../shared/hydrate.js';
import { define } from '../../shared/define.js';
import { ExportGrowth } from './export-growth.js';

export { ExportGrowth };
define('export-growth', ExportGrowth);

declare global {
  interface HTMLElementTagNameMap {
    'export-growth': ExportGrowth;
  }
}
