/** Defines <export-structure>: importing this module registers the element. */
import '../../shared/hydrate.js';
import { define } from '../../shared/define.js';
import { ExportStructure } from './export-structure.js';

export { ExportStructure };
define('export-structure', ExportStructure);

declare global {
  interface HTMLElementTagNameMap {
    'export-structure': ExportStructure;
  }
}
