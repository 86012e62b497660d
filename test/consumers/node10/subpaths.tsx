// TypeScript's older `node10` resolution ignores `exports`: every subpath's types are found through `typesVersions`.
// Each import below names something real from its subpath, so a subpath that resolved to nothing fails to compile.
import { ExportGrowth } from 'export-widgets';
import { DestinationList } from 'export-widgets/destination-list';
import { ExportGrowth as Growth } from 'export-widgets/export-growth';
import { ExportStructure } from 'export-widgets/export-structure';
import { KeyFigures } from 'export-widgets/key-figures';
import { TopExporters } from 'export-widgets/top-exporters';
import { KeyFigures as Unregistered } from 'export-widgets/elements';
import { validateDataset } from 'export-widgets/data';
import type {} from 'export-widgets/iife';
import { prerender } from 'export-widgets/server';
import type {} from 'export-widgets/react';
import type {} from 'export-widgets/preact';
import type {} from 'export-widgets/vue';
import type {} from 'export-widgets/svelte';
import type { CustomElements } from 'export-widgets/jsx';
import { EXPORT_WIDGETS } from 'export-widgets/angular';
import 'export-widgets/hydrate';

export const classes = [ExportGrowth, DestinationList, Growth, ExportStructure, KeyFigures, TopExporters, Unregistered];
export const checked: boolean = validateDataset({}).ok;
export const global: typeof ExportGrowth = window.ExportWidgets.ExportGrowth;
export const code: string = prerender('key-figures', { lang: 'en' });
export const jsx = <key-figures layout="grid" />;
export const props: CustomElements['top-exporters'] = { by: 'sector' };
export const svelte: svelteHTML.IntrinsicElements['key-figures'] = { layout: 'grid' };
export const directives = EXPORT_WIDGETS.length;

// @ts-expect-error -- `layout` takes a string: the types are the kit's, not `any`
export const wrong: CustomElements['key-figures'] = { layout: 3 };
