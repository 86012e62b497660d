// Custom-elements manifest (custom-elements.json): the source of Storybook's controls and docs tables.
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.messages.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [literalUnions()],
};
