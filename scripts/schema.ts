/**
 * Writes data/dataset.schema.json from the valibot schema in src/data/schema.ts
 * (npm run schema). With --check, exits 1 when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { Dataset } from '../src/data/schema.js';

export function jsonSchema(): string {
  const schema = {
    ...toJsonSchema(Dataset, { errorMode: 'ignore' }),
    $id: 'https://export-widgets.invalid/dataset.schema.json',
    title: 'export-widgets dataset',
    description:
      'Export figures of a special economic zone, each with its source and the exact quote it rests on. Generated from src/data/schema.ts by `npm run schema`; rules beyond the schema are in src/data/rules.ts and data/README.md.',
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

const path = new URL('../data/dataset.schema.json', import.meta.url);
if (process.argv.includes('--check')) {
  const current = readFileSync(path, 'utf8');
  if (current !== jsonSchema()) {
    console.error('data/dataset.schema.json is out of date: run npm run schema');
    process.exit(1);
  }
} else {
  writeFileSync(path, jsonSchema());
  console.log('wrote data/dataset.schema.json');
}
