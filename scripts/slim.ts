/**
 * Build-time savings for the browser bundles (vite.config.ts), each one exact: a pattern that no longer matches fails
 * the build, so a new version of a dependency, or a new way of writing the schema, cannot silently undo a saving or
 * ship a half-patched file. test/node/slim.test.ts checks each against the installed packages and the built bundle.
 */
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

/** A replacement of `code.slice(start, end)`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The code with the edits made (they do not overlap). */
export function applyEdits(code: string, edits: readonly Edit[]): MagicString {
  const out = new MagicString(code);
  for (const { start, end, text } of edits) out.overwrite(start, end, text);
  return out;
}

/** `, v.description('…')` in a valibot pipe: single-quoted, the house style (Prettier). */
const DESCRIPTION = /,\s*v\.description\('(?:[^'\\\n]|\\.)*'\)/g;

/**
 * Drops the schema's `v.description(…)` texts from the browser bundles. They document the dataset format and feed the
 * JSON Schema that `npm run schema` writes (scripts/schema.ts runs the source, not the bundle); the widgets never read
 * them. Validation is unchanged: a description is metadata, not a check.
 */
export function withoutSchemaDescriptions(code: string): Edit[] {
  if (code.replace(DESCRIPTION, '').includes('description('))
    throw new Error("src/data/schema.ts: a description the build cannot drop; write it as `, v.description('…')` in a pipe");
  return [...code.matchAll(DESCRIPTION)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '' }));
}

/** The region of chart.js 4's ES build from its animator to the end of its animation classes. */
const ANIMATION_START = 'class Animator {';
const ANIMATION_END = 'function scaleClip(';
/** What stands in for it: every name chart.js uses or exports from that region, without any animation code. */
export const STILL_CHART = `/* export-widgets: animation removed at build time (scripts/slim.ts); the kit draws with \`animation: false\`. */
const animator = { listen() {}, add() {}, has: () => false, running: () => false, start() {}, stop() {}, remove() {} };
class Animation {}
class Animations {
    update(target, values) {
        Object.assign(target, values);
    }
}

`;

/**
 * Replaces chart.js's animator (its rAF loop), `Animation` (easing, colour interpolation) and `Animations` with
 * stand-ins. With `animation: false`, which every chart of the kit sets, chart.js never animates: `Animations` has no
 * animated properties and only assigns the new values, which is all the stand-in does, and the animator is only asked
 * whether it runs (never). The easing table goes with them (no other user). Fails unless the region is found once and
 * holds the three classes, so a chart.js that moves or renames them fails the build instead of half-patching it.
 */
export function withoutChartAnimation(code: string): Edit[] {
  const start = code.indexOf(ANIMATION_START);
  const end = code.indexOf(ANIMATION_END);
  const region = start >= 0 && end > start ? code.slice(start, end) : '';
  const expected = ['var animator = /* #__PURE__ */ new Animator();', 'class Animation {', 'class Animations {'];
  if (!region || code.indexOf(ANIMATION_START, start + 1) >= 0 || !expected.every((s) => region.includes(s)))
    throw new Error(
      `chart.js: the animation code is not where scripts/slim.ts expects it (${expected.join(', ')} before ${ANIMATION_END})`,
    );
  if (/\bAnimator\b/.test(code.slice(end)) || /\binterpolators\b/.test(code.slice(end)))
    throw new Error('chart.js: code outside the removed region uses the animator class or its interpolators');
  return [{ start, end, text: STILL_CHART }];
}

/**
 * Property names the minifier shortens (rolldown's `mangleProps`, vite.config.ts): chart.js's `_`-prefixed internals
 * (`_cachedMeta`, `_parsed`, `_resolverCache`, …; about 140 names, 0.8 KB gzip). Lit's `_$` names stay: they are its
 * protocol between copies and versions of Lit on one page. The kit's own private fields are `#` names, which the
 * minifier shortens anyway.
 */
export const MANGLED_PROPERTIES = /^_[^$]/;

/**
 * The `_` names chart.js reaches by a name built at run time or held in a string, which must keep their spelling.
 * test/node/slim.test.ts fails if a new chart.js (or any bundled package) reads another `_` name that way.
 */
export const KEPT_PROPERTIES = [
  // Option keys: `resolveKeysFromAllScopes` skips keys that start with `_`, and `_resolve('_fallback', …)` is a string.
  '_fallback',
  '_scriptable',
  '_indexable',
  '_allKeys',
  // The bar controller's default scale ids, keys of its `overrides.scales` and compared as strings.
  '_index_',
  '_value_',
  // `Object.defineProperty(array, '_chartjs', …)`, and `compare2Level('z', '_idx')`.
  '_chartjs',
  '_idx',
  // Methods called as `this[method]` ('_insertElements'), `'_onData' + …` and `'_' + prefix + 'DatasetHoverStyle'`.
  '_insertElements',
  '_removeElements',
  '_onDataPush',
  '_onDataPop',
  '_onDataShift',
  '_onDataSplice',
  '_onDataUnshift',
  '_setDatasetHoverStyle',
  '_removeDatasetHoverStyle',
];

const SCHEMA = /\/src\/data\/schema\.ts$/;
const CHART_JS = /\/node_modules\/chart\.js\/dist\/chart\.js$/;

/** Both savings as one Vite plugin, for builds only (the dev server and the tests' esbuild keep the sources as written). */
export function slim(): Plugin {
  const applied = new Set<string>();
  return {
    name: 'export-widgets:slim',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      applied.clear();
    },
    transform(code, id) {
      const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
      try {
        const edits = SCHEMA.test(path) ? withoutSchemaDescriptions(code) : CHART_JS.test(path) ? withoutChartAnimation(code) : undefined;
        if (!edits) return null;
        if (CHART_JS.test(path)) applied.add('chart.js');
        const out = applyEdits(code, edits);
        // Column-exact maps for the schema; line-level ones for chart.js's 400 KB, where exact ones cost a second a build.
        return { code: out.toString(), map: out.generateMap({ source: id, hires: SCHEMA.test(path) }) };
      } catch (error) {
        this.error((error as Error).message);
      }
    },
    buildEnd(error) {
      // A build without chart.js has nothing to patch; one that bundles chart.js from another file (a new version's
      // layout) fails here rather than ship the animator.
      if (!error && [...this.getModuleIds()].some((id) => id.includes('/node_modules/chart.js/')) && !applied.has('chart.js'))
        this.error('chart.js was bundled without its animation removed (scripts/slim.ts)');
    },
  };
}
