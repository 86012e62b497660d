/**
 * export-widgets: every widget of the kit (each one's index.ts defines its tag; src/widgets/registry.ts lists them
 * for tests, benchmark and stories). Loading this file twice, or two builds of it, defines each element once.
 */
// Lit's hydration, before Lit defines any element (each widget's entry imports it too, for apps importing one widget).
import './shared/hydrate.js';
export { DestinationList } from './widgets/destination-list/index.js';
export { ExportGrowth } from './widgets/export-growth/index.js';
export { ExportStructure } from './widgets/export-structure/index.js';
export { KeyFigures } from './widgets/key-figures/index.js';
export { TopExporters } from './widgets/top-exporters/index.js';
export { loadDataset, loaderConfig, DatasetError } from './data/load.js';
export { validateDataset } from './data/validate.js';
export type { Dataset } from './data/schema.js';
export type { ReadyDetail, ErrorDetail, SelectDetail } from './shared/events.js';
