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

/** Checks parsed JSON against the format and its rules. The returned dataset is a fresh copy holding only known keys. */
export function validateDataset(input: unknown): Validation {
  // Refuse runaway lists before walking them: a million rows would freeze the tab for nothing.
  if (input && typeof input === 'object') {
    for (const [key, value] of Object.entries(input)) {
      if (Array.isArray(value) && value.length > LIMITS.list)
        return { ok: false, issues: [{ path: `$.${key}`, message: `has ${value.length} items; at most ${LIMITS.list} are allowed` }] };
    }
  }
  const parsed = v.safeParse(Dataset, input);
  if (!parsed.success) {
    return { ok: false, issues: parsed.issues.map((issue) => ({ path: jsonPath(issue), message: issue.message })) };
  }
  const issues = checkRules(parsed.output);
  return issues.length ? { ok: false, issues } : { ok: true, dataset: parsed.output };
}
