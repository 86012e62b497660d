/**
 * The kit's data functions without its elements: `import { validateDataset } from 'export-widgets/data'` defines no
 * tag and brings no widget code (a build step, a form that checks a dataset, a server).
 */
export { loadDataset, loaderConfig, DatasetError } from './load.js';
export { validateDataset } from './validate.js';
export type { Dataset } from './schema.js';
