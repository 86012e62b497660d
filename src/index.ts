/**
 * export-widgets: registers every widget of the kit. Loading this file twice,
 * or two builds of it, defines each element once.
 */
import { define } from './shared/define.js';
import { DestinationList } from './widgets/destination-list/destination-list.js';
import { ExportGrowth } from './widgets/export-growth/export-growth.js';
import { ExportStructure } from './widgets/export-structure/export-structure.js';
import { KeyFigures } from './widgets/key-figures/key-figures.js';
import { TopExporters } from './widgets/top-exporters/top-exporters.js';

export { DestinationList };
export { ExportGrowth };
export { ExportStructure };
export { KeyFigures };
export { TopExporters };
export { loadDataset, loaderConfig, DatasetError } from './data/load.js';
export { validateDataset } from './data/validate.js';
export type { Dataset } from './data/schema.js';
export type { ReadyDetail, ErrorDetail, SelectDetail } from './shared/events.js';

define('destination-list', DestinationList);
define('export-growth', ExportGrowth);
define('export-structure', ExportStructure);
define('key-figures', KeyFigures);
define('top-exporters', TopExporters);

declare global {
  interface HTMLElementTagNameMap {
    'destination-list': DestinationList;
    'export-growth': ExportGrowth;
    'export-structure': ExportStructure;
    'key-figures': KeyFigures;
    'top-exporters': TopExporters;
  }
}
