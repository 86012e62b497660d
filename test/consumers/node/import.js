// A server-rendered app's server imports the package (Next.js, Nuxt and Astro render client components in Node too):
// nothing is thrown, nothing defined. Prints what it saw for the test to check; the tags to look for come as arguments.
import process from 'node:process';
import * as kit from 'export-widgets';

const registry = globalThis.customElements;
const tags = process.argv.slice(2);
console.log(
  JSON.stringify({
    exports: Object.keys(kit).sort(),
    classes: typeof kit.ExportGrowth,
    looked: tags,
    defined: tags.filter((tag) => registry?.get(tag)),
    versionMark: globalThis[Symbol.for('export-widgets.version')] ?? null,
  }),
);
