/**
 * export-widgets: registers every widget of the kit (src/widgets/registry.ts lists them). Loading this file twice,
 * or two builds of it, defines each element once.
 */
export { DestinationList, ExportGrowth, ExportStructure, KeyFigures, TopExporters } from './widgets/registry.js';
export { loadDataset, loaderConfig, DatasetError } from './data/load.js';
export { validateDataset } from './data/validate.js';
export type { Dataset } from './data/schema.js';
export type { ReadyDetail, ErrorDetail, SelectDetail } from './shared/events.js';
