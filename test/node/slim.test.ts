// The build-time savings of scripts/slim.ts: each applies to the installed packages and the schema as they are, is
// skipped and named when it no longer can, and leaves its mark on the built bundle (built by `npm run build` first).
// That the patched chart.js still draws is checked in a real browser by the e2e suite (test/e2e/harness.ts `inspect`:
// every canvas of every widget painted).
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import {
  ANIMATOR,
  applyEdits,
  BUILT_NAMES,
  chartPatches,
  classMethods,
  colourAlias,
  installedChartJs,
  installedRenames,
  KEPT_PROPERTIES,
  MANGLED_CHART_METHODS,
  propertyRenames,
  TOGETHER,
  UNUSED_CHART_PARTS,
  WRITTEN_FOR,
  withoutChartAnimation,
  withoutSchemaDescriptions,
  type Edit,
} from '../../scripts/slim.js';

const root = new URL('../../', import.meta.url).pathname;
const { chart: chartJs, helpers: chartHelpers } = installedChartJs();
const schema = readFileSync(join(root, 'src/data/schema.ts'), 'utf8');
const bundle = readFileSync(join(root, 'dist/export-widgets.js'), 'utf8');
const MANGLED_PROPERTIES = installedRenames().include!;
const { version } = JSON.parse(readFileSync(join(root, 'node_modules/chart.js/package.json'), 'utf8')) as { version: string };
/** The lines of `lines` that are not in `before`: what a change to chart.js's code added. */
const without = (lines: readonly string[], before: readonly string[]) => lines.filter((line) => !before.includes(line));
const edit = (result: Edit | string): Edit => {
  assert.equal(typeof result, 'object', String(result));
  return result as Edit;
};

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
    const out = applyEdits(chartJs, [edit(withoutChartAnimation(chartJs))]).toString();
    assert.doesNotMatch(out, /class Animator\b|new Animator\(|\binterpolators\b|_refresh\(\)/);
    assert.match(out, /const animator = \{/);
    assert.match(out, /class Animations \{/);
  });

  it('is skipped with its reason, with the parts that rely on it, when a new version moves or changes the animation code', () => {
    for (const changed of [
      chartJs.replace('class Animator {', 'class Ticker {'),
      chartJs.replace('class Animations {', 'class AnimationSet {'),
      chartJs.replace('function scaleClip(', 'function clipOfScale('),
      chartJs + '\nclass Animator {}',
    ]) {
      assert.equal(typeof withoutChartAnimation(changed), 'string');
      const { skipped } = chartPatches(changed, UNUSED_CHART_PARTS.chart, true);
      assert.match(skipped.join('\n'), new RegExp(`chart\\.js: ${ANIMATOR.replace(/\./g, '\\.')} kept \\(`));
      assert.match(skipped.join('\n'), /chart\.js: DatasetController#_resolveAnimations kept \(goes with Animator/);
    }
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
    const { edits, skipped } = withoutSchemaDescriptions(schema);
    assert.deepEqual(skipped, []);
    assert.equal(edits.length, descriptions.length);
    // Each edit deletes one `, v.description('…')` and nothing around it.
    edits.forEach((e, i) => {
      assert.equal(e.text, '');
      assert.equal(schema.slice(e.start, e.end).replace(/^,\s*/, ''), `v.description('${descriptions[i]}')`);
    });
    assert.ok(!applyEdits(schema, edits).toString().includes('description('));
  });

  it('keeps a description it cannot drop, and says so', () => {
    const { edits, skipped } = withoutSchemaDescriptions(schema + '\nconst x = v.pipe(v.string(), v.description("double quotes"));');
    assert.equal(edits.length, descriptions.length);
    assert.deepEqual(skipped, ["src/data/schema.ts: 1 description(s) kept; write each as `, v.description('…')` in a pipe"]);
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

describe("chart.js's `_` properties shortened by the minifier", () => {
  // Every file the bundle is made of, as installed (the source map lists them), chart.js among them.
  const map = JSON.parse(readFileSync(join(root, 'dist/export-widgets.js.map'), 'utf8')) as { sources: string[] };
  const files = map.sources.map((s) => resolve(root, 'dist', s)).filter((f) => existsSync(f));
  const bundled = files.map((f) => ({ file: f.replace(/.*node_modules\//, ''), code: readFileSync(f, 'utf8') }));
  const kept = new Set<string>(KEPT_PROPERTIES);
  // The `_` keys of chart.js's object literals that are its own state, never option keys (the resolver's proxy targets,
  // metas, stacks; and in parts the kit does not bundle: lines, plugins, the date adapter). A new one must be looked at.
  const STATE_KEYS = new Set([
    ...['_cachedMeta', '_descriptors', '_metasets', '_longestTextCache', '_data', '_active', '_sorted', '_parsed', '_dataset'],
    ...['_cacheable', '_subProxy', '_stack', '_scopes', '_rootScopes', '_proxy', '_getTarget', '_context', '_storage'],
    ...['_datasetIndex', '_loop', '_fullLoop', '_element', '_date'],
  ]);

  it('the bundle is made of the files this test reads, chart.js among them', () => {
    assert.ok(bundled.some((b) => b.file === 'chart.js/dist/chart.js'));
    assert.ok(bundled.length >= 30, `${bundled.length} files`);
  });

  it('no bundled file names a shortened property in a string (every such name is kept)', () => {
    const named = bundled.flatMap(({ file, code }) =>
      // Quoted names, not a prefix joined to more (those are the next test's), nor an HTML attribute's value in a
      // template (`target="_blank"`); chart.js's comments quote with backticks.
      [...code.matchAll(/(?<!=)(['"])(_[A-Za-z0-9_]+)\1(?!\s*\+)/g)]
        .map((m) => m[2]!)
        .filter((name) => MANGLED_PROPERTIES.test(name) && name !== '__proto__' && !kept.has(name))
        .map((name) => `${file}: '${name}'`),
    );
    assert.deepEqual(named, []);
  });

  it('every name built at run time from a `_` prefix is a known one, and the names it builds are kept', () => {
    const built = bundled.flatMap(({ code }) => [...code.matchAll(/^.*(['"`])_[A-Za-z]*\1\s*\+.*$/gm)].map((m) => m[0].trim()));
    assert.deepEqual(built.sort(), [...BUILT_NAMES].sort());
    const chart = bundled.find((b) => b.file === 'chart.js/dist/chart.js')!.code;
    for (const name of new Set(chart.match(/\b_onData[A-Z]\w*|\b_(?:set|remove)DatasetHoverStyle\b/g)))
      assert.ok(kept.has(name), `${name} is built at run time and must be kept`);
  });

  it("chart.js's `_` keys in object literals are its own state, or kept option keys", () => {
    const keys = bundled
      .filter((b) => b.file.startsWith('chart.js/'))
      .flatMap(({ code }) => [...code.matchAll(/(?:^|[{,])\s*(_[A-Za-z0-9_]+)\s*:/gm)].map((m) => m[1]!));
    const unknown = [...new Set(keys)].filter((k) => MANGLED_PROPERTIES.test(k) && k !== '__proto__' && !kept.has(k) && !STATE_KEYS.has(k));
    assert.deepEqual(unknown, []);
  });

  it('the bundle has shortened them: no `_cachedMeta` left, the kept names still there', () => {
    assert.ok(!bundle.includes('_cachedMeta'));
    for (const name of ['_scriptable', '_index_', '_fallback']) assert.ok(bundle.includes(name), name);
  });
});

describe("chart.js's method names shortened by the minifier (MANGLED_CHART_METHODS)", () => {
  const map = JSON.parse(readFileSync(join(root, 'dist/export-widgets.js.map'), 'utf8')) as { sources: string[] };
  const files = map.sources.map((s) => resolve(root, 'dist', s)).filter((f) => existsSync(f));
  const bundled = files.map((f) => ({ file: f.replace(/.*node_modules\//, ''), code: readFileSync(f, 'utf8') }));
  const methods = classMethods(chartJs);

  it('the pattern shortens each one the installed chart.js has as a method, and `_` names, and nothing else', () => {
    for (const name of MANGLED_CHART_METHODS.filter((n) => methods.has(n))) assert.ok(MANGLED_PROPERTIES.test(name), name);
    for (const name of ['update', 'draw', 'handleEvent', 'initialize', 'beforeFit', 'getContext', 'isHorizontalX', 'xgetMeta'])
      assert.ok(!MANGLED_PROPERTIES.test(name), name);
  });

  it('no bundled file names one in a string, and the kit never names one', () => {
    const names = new Set(MANGLED_CHART_METHODS);
    const named = bundled.flatMap(({ file, code }) =>
      [...code.matchAll(/(['"`])([A-Za-z]+)\1/g)].filter((m) => names.has(m[2]!)).map((m) => `${file}: ${m[0]}`),
    );
    assert.deepEqual(named, []);
    const kit = bundled.filter((b) => b.file.startsWith(join(root, 'src/')));
    const used = kit.flatMap(({ file, code }) =>
      MANGLED_CHART_METHODS.filter((n) => new RegExp(`\\b${n}\\b`).test(code)).map((n) => `${file}: ${n}`),
    );
    assert.ok(kit.length > 10, `${kit.length} of the kit's files`);
    assert.deepEqual(used, []);
  });

  it('none is an option chart.js reads (`options.beforeFit` shares its method’s name)', () => {
    const read = new Set([...chartJs.matchAll(/\b(?:options|opts)\.([A-Za-z]+)/g)].map((m) => m[1]!));
    assert.deepEqual(
      MANGLED_CHART_METHODS.filter((n) => read.has(n)),
      [],
    );
  });

  it('the bundle has shortened them', () => {
    for (const name of ['notifyPlugins', 'isHorizontal', 'getPixelForValue', 'buildOrUpdateScales'])
      assert.ok(!bundle.includes(`.${name}`), name);
  });

  it('a rename a new chart.js makes unsafe is left out, and named: a name held in a string, read as an option, gone', () => {
    const changed = chartJs
      .replace('notifyPlugins(hook, args, filter) {', "notifyPlugins(hook, args, filter) {\n        this['getMeta'];")
      .replace('const hoverOptions = this.options.hover;', 'const hoverOptions = this.options.hover || this.options.drawGrid;')
      .replace(/\bgetTickLimit\(\) \{/, 'tickLimit() {');
    const { include, skipped } = propertyRenames(changed, chartHelpers);
    assert.deepEqual(without(skipped, installedRenames().skipped), [
      'chart.js: method getMeta keeps its name (held in a string)',
      'chart.js: method drawGrid keeps its name (read as an option)',
      'chart.js: method getTickLimit keeps its name (no longer a method)',
    ]);
    for (const name of ['getMeta', 'drawGrid', 'getTickLimit']) assert.ok(!include!.test(name), name);
    assert.ok(include!.test('notifyPlugins') && include!.test('_cachedMeta'));
  });

  it('a `_` name a new chart.js holds in a string is kept; one built at run time in a new way turns `_` renaming off', () => {
    const held = propertyRenames(chartJs.replace('const meta = this._cachedMeta;', "const meta = this['_cachedMeta'];"), chartHelpers);
    assert.deepEqual(without(held.skipped, installedRenames().skipped), ['chart.js: _cachedMeta keeps its name (held in a string)']);
    assert.ok(held.reserved.includes('_cachedMeta'));
    const built = propertyRenames(chartJs + "\nconst key = '_cached' + name;", chartHelpers);
    assert.deepEqual(without(built.skipped, installedRenames().skipped), [
      "chart.js: no `_` property renamed (a name built at run time: const key = '_cached' + name;)",
    ]);
    assert.ok(!built.include!.test('_cachedMeta') && built.include!.test('notifyPlugins'));
  });

  it('with nothing left to rename, the minifier is given no pattern (its regular expressions have no look-ahead)', () => {
    const none = propertyRenames("const key = '_cached' + name;", chartHelpers);
    assert.equal(none.skipped.length, MANGLED_CHART_METHODS.length + 1);
    assert.equal(none.include, undefined);
  });

  it(`chart.js ${WRITTEN_FOR}, which they were written for, takes every rename; another version names each it leaves out`, () => {
    const { skipped } = installedRenames();
    if (version === WRITTEN_FOR) assert.deepEqual(skipped, []);
    else for (const line of skipped) assert.match(line, /^chart\.js: (method )?\S+ keeps its name \(|^chart\.js: no `_` property renamed/);
  });
});

describe('the dataset, the texts and the styles ahead of the code (vite.config.ts, textsFirst)', () => {
  const { sources } = JSON.parse(readFileSync(join(root, 'dist/export-widgets.js.map'), 'utf8')) as { sources: string[] };
  const at = (pattern: RegExp) => sources.findIndex((s) => pattern.test(s));

  it('the dataset comes before all code but the few lines that precede it', () => {
    const start = bundle.indexOf('$schema:');
    assert.ok(start > 0, 'the dataset is embedded');
    assert.ok(start < 500, `the dataset starts at character ${start}`);
  });

  it("every widget's messages and styles come before the first widget's code and chart.js", () => {
    const texts = sources.filter((s) => /\/src\/widgets\/[^/]+\/[^/]+\.(messages|styles)\.ts$/.test(s));
    assert.equal(texts.length, 10, texts.join('\n'));
    const code = Math.min(
      at(/\/src\/widgets\/([^/]+)\/\1\.ts$/),
      at(/chart\.js\/dist\/chart\.js$/),
      at(/\/src\/shared\/export-widget\.ts$/),
    );
    assert.ok(code > 0);
    for (const text of [...texts, ...sources.filter((s) => /\/src\/i18n\/(messages|countries)\.ts$/.test(s))])
      assert.ok(sources.indexOf(text) < code, `${text} comes after code (${sources[code]})`);
  });
});

describe("Lit's templates minified at build time", () => {
  it('no template keeps its line breaks and indentation', () => {
    assert.doesNotMatch(bundle, /\n\s/);
  });

  it('a space that separates words is kept: a nested template that starts with one still does', () => {
    assert.match(bundle, /` <span class="muted">\(/);
  });
});

describe('chart.js without the parts the kit never runs (UNUSED_CHART_PARTS)', () => {
  const { chart, helpers } = UNUSED_CHART_PARTS;

  it(`each part is found once in chart.js ${WRITTEN_FOR} and replaced; another version names each one it skips`, () => {
    for (const [code, parts, animation] of [
      [chartJs, chart, true],
      [chartHelpers, helpers, false],
    ] as const) {
      const { edits, skipped } = chartPatches(code, parts, animation);
      if (version === WRITTEN_FOR) assert.deepEqual(skipped, []);
      else for (const line of skipped) assert.match(line, /^chart\.js: \S+ kept \(/);
      assert.equal(edits.length + skipped.length, parts.length + (animation ? 1 : 0));
      const out = applyEdits(
        code,
        [...edits].sort((a, b) => a.start - b.start),
      ).toString();
      // In the output, each part is gone or no longer what it was.
      for (const part of parts) assert.equal(chartPatches(out, [part]).edits.length, 0, part.part);
    }
  });

  it('names each part that goes together with others, and each is one of the parts', () => {
    const names = new Set([ANIMATOR, ...chart.map((p) => p.part)]);
    assert.deepEqual(
      TOGETHER.flat().filter((n) => !names.has(n)),
      [],
    );
  });

  it('skips, naming chart.js and the part, one that a new version renames or changes; the others still apply', () => {
    const renamed = chartPatches(chartJs.replace('bindResponsiveEvents() {', 'bindResizeEvents() {'), chart);
    const before = chartPatches(chartJs, chart);
    assert.deepEqual(without(renamed.skipped, before.skipped), ['chart.js: Chart#bindResponsiveEvents kept (not found)']);
    assert.equal(renamed.edits.length, before.edits.length - 1);
    const helper = chartPatches(chartHelpers.replace("easing: 'easeOutQuart',", "easing: 'linear',"), helpers);
    assert.deepEqual(without(helper.skipped, chartPatches(chartHelpers, helpers).skipped), [
      "chart.js: applyAnimationsDefaults kept (no longer holds «easing: 'easeOutQuart',»)",
    ]);
  });

  it('skips a whole group when one of its parts no longer matches: no method removed while its caller stays', () => {
    const changed = chartJs.replace('const hoverOptions = this.options.hover;', 'const hover = this.options.hover;');
    const { edits, skipped } = chartPatches(changed, chart);
    const hover = TOGETHER.find((group) => group.includes('Chart#_updateHoverStyles'))!;
    assert.match(skipped[0]!, /^chart\.js: Chart#_updateHoverStyles kept \(no longer holds/);
    assert.deepEqual(
      skipped.slice(1),
      hover
        .filter((p) => p !== 'Chart#_updateHoverStyles')
        .map((p) => `chart.js: ${p} kept (goes with Chart#_updateHoverStyles, which did not apply)`),
    );
    assert.equal(edits.length, chart.length - hover.length);
    const out = applyEdits(changed, edits).toString();
    assert.match(out, /updateHoverStyle\(items, mode, enabled\) \{/);
  });

  it('the bundle has none of them: no axis title, image export, hover restyle, default animation or size watching', () => {
    for (const gone of [
      ...['toDataURL', 'easeOutQuart', 'No dataset found at index', '_responsiveListeners', 'DatasetHoverStyle'],
      // Data parsed only from arrays of numbers, data arrays not watched, no radial search, number formats or underlines.
      ...['xAxisKey', '_chartjs', 'startAngle', 'scientific', 'strikethrough'],
      // No stacks (their 'single' mode), no synced data changes (`c.splice(1)`).
      ...['`single`', 'splice(1)'],
      // No registry of one kind at a time, no tooltip position.
      ...['addControllers', 'removeScales', 'tooltipPosition'],
    ])
      assert.ok(!bundle.includes(gone), `dist/export-widgets.js holds ${gone}`);
  });
});

describe("chart.js's colour library replaced by the kit's pass-through", () => {
  it('only while chart.js imports nothing from it but `Color`', () => {
    const installed = [chartJs, chartHelpers].join('\n');
    assert.equal(typeof colourAlias(installed), 'object');
    assert.equal(
      colourAlias(installed.replace("import { Color } from '@kurkle/color';", "import { Color, hsl } from '@kurkle/color';")),
      'chart.js imports {Color,hsl} from @kurkle/color',
    );
  });
});
