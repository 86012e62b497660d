// Preact, Solid and other JSX frameworks share the generated props: `export-widgets/preact` extends Preact's JSX with them.
import type { CustomElements } from 'export-widgets/jsx';

export const props: CustomElements['key-figures'] = { layout: 'grid', figures: 'residents' };
// @ts-expect-error -- `layout` takes a string
export const bad: CustomElements['key-figures'] = { layout: 3 };
