// Custom-elements manifest (custom-elements.json): the source of Storybook's controls and docs tables, and of the
// framework and editor types generated from it into dist/ (`npm run build` runs this after `tsc` wrote dist/types/).
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const TYPES = 'dist/types';
// The element classes and event details come from the package's declarations (paths relative to TYPES).
const types = { outdir: TYPES, globalTypePath: './index.js', hideLogs: true };

/**
 * Finishes the generated types: the generators import an event's detail type once per element that fires it, and a
 * name imported twice does not compile; Svelte's `svelteHTML` is declared inside a module, where it extends nothing,
 * so it moves into `declare global`; and React 19 and Preact get an entry that adds the elements to their JSX.
 */
const finishTypes = {
  name: 'export-widgets:finish-types',
  packageLinkPhase() {
    for (const file of ['jsx.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
      const path = `${TYPES}/${file}`;
      const text = readFileSync(path, 'utf8').replace(/import type \{([^}]*)\} from "\.\/index\.js";/, (_, names) => {
        const unique = new Set(
          names
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        );
        return `import type { ${[...unique].join(', ')} } from "./index.js";`;
      });
      writeFileSync(
        path,
        text.replace(/^declare namespace svelteHTML \{([\s\S]*)\}\s*$/m, 'declare global {\n  namespace svelteHTML {$1}\n}\n'),
      );
    }
    for (const framework of ['react', 'preact']) {
      writeFileSync(
        `${TYPES}/${framework}.d.ts`,
        `// The kit's elements in ${framework}'s JSX: \`import type {} from 'export-widgets/${framework}';\` once in the app.\n` +
          `import type { CustomElements } from './jsx.js';\n\n` +
          `declare module '${framework}' {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n`,
      );
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.messages.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    customElementVuejsPlugin({ ...types, fileName: 'vue.d.ts' }),
    customElementSveltePlugin({ ...types, fileName: 'svelte.d.ts' }),
    finishTypes,
    // Editor support, named in package.json ("web-types") and in the README (VS Code's html.customData).
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', hideLogs: true }),
  ],
};
