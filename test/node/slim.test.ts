// The build-time savings of scripts/slim.ts: each applies to the installed packages and the schema as they are, fails
// loudly when it no longer can, and leaves its mark on the built bundle (built by `npm run build` before these tests).
// That the patched chart.js still draws is checked in a real browser by the e2e suite (test/e2e/harness.ts `inspect`:
// every canvas of every widget painted).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, withoutChartAnimation, withoutSchemaDescriptions } from '../../scripts/slim.js';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(join(root, 'package.json'));
const chartJs = readFileSync(join(require.resolve('chart.js'), '..', 'chart.js'), 'utf8');
const chartHelpers = readFileSync(join(require.resolve('chart.js'), '..', 'chunks/index.js'), 'utf8');
const schema = readFileSync(join(root, 'src/data/schema.ts'), 'utf8');
const bundle = readFileSync(join(root, 'dist/export-widgets.js'), 'utf8');

// Marks of the removed code that a minifier keeps: the easing table (used by `Animation` only) and the animator's
// listener lists. Both are in the installed chart.js, so their absence from the bundle means the patch applied.
const EASING = 'easeInOutBounce';
const LISTENERS = /listeners:\{complete:\[\],progress:\[\]\}/;

describe('chart.js without its animator (the kit draws with `animation: false`)', () => {
  it('the installed chart.js has the animation code the patch removes', () => {
    assert.ok(chartHelpers.includes(EASING), `${EASING} is in chart.js's helpers`);
    assert.match(chartJs, /listeners: \{\s*complete: \[\],\s*progress: \[\]/);
  });

  it('the patch applies to the installed chart.js once, and removes the animator and both animation classes', () => {
    const out = applyEdits(chartJs, withoutChartAnimation(chartJs)).toString();
    assert.doesNotMatch(out, /class Animator\b|new Animator\(|\binterpolators\b|_refresh\(\)/);
    assert.match(out, /const animator = \{/);
    assert.match(out, /class Animations \{/);
  });

  it('fails, naming chart.js, when a new version moves or changes the animation code', () => {
    for (const changed of [
      chartJs.replace('class Animator {', 'class Ticker {'),
      chartJs.replace('class Animations {', 'class AnimationSet {'),
      chartJs.replace('function scaleClip(', 'function clipOfScale('),
      chartJs + '\nclass Animator {}',
    ])
      assert.throws(() => withoutChartAnimation(changed), /chart\.js/);
  });

  it('the bundle has none of the removed code', () => {
    assert.ok(!bundle.includes(EASING), `dist/export-widgets.js holds chart.js's easing table (${EASING})`);
    assert.doesNotMatch(bundle, LISTENERS, "dist/export-widgets.js holds chart.js's animator");
  });
});

describe("the schema's descriptions stay out of the browser bundle", () => {
  const descriptions = [...schema.matchAll(/v\.description\('((?:[^'\\]|\\.)*)'\)/g)].map((m) => m[1]!);

  it('every description in src/data/schema.ts is dropped, and nothing else', () => {
    assert.ok(descriptions.length >= 10, `${descriptions.length} descriptions found`);
    const edits = withoutSchemaDescriptions(schema);
    assert.equal(edits.length, descriptions.length);
    // Each edit deletes one `, v.description('…')` and nothing around it.
    edits.forEach((e, i) => {
      assert.equal(e.text, '');
      assert.equal(schema.slice(e.start, e.end).replace(/^,\s*/, ''), `v.description('${descriptions[i]}')`);
    });
    assert.ok(!applyEdits(schema, edits).toString().includes('description('));
  });

  it('fails on a description it cannot drop', () => {
    assert.throws(
      () => withoutSchemaDescriptions(schema + '\nconst x = v.pipe(v.string(), v.description("double quotes"));'),
      /description/,
    );
  });

  it('the bundle holds none of their texts', () => {
    const shipped = descriptions.filter((d) => bundle.includes(d));
    assert.deepEqual(shipped, []);
  });
});

describe('the bundle keeps no annotation comments', () => {
  it('no /* @__PURE__ */ or /* #__PURE__ */', () => {
    assert.doesNotMatch(bundle, /[@#]__(PURE|NO_SIDE_EFFECTS)__/);
  });
});
