import * as v from 'valibot';
import { Dataset, LIMITS } from './schema.js';
import { checkRules, type DataIssue } from './rules.js';

export type { DataIssue };
export type Validation = { ok: true; dataset: Dataset } | { ok: false; issues: DataIssue[] };

function jsonPath(issue: v.BaseIssue<unknown>): string {
  let path = '$';
  for (const item of issue.path ?? []) {
    const key = item.key;
    path +=
      typeof key === 'number'
        ? `[${key}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(key))
          ? `.${String(key)}`
          : `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

/** Most values and the deepest nesting a dataset may have; the shipped one has about 2,000 values, 6 levels deep. */
const SHAPE = { values: 200_000, depth: 12 } as const;
/** A path or message of a few hundred characters at most: a hostile file may hold megabytes where a word belongs. */
const clip = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Refuses runaway input before the schema walks it. The schema reports every bad item of a list before it checks
 * the list's length, so a million rows anywhere, or a file of millions of tiny values, would freeze the tab.
 */
function runaway(input: unknown): DataIssue | undefined {
  // Each node keeps its parent and key, and a path is spelled out only for the node that fails: a file of a million
  // values makes no million path strings.
  interface Node {
    readonly value: object;
    readonly parent?: Node;
    readonly key?: string;
    readonly depth: number;
  }
  const pathOf = (node: Node): string => {
    const keys: string[] = [];
    for (let n: Node | undefined = node; n?.parent; n = n.parent) keys.push(Array.isArray(n.parent.value) ? `[${n.key}]` : `.${n.key}`);
    return clip(`$${keys.reverse().join('')}`);
  };
  let values = 0;
  const stack: Node[] = [];
  if (input && typeof input === 'object') stack.push({ value: input, depth: 0 });
  while (stack.length) {
    const node = stack.pop()!;
    const { value, depth } = node;
    if (depth > SHAPE.depth) return { path: pathOf(node), message: `is nested more than ${SHAPE.depth} levels deep` };
    if (Array.isArray(value) && value.length > LIMITS.list)
      return { path: pathOf(node), message: `has ${value.length} items; at most ${LIMITS.list} are allowed` };
    const keys = Object.keys(value);
    values += keys.length;
    if (values > SHAPE.values) return { path: '$', message: `has more than ${SHAPE.values} values` };
    for (const key of keys) {
      const child: unknown = (value as Record<string, unknown>)[key];
      if (child && typeof child === 'object') stack.push({ value: child, parent: node, key, depth: depth + 1 });
    }
  }
  return undefined;
}

/** Checks parsed JSON against the format and its rules. The returned dataset is a fresh copy holding only known keys. */
export function validateDataset(input: unknown): Validation {
  const refused = runaway(input);
  if (refused) return { ok: false, issues: [refused] };
  const parsed = v.safeParse(Dataset, input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => ({ path: clip(jsonPath(issue)), message: clip(issue.message) })) };
  }
  const issues = checkRules(parsed.output);
  return issues.length ? { ok: false, issues } : { ok: true, dataset: parsed.output };
}
