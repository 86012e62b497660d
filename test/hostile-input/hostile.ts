/**
 * Generated hostile datasets: the frozen fixture dataset, changed in one to three places by fast-check. Numbers at
 * the format's limits and just past them, -0, 5e-324, "NaN" as a string, huge, empty and blank strings, control and
 * bidi characters, lone surrogates, keys removed, and `__proto__` keys at any depth. Used by the Node property tests
 * of the validator (test/node/hostile-data.test.ts) and the browser ones that render every widget
 * (test/hostile-input/generated-datasets.test.ts). Each case is JSON text, parsed as the loader parses it.
 */
import fc from 'fast-check';
import { VALUE_RANGE } from '../../src/data/schema.js';

/** The seed every run starts from, so CI runs are repeatable; `FC_SEED` picks another. */
export const SEED = 17;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every place in the value: the path of each object, array and leaf (the root excluded). */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object')
    for (const [key, child] of Object.entries(value)) {
      const path = [...at, Array.isArray(value) ? Number(key) : key];
      out.push(path);
      paths(child, path, out);
    }
  return out;
}

const limits = Object.values(VALUE_RANGE).flatMap(({ min, max }) => [min, max, min - 1e-9, max * (1 + 1e-12), max + 1]);
const numbers = fc.oneof(
  // The review's findings, most often.
  { arbitrary: fc.constantFrom(-0, 0, 5e-324, 1.7e308), weight: 3 },
  { arbitrary: fc.constantFrom(1e-7, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, -1, 0.5, 1e15, 1e16, 100.5, ...limits), weight: 3 },
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const bidi = ['\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c'];
const strings = fc.oneof(
  fc.constantFrom('', ' ', '\t\n', 'NaN', 'Infinity', '-Infinity', '-0', '1e999', '__proto__', 'constructor', 'toString', 'x'.repeat(4001)),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .tuple(
      fc.string({ maxLength: 10 }),
      fc.constantFrom(...bidi, '\u0000', '\u0007', '\u001b', '\ud800', '\udfff', '\ufeff'),
      fc.string({ maxLength: 10 }),
    )
    .map(([a, b, c]) => a + b + c),
);
const values: fc.Arbitrary<Json> = fc.oneof(numbers, strings, fc.constantFrom<Json>(null, true, false, [], {}, [null]));

type Change =
  | { op: 'set'; at: number; value: Json }
  | { op: 'delete'; at: number }
  | { op: 'proto'; at: number; value: Json }
  | { op: 'number'; at: number; value: number }
  | { op: 'plausible'; at: number; fraction: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: values }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('proto' as const), at: fc.nat(), value: fc.oneof(values, fc.constant<Json>({ polluted: 'yes' })) }),
  // Numbers are where the findings were: changes aimed at a figure's value, not at any place, weigh most.
  { arbitrary: fc.record({ op: fc.constant('number' as const), at: fc.nat(), value: numbers }), weight: 6 },
  // And values anywhere in their unit's range, most of which the format accepts: the widgets must draw those.
  {
    arbitrary: fc.record({ op: fc.constant('plausible' as const), at: fc.nat(), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
    weight: 3,
  },
);

const jsonPath = (path: Path) => `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;
const show = (value: Json) => {
  const text = Object.is(value, -0) ? '-0' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length} chars)` : text;
};

/** Applies one change; says what it did, for fast-check's report of a failing case. */
function apply(data: Json, c: Change): string {
  const all = paths(data);
  const pick =
    c.op === 'number' || c.op === 'plausible'
      ? all.filter((p) => p.at(-1) === 'value' && p[0] === 'figures')
      : c.op === 'proto'
        ? [[], ...all]
        : all;
  const path = pick[c.at % pick.length];
  if (!path) return 'nothing';
  const parentOf = (p: Path) => p.slice(0, -1).reduce<any>((node, key) => node[key], data);
  if (c.op === 'proto') {
    const target = path.reduce<any>((node, key) => node[key], data);
    const object = target && typeof target === 'object' && !Array.isArray(target) ? target : parentOf(path);
    if (object && typeof object === 'object' && !Array.isArray(object))
      // An own key named __proto__, as JSON.parse makes it: assignment would set the prototype instead.
      Object.defineProperty(object, '__proto__', { value: c.value, enumerable: true, writable: true, configurable: true });
    return `${jsonPath(path)} (or its parent).__proto__ = ${show(c.value)}`;
  }
  const parent = parentOf(path);
  const key = path.at(-1)!;
  if (c.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
    return `delete ${jsonPath(path)}`;
  }
  if (c.op === 'plausible') {
    const range = VALUE_RANGE[parent.unit as keyof typeof VALUE_RANGE] ?? VALUE_RANGE.RUB;
    const value = range.min + (range.max - range.min) * c.fraction ** 8;
    parent[key] = range.whole ? Math.round(value) : value;
    return `${jsonPath(path)} = ${parent[key]}`;
  }
  parent[key] = c.value;
  return `${jsonPath(path)} = ${show(c.value)}`;
}

/** A generated file: its JSON text, and the changes that made it (what fast-check prints for a failing case). */
export interface HostileCase {
  readonly json: string;
  readonly changes: readonly string[];
}

/** `base` with one to three hostile changes, as JSON text; -0 is written as `-0` (JSON.stringify would write 0). */
export const hostileDataset = (base: unknown): fc.Arbitrary<HostileCase> =>
  fc.array(change, { minLength: 1, maxLength: 3 }).map((list) => {
    const data = structuredClone(base) as Json;
    const changes = list.map((c) => apply(data, c));
    const json = JSON.stringify(data, (_key, value: unknown) => (Object.is(value, -0) ? '__minus_zero__' : value)).replace(
      /"__minus_zero__"/g,
      '-0',
    );
    return { json, changes, [fc.toStringMethod]: () => `changes: ${changes.join('; ')}` };
  });

/** Text that betrays a number no one should read. */
export const NOT_A_FIGURE = /NaN|Infinity|∞/;
/** Whether `text` shows a non-number the dataset did not itself contain as text (a name "NaN" is data, shown as given). */
export const showsNonFigure = (text: string, json: string) => NOT_A_FIGURE.test(text) && !NOT_A_FIGURE.test(json);

/** Object.prototype as it should stay: no keys. */
export const prototypeClean = () => Object.getOwnPropertyNames(Object.prototype).every((k) => k in BASE_PROTOTYPE) && !('polluted' in {});
const BASE_PROTOTYPE = Object.fromEntries(Object.getOwnPropertyNames(Object.prototype).map((k) => [k, true]));
