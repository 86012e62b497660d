/**
 * Every widget of the kit, by tag: the one list that the tests, the benchmark and the stories read (a Node test
 * checks that src/index.ts exports exactly these). Importing this module defines every element: each widget's
 * index.ts defines its own tag.
 */
import { DestinationList } from './destination-list/index.js';
import { ExportGrowth } from './export-growth/index.js';
import { ExportStructure } from './export-structure/index.js';
import { KeyFigures } from './key-figures/index.js';
import { TopExporters } from './top-exporters/index.js';

export const widgets = {
  'destination-list': DestinationList,
  'export-growth': ExportGrowth,
  'export-structure': ExportStructure,
  'key-figures': KeyFigures,
  'top-exporters': TopExporters,
} as const satisfies { readonly [tag: `${string}-${string}`]: CustomElementConstructor };

export type WidgetTag = keyof typeof widgets;

/** The tags, in the registry's order. */
export const TAGS = Object.keys(widgets) as readonly WidgetTag[];
