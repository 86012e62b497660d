/**
 * What a reviewer asks of the code in `src/`, counted from TypeScript's own syntax tree rather than by grep: the
 * longest functions, the non-null assertions (`x!`) and the type casts (`x as T`, `<T>x`; `as const` is no cast).
 *
 *   npx tsx scripts/code-stats.ts [folder] [--top N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 5;
const root = args.find((arg, i) => !arg.startsWith('--') && i !== topAt + 1) ?? 'src';

const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => join(root, file))
  .sort();

interface Found {
  readonly where: string;
  readonly name: string;
  readonly lines: number;
}

const functions: Found[] = [];
const assertions: string[] = [];
const casts: string[] = [];

/** A function's name as a reader finds it: its own, its variable's, its property's or its method's. */
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  return '(anonymous)';
}

for (const file of files) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const at = (node: ts.Node) => `${relative('.', file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const declaration = node as ts.FunctionLikeDeclaration;
      const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      functions.push({ where: at(node), name: nameOf(declaration), lines: last - first + 1 });
    }
    if (ts.isNonNullExpression(node)) assertions.push(at(node));
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.getText() !== 'const') casts.push(at(node));
    ts.forEachChild(node, visit);
  };
  visit(source);
}

functions.sort((a, b) => b.lines - a.lines);
console.log(`${files.length} files in ${root}/`);
console.log(`longest functions:`);
for (const { where, name, lines } of functions.slice(0, top)) console.log(`  ${lines} lines  ${name}  ${where}`);
console.log(`non-null assertions (x!): ${assertions.length}`);
console.log(`type casts (as T, <T>x; not as const): ${casts.length}`);
