/**
 * export-widgets: registers every widget of the kit. Loading this file twice,
 * or two builds of it, defines each element once.
 */
import { define } from './shared/define.js';
import { ExportGrowth } from './widgets/export-growth/export-growth.js';

export { ExportGrowth };
export { loadDataset, loaderConfig, DatasetError } from './data/load.js';
export { validateDataset } from './data/validate.js';
export type { Dataset } from './data/schema.js';
export type { ReadyDetail, ErrorDetail, SelectDetail } from './shared/events.js';

define('export-growth', ExportGrowth);

declare global {
  interface HTMLElementTagNameMap {
    'export-growth': ExportGrowth;
  }
}
