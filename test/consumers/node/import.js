// A server-rendered app's server imports the package (Next.js, Nuxt and Astro render client components in Node too):
// nothing is thrown, nothing defined. Prints what it saw for the test to check.
import * as kit from 'export-widgets';

const registry = globalThis.customElements;
const tags = ['export-growth', 'top-exporters', 'destination-list', 'export-structure', 'key-figures'];
console.log(
  JSON.stringify({
    exports: Object.keys(kit).sort(),
    classes: typeof kit.ExportGrowth,
    defined: tags.filter((tag) => registry?.get(tag)),
    versionMark: globalThis[Symbol.for('export-widgets.version')] ?? null,
  }),
);
