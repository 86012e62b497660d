// Preact, Solid and other JSX frameworks share the generated props: `export-widgets/preact` extends Preact's JSX with them.
import type { CustomElements } from 'export-widgets/jsx';

export const props: CustomElements['key-figures'] = { layout: 'grid', figures: 'residents' };
// @ts-expect-error -- `layout` takes a string
export const bad: CustomElements['key-figures'] = { layout: 3 };

// Svelte: `export-widgets/svelte` extends the global `svelteHTML` namespace svelte-check reads.
import type {} from 'export-widgets/svelte';

export const svelte: svelteHTML.IntrinsicElements['destination-list'] = { 'group-by': 'none', 'onew-select': (e) => e.detail.id };
// @ts-expect-error -- not an element of the kit
export const svelteUnknown: svelteHTML.IntrinsicElements['export-growht'] = {};
