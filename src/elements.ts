/**
 * The widget classes, none of them defined: for a page where a tag name is taken, the app registers the kit under
 * names of its own (`customElements.define('tp-key-figures', class extends KeyFigures {})`, or in a scoped registry
 * where the browser has them). Every other entry defines the kit's tags.
 */
export { DestinationList } from './widgets/destination-list/destination-list.js';
export { ExportGrowth } from './widgets/export-growth/export-growth.js';
export { ExportStructure } from './widgets/export-structure/export-structure.js';
export { KeyFigures } from './widgets/key-figures/key-figures.js';
export { TopExporters } from './widgets/top-exporters/top-exporters.js';
export * from './data/index.js';
