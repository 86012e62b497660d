// Custom-elements manifest (custom-elements.json): the source of Storybook's controls and docs tables, and of the
// framework and editor types generated from it into dist/ (`npm run build` runs this after `tsc` wrote dist/types/).
import { readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import ts from 'typescript';

/**
 * Writes an attribute's allowed values into the manifest: a field typed with an alias of string literals
 * (`comparison: Comparison`) gets the union itself (`'all' | 'years' | 'half-years' | 'quarters'`), which the
 * analyzer alone leaves as the alias name. TypeScript's checker resolves the alias.
 */
function literalUnions() {
  return {
    name: 'export-widgets:literal-unions',
    packageLinkPhase({ customElementsManifest }) {
      const program = ts.createProgram(['src/index.ts'], { target: ts.ScriptTarget.ES2022, experimentalDecorators: true });
      const checker = program.getTypeChecker();
      const union = (path, className, field) => {
        const file = program.getSourceFile(path);
        const cls = file?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === className);
        const prop = cls?.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText(file) === field);
        if (!prop) return undefined;
        const type = checker.getTypeAtLocation(prop);
        const parts = type.isUnion() ? type.types : [type];
        if (parts.length < 2 || !parts.every((t) => t.isStringLiteral())) return undefined;
        return parts.map((t) => `'${t.value}'`).join(' | ');
      };
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const fields = [...(declaration.members ?? []), ...(declaration.attributes ?? [])];
          for (const item of fields) {
            const name = item.kind === 'field' ? item.name : item.fieldName;
            const from = item.inheritedFrom;
            const text = name && item.type && union(from?.module ?? module.path, from?.name ?? declaration.name, name);
            if (text) item.type = { text };
          }
        }
    },
  };
}

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
  exclude: ['src/**/*.messages.ts', 'src/**/*.styles.ts', 'src/embed/**', 'src/desk/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    literalUnions(),
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
