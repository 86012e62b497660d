// Custom-elements manifest (custom-elements.json): the source of Storybook's controls and docs tables, and of the
// framework and editor types generated from it into dist/ (`npm run build` runs this after `tsc` wrote dist/types/).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
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

/** Drops private members (`#fields`, `private`) from the manifest: no page can reach them, so no doc should list them. */
const publicMembers = {
  name: 'export-widgets:public-members',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules)
      for (const declaration of module.declarations ?? [])
        if (declaration.members)
          declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#'));
  },
};

const TYPES = 'dist/types';
const ANGULAR = '.tmp/angular';
// The element classes and event details come from the package's declarations (paths relative to TYPES).
const types = { outdir: TYPES, globalTypePath: './index.js', hideLogs: true };

/** `ew-select` → `EwSelect`: the name Vue gives the prop of an `@ew-select` listener (`onEwSelect`). */
const pascal = (name) => name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
const doc = (text) => (text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n    ` : '');

/**
 * Vue's and Svelte's types of the kit's elements, written from the manifest: each attribute typed as its class's
 * property, each event with its detail. Vue names a listener prop `onEwSelect` (for `@ew-select`) and props by their
 * property (`groupBy`); Svelte 5 takes attributes as written (`group-by`) and events as `onew-select`. Both start from
 * the framework's own attributes for an element of that class (Svelte's `HTMLAttributes`), the kit's narrowing `lang`.
 * The JSX generator's output (React, Preact) is finished here too: a name it imports twice does not compile.
 */
const frameworkTypes = {
  name: 'export-widgets:framework-types',
  packageLinkPhase({ customElementsManifest }) {
    const elements = customElementsManifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .sort((a, b) => a.tagName.localeCompare(b.tagName));
    const details = new Set(elements.flatMap((e) => (e.events ?? []).map((event) => event.type.text)));
    const imports = `import type { ${[...elements.map((e) => e.name), ...details].join(', ')} } from './index.js';\n`;
    const props = (e, key, listener) =>
      [
        ...(e.attributes ?? [])
          .filter((a) => a.fieldName)
          .map((a) => `${doc(a.description)}${JSON.stringify(key(a))}?: ${e.name}[${JSON.stringify(a.fieldName)}];`),
        ...(e.events ?? []).map(
          (event) =>
            `${doc(event.description)}${JSON.stringify(listener(event.name))}?: (event: CustomEvent<${event.type.text}> & { currentTarget: ${e.name} }) => void;`,
        ),
      ].join('\n    ');
    writeFileSync(
      `${TYPES}/vue.d.ts`,
      `// The kit's elements in Vue templates (vue-tsc, Volar): \`import type {} from 'export-widgets/vue';\` once in the app.\n` +
        `import type { DefineComponent } from 'vue';\n${imports}\n` +
        elements
          .map(
            (e) =>
              `export interface ${e.name}Props {\n    ${props(
                e,
                (a) => a.fieldName,
                (name) => `on${pascal(name)}`,
              )}\n}\n`,
          )
          .join('\n') +
        `\ndeclare module 'vue' {\n  interface GlobalComponents {\n` +
        elements.map((e) => `    ${JSON.stringify(e.tagName)}: DefineComponent<${e.name}Props>;\n`).join('') +
        `  }\n}\n`,
    );
    writeFileSync(
      `${TYPES}/svelte.d.ts`,
      `// The kit's elements in Svelte 5 markup (svelte-check): \`import type {} from 'export-widgets/svelte';\` once in the app.\n` +
        `import type { HTMLAttributes } from 'svelte/elements';\n${imports}\n` +
        elements
          .map(
            (e) =>
              `export interface ${e.name}Attributes extends Omit<HTMLAttributes<${e.name}>, 'lang'> {\n    ${props(
                e,
                (a) => a.name,
                (name) => `on${name}`,
              )}\n}\n`,
          )
          .join('\n') +
        `\ndeclare global {\n  namespace svelteHTML {\n    interface IntrinsicElements {\n` +
        elements.map((e) => `      ${JSON.stringify(e.tagName)}: ${e.name}Attributes;\n`).join('') +
        `    }\n  }\n}\n`,
    );
    // Angular: a directive per element, its attributes as typed inputs set on the element as properties (compiled by
    // ngc into dist/angular/, `npm run build:angular`). Events need none: Angular types `(ew-select)` from the element.
    mkdirSync(ANGULAR, { recursive: true });
    writeFileSync(
      `${ANGULAR}/index.ts`,
      `// Generated by custom-elements-manifest.config.js from the manifest.\n` +
        `import { Directive, ElementRef, Input, inject } from '@angular/core';\n` +
        `import type { ${elements.map((e) => e.name).join(', ')} } from 'export-widgets';\n\n` +
        elements
          .map(
            (e) =>
              `/** \`<${e.tagName}>\` in Angular templates: its attributes checked as typed inputs, set as the element's properties. */\n` +
              `@Directive({ selector: ${JSON.stringify(e.tagName)} })\nexport class ${e.name}Directive {\n` +
              `  private readonly element = inject<ElementRef<${e.name}>>(ElementRef).nativeElement;\n` +
              (e.attributes ?? [])
                .filter((a) => a.fieldName)
                .map(
                  (a) =>
                    `  @Input(${a.name === a.fieldName ? '' : JSON.stringify(a.name)}) set ${a.fieldName}(value: ${e.name}[${JSON.stringify(a.fieldName)}]) {\n` +
                    `    this.element.${a.fieldName} = value;\n  }\n`,
                )
                .join('') +
              `}\n`,
          )
          .join('\n') +
        `\n/** Every directive of the kit, for a standalone component's \`imports\`. */\n` +
        `export const EXPORT_WIDGETS = [${elements.map((e) => `${e.name}Directive`).join(', ')}] as const;\n`,
    );
    const jsx = `${TYPES}/jsx.d.ts`;
    writeFileSync(
      jsx,
      readFileSync(jsx, 'utf8').replace(/import type \{([^}]*)\} from "\.\/index\.js";/, (_, names) => {
        const unique = new Set(
          names
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
        );
        return `import type { ${[...unique].join(', ')} } from "./index.js";`;
      }),
    );
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
    publicMembers,
    customElementJsxPlugin({ ...types, fileName: 'jsx.d.ts' }),
    frameworkTypes,
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
