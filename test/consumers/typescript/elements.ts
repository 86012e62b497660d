// What a TypeScript app gets from `import 'export-widgets'`: elements by tag, their properties, typed event details.
import 'export-widgets';
import { ExportGrowth, loadDataset, type ReadyDetail, type SelectDetail } from 'export-widgets';

const growth = document.createElement('export-growth');
const typed: ExportGrowth = growth;
typed.lang = 'en';
typed.theme = 'dark';
typed.comparison = 'years';
const list = document.querySelector('destination-list');
if (list) list.groupBy = 'none';
document.createElement('key-figures').layout = 'grid';
document.createElement('top-exporters').by = 'sector';
document.createElement('export-structure').view = 'table';

growth.addEventListener('ew-select', (e) => {
  const id: string = e.detail.id;
  const kind: SelectDetail['kind'] = e.detail.kind;
  return [id, kind];
});
document.addEventListener('ew-ready', (e) => e.detail.version.toUpperCase());
window.addEventListener('ew-error', (e) => e.detail.message.length);
const ready: (detail: ReadyDetail) => string = (detail) => detail.src;
void ready;
void loadDataset('https://example.org/data.json').then((model) => model);

// @ts-expect-error -- a select event has `kind` and `id`, nothing else
growth.addEventListener('ew-select', (e) => e.detail.period);
// @ts-expect-error -- a ready event's detail has no `id`
document.addEventListener('ew-ready', (e) => e.detail.id);
// @ts-expect-error -- `theme` is a string
growth.theme = 42;
// @ts-expect-error -- a tag the kit does not define is a plain HTMLElement, not one of its widgets
const unknown: ExportGrowth = document.createElement('export-growht');
void unknown;
