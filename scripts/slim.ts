/**
 * Build-time savings for the browser bundles (vite.config.ts). Each is an optimisation that may not apply: a patch
 * applies only where the installed code still reads as expected, and the build names each one it skips and goes on,
 * larger but whole, so a new chart.js 4.x builds without re-deriving anything. `EW_UNPATCHED=1` builds with none.
 * test/node/slim.test.ts checks each against the installed packages and the built bundle.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
import { parseAst, type Plugin } from 'vite';
import { MANGLED_CHART_METHODS } from './chart-methods.js';

export { MANGLED_CHART_METHODS };

/** The chart.js the patches and renames were written and measured for: on another, some may be skipped. */
export const WRITTEN_FOR = '4.6.1';

/** Build with no patch and no renaming at all: the kit as its packages are published, for CI to test it whole. */
export const UNPATCHED = process.env['EW_UNPATCHED'] === '1';

/** What a patch did to one file: the edits it makes, and one line for each saving it skipped and why. */
export interface Patched {
  readonly edits: Edit[];
  readonly skipped: string[];
}

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
export function withoutSchemaDescriptions(code: string): Patched {
  const left = code.replace(DESCRIPTION, '').split('description(').length - 1;
  return {
    edits: [...code.matchAll(DESCRIPTION)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: '' })),
    skipped: left ? [`src/data/schema.ts: ${left} description(s) kept; write each as \`, v.description('…')\` in a pipe`] : [],
  };
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
 * whether it runs (never). The easing table goes with them (no other user). Applies only if the region is found once,
 * holds the three classes and nothing after it uses the animator: otherwise the reason, and chart.js keeps them.
 */
export function withoutChartAnimation(code: string): Edit | string {
  const start = code.indexOf(ANIMATION_START);
  const end = code.indexOf(ANIMATION_END);
  const region = start >= 0 && end > start ? code.slice(start, end) : '';
  const expected = ['var animator = /* #__PURE__ */ new Animator();', 'class Animation {', 'class Animations {'];
  if (!region || code.indexOf(ANIMATION_START, start + 1) >= 0 || !expected.every((s) => region.includes(s)))
    return `the animation code is not where expected (${expected.join(', ')} before ${ANIMATION_END})`;
  if (/\bAnimator\b/.test(code.slice(end)) || /\binterpolators\b/.test(code.slice(end)))
    return 'code outside the animation region uses the animator class or its interpolators';
  return { start, end, text: STILL_CHART };
}

/** The animation region's name among the parts, for `TOGETHER`. */
export const ANIMATOR = 'Animator…Animations';

/**
 * A part of chart.js's ES build the kit never runs, replaced: `Class#method` (a method of a top-level class),
 * `object.key.key` (a property of a top-level object) or `name` (a top-level function), `holds` a line of its code as installed, and `text` what stands
 * in for it ('' to remove it).
 */
export interface ChartPart {
  readonly part: string;
  readonly holds: string;
  readonly text: string;
}

/**
 * What the kit's charts never run, in chart.js 4.6 (chart.js/dist/chart.js and its helpers, chunks/index.js): about
 * 2 KB gzip. Every chart is a bar chart created by src/controllers/chart-controller.ts, which always sets
 * `responsive: false`, and whose configs set `animation: false`, draw no axis title, and register no tooltip or legend.
 * test/controllers/slim-contract.test.ts reads every chart the widgets draw and fails if one starts to need a part
 * removed here (data other than arrays of numbers, stacks, rounded bars, chart.js's number format for ticks…).
 */
export const UNUSED_CHART_PARTS: Readonly<Record<'chart' | 'helpers', readonly ChartPart[]>> = {
  chart: [
    // Animation options: charts are drawn without animation (the animator is gone, see withoutChartAnimation), so no
    // element needs its animation options resolved.
    {
      part: 'DatasetController#_resolveAnimations',
      holds: 'const scopeKeys = config.datasetAnimationScopeKeys(this._type, transition);',
      text: '_resolveAnimations() {\n        return new Animations();\n    }',
    },
    { part: 'Config#datasetAnimationScopeKeys', holds: '`${datasetType}.transition.${transition}`', text: '' },
    // Axis titles: the kit's charts set none (`title.display` is false), so this only ever returned at once.
    { part: 'Scale#drawTitle', holds: 'if (!title.display) {', text: 'drawTitle() {}' },
    // Watching the canvas's size, attachment and device pixel ratio: only for `responsive: true`, which the controller
    // never sets (it sizes every chart itself). Pointer events (the growth chart's `click`) keep their listener.
    {
      part: 'Chart#bindResponsiveEvents',
      holds: 'this._responsiveListeners = {};',
      text: "bindResponsiveEvents() {\n        throw new Error('export-widgets: chart.js is built without responsive charts (scripts/slim.ts)');\n    }",
    },
    {
      part: 'DomPlatform#addEventListener',
      holds: 'const handler = handlers[type] || createProxyAndListen;',
      text: 'addEventListener(chart, type, listener) {\n        const proxies = chart.$proxies || (chart.$proxies = {});\n        proxies[type] = createProxyAndListen(chart, type, listener);\n    }',
    },
    {
      part: 'DomPlatform#removeEventListener',
      holds: 'const handler = handlers[type] || removeListener;',
      text: 'removeEventListener(chart, type) {\n        const proxies = chart.$proxies || (chart.$proxies = {});\n        const proxy = proxies[type];\n        if (!proxy) {\n            return;\n        }\n        removeListener(chart, type, proxy);\n        proxies[type] = undefined;\n    }',
    },
    // Interaction modes other than the default, 'nearest', which the kit's click uses. An unknown mode finds no element.
    ...['index', 'dataset', 'point', 'x', 'y'].map((mode) => ({
      part: `Interaction.modes.${mode}`,
      holds: `${mode} (chart, e, options, useFinalPosition)`,
      text: '',
    })),
    // Hover styles: the kit's colour library is a pass-through (src/vendor/kurkle-color.ts), so a bar's hover colours
    // are its own colours, and a clicked bar looked the same after its restyle as before.
    { part: 'Chart#_updateHoverStyles', holds: 'const hoverOptions = this.options.hover;', text: '_updateHoverStyles() {}' },
    { part: 'Chart#updateHoverStyle', holds: "const prefix = enabled ? 'set' : 'remove';", text: '' },
    { part: 'DatasetController#_setStyle', holds: 'const options = this.getStyle(index, active);', text: '' },
    { part: 'DatasetController#getStyle', holds: "const mode = active ? 'active' : 'default';", text: '' },
    { part: 'DatasetController#removeHoverStyle', holds: "this._setStyle(element, index, 'active', false);", text: '' },
    { part: 'DatasetController#setHoverStyle', holds: "this._setStyle(element, index, 'active', true);", text: '' },
    { part: 'DatasetController#_removeDatasetHoverStyle', holds: "this._setStyle(element, undefined, 'active', false);", text: '' },
    { part: 'DatasetController#_setDatasetHoverStyle', holds: "this._setStyle(element, undefined, 'active', true);", text: '' },
    // For the tooltip, which the kit does not register.
    {
      part: 'DatasetController#getLabelAndValue',
      holds: "label: iScale ? '' + iScale.getLabelForValue(parsed[iScale.axis]) : '',",
      text: '',
    },
    { part: 'BarController#getLabelAndValue', holds: 'const custom = parsed._custom;', text: '' },
    // chart.js's public API for pages, which never reach the kit's charts: visibility, images, active elements.
    { part: 'Chart#setDatasetVisibility', holds: 'meta.hidden = !visible;', text: '' },
    { part: 'Chart#toggleDataVisibility', holds: 'this._hiddenIndices[index] = !this._hiddenIndices[index];', text: '' },
    { part: 'Chart#_updateVisibility', holds: "const mode = visible ? 'show' : 'hide';", text: '' },
    { part: 'Chart#hide', holds: 'this._updateVisibility(datasetIndex, dataIndex, false);', text: '' },
    { part: 'Chart#show', holds: 'this._updateVisibility(datasetIndex, dataIndex, true);', text: '' },
    { part: 'Chart#toBase64Image', holds: 'return this.canvas.toDataURL(...args);', text: '' },
    { part: 'Chart#getActiveElements', holds: 'return this._active || [];', text: '' },
    { part: 'Chart#setActiveElements', holds: 'const lastActive = this._active || [];', text: '' },
    { part: 'Chart#isPluginEnabled', holds: 'return this._plugins._cache.filter((p)=>p.plugin.id === pluginId).length === 1;', text: '' },
    // Listeners for `push`, `splice`… on a dataset's data array: the controller gives chart.js new arrays, never
    // changes one (chart.js calls these only if they exist).
    ...['Push', 'Pop', 'Shift', 'Splice', 'Unshift'].map((m) => ({
      part: `DatasetController#_onData${m}`,
      holds: `_onData${m}(`,
      text: '',
    })),
    // Data given as [x, y] pairs, objects or floating [start, end] bars: every dataset's data is an array of numbers
    // (NaN for a gap, `drawable()` in chart-controller.ts), which `parsePrimitiveData` reads.
    { part: 'DatasetController#parseArrayData', holds: 'x: xScale.parse(item[0], index),', text: '' },
    { part: 'DatasetController#parseObjectData', holds: "const { xAxisKey ='x' , yAxisKey ='y'  } = this._parsing;", text: '' },
    { part: 'BarController#parseArrayData', holds: 'return parseArrayOrPrimitive(meta, data, start, count);', text: '' },
    { part: 'BarController#parseObjectData', holds: 'const iAxisKey = iScale.axis', text: '' },
    {
      part: 'parseValue',
      holds: 'parseFloatBar(entry, item, vScale, i);',
      text: 'function parseValue(entry, item, vScale, i) {\n    item[vScale.axis] = vScale.parse(entry, i);\n    return item;\n}',
    },
    // The radial search of the 'nearest' interaction, for an `r` axis (polar and radar charts): bars have x and y.
    { part: 'getNearestRadialItems', holds: 'getAngleFromPoint(element, {', text: 'function getNearestRadialItems() {\n    return [];\n}' },
    // Stacked bars: no chart of the kit stacks (no `stacked` scale option, no dataset `stack`), so chart.js never
    // builds or reads stacks; unstacked bars only clear their empty ones.
    { part: 'updateStacks', holds: 'const { chart , _cachedMeta: meta  } = controller;', text: 'function updateStacks() {}' },
    { part: 'applyStack', holds: "const singleMode = options.mode === 'single';", text: 'function applyStack() {}' },
    { part: 'DatasetController#applyStack', holds: 'values: parsed._stacks[scale.axis]._visualValues', text: '' },
    // Changes made by `push`, `splice`… (see `_onData…` above): there are none to sync or to move hidden bars by.
    { part: 'DatasetController#_sync', holds: 'this.chart._dataChanges.push([', text: '' },
    { part: 'Chart#_getUniformDataChanges', holds: 'const makeSet = (idx)=>', text: '_getUniformDataChanges() {}' },
    // Narrowing the 'nearest' search to the bars near the pointer: every bar is tried instead, the same bars found.
    {
      part: 'binarySearch',
      holds: 'const lookupMethod = iScale._reversePixels ? _rlookupByKey : _lookupByKey;',
      text: 'function binarySearch(metaset) {\n    return {\n        lo: 0,\n        hi: metaset.data.length - 1\n    };\n}',
    },
    // Registering components one kind at a time, and unregistering any: the kit registers its four once
    // (`Chart.register` in chart-controller.ts), which goes through `add`.
    ...['Controllers', 'Elements', 'Plugins', 'Scales'].flatMap((kind) => [
      { part: `Registry#add${kind}`, holds: `this._each('register', args, this.${kind.toLowerCase()});`, text: '' },
      { part: `Registry#remove${kind}`, holds: `this._each('unregister', args, this.${kind.toLowerCase()});`, text: '' },
    ]),
    { part: 'Registry#remove', holds: "this._each('unregister', args);", text: '' },
    { part: 'TypedRegistry#unregister', holds: 'delete items[id];', text: '' },
    // Where the tooltip points at an element: the kit registers no tooltip.
    { part: 'Element#tooltipPosition', holds: 'const { x , y  } = this.getProps([', text: '' },
    // Unstacked bars have no stacks to clear, and without changes to data arrays no hidden bar moves (see above).
    { part: 'clearStacks', holds: 'delete stacks[axis][datasetIndex];', text: 'function clearStacks() {}' },
    { part: 'Chart#_updateHiddenIndices', holds: 'moveNumericKeys(_hiddenIndices, start, move);', text: '_updateHiddenIndices() {}' },
    // A value's label for the tooltip (and getLabelAndValue, removed above); the y axis's ticks have their own callback.
    {
      part: 'LinearScaleBase#getLabelForValue',
      holds: 'return formatNumber(value, this.chart.options.locale, this.options.ticks.format);',
      text: '',
    },
  ],
  helpers: [
    // The default animation options: the animations they configure are gone (see above).
    {
      part: 'applyAnimationsDefaults',
      holds: "easing: 'easeOutQuart',",
      text: 'function applyAnimationsDefaults() {}',
    },
    // The tick format of the logarithmic scale, which the kit does not register.
    { part: 'formatters.logarithmic', holds: 'logarithmic (tickValue, index, ticks) {', text: '' },
    // The linear scale's default tick format: the growth chart's y axis formats its ticks itself (`formatMoney`).
    { part: 'formatters.numeric', holds: "notation = 'scientific';", text: '' },
    // Watching a data array's `push`, `splice`…: see `_onData…` above. chart.js still calls both, now to no effect.
    { part: 'listenArrayEvents', holds: "Object.defineProperty(array, '_chartjs', {", text: 'function listenArrayEvents() {}' },
    { part: 'unlistenArrayEvents', holds: 'const stub = array._chartjs;', text: 'function unlistenArrayEvents() {}' },
    // Underlined or struck-through text: no font of the kit's charts sets either.
    { part: 'decorateText', holds: 'if (opts.strikethrough || opts.underline) {', text: 'function decorateText() {}' },
    // A box behind tick labels: only the radial scale's option (`showLabelBackdrop`), which the kit does not register.
    { part: 'drawBackdrop', holds: 'ctx.fillRect(opts.left, opts.top, opts.width, opts.height);', text: 'function drawBackdrop() {}' },
    // Bars with rounded corners: the kit's bars set no `borderRadius`, so BarElement draws plain rectangles.
    {
      part: 'addRoundedRectPath',
      holds: 'ctx.arc(x + radius.topLeft, y + radius.topLeft, radius.topLeft, 1.5 * PI, PI, true);',
      text: 'function addRoundedRectPath() {}',
    },
  ],
};

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}
const nameOf = (key: unknown) => (key as { name?: string; value?: string } | undefined)?.name ?? (key as { value?: string })?.value;

/** The node of `part` in chart.js's code: a class's method or an object's property, at the top level. */
function findPart(program: Node, part: string): Node | undefined {
  const [owner, ...path] = part.split(/[#.]/);
  for (const statement of program.body as Node[]) {
    const declaration = (statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement) as Node | null;
    if (declaration?.type === 'FunctionDeclaration' && nameOf(declaration.id) === owner && !path.length) return declaration;
    if (declaration?.type === 'ClassDeclaration' && nameOf(declaration.id) === owner && part.includes('#'))
      return ((declaration.body as Node).body as Node[]).find(
        (m) => m.type === 'MethodDefinition' && !m.static && nameOf(m.key) === path[0],
      );
    if (declaration?.type === 'VariableDeclaration' && !part.includes('#')) {
      const init = (declaration.declarations as Node[]).find((d) => nameOf(d.id) === owner)?.init as Node | undefined;
      // Down the path: each key's property, and from there into its value.
      let node: Node | undefined;
      let value = init;
      for (const key of path) {
        node = value?.type === 'ObjectExpression' ? (value.properties as Node[]).find((p) => nameOf(p.key) === key) : undefined;
        value = node?.value as Node | undefined;
      }
      if (init) return node;
    }
  }
  return undefined;
}

/**
 * Parts that apply together or not at all: a removed method goes with the parts that call it, a stand-in with what it
 * relies on. Any other part applies on its own.
 */
export const TOGETHER: readonly (readonly string[])[] = [
  [ANIMATOR, 'DatasetController#_resolveAnimations', 'Config#datasetAnimationScopeKeys'],
  [
    ...['Chart#_updateHoverStyles', 'Chart#updateHoverStyle', 'DatasetController#_setStyle', 'DatasetController#getStyle'],
    ...['DatasetController#removeHoverStyle', 'DatasetController#setHoverStyle'],
    ...['DatasetController#_removeDatasetHoverStyle', 'DatasetController#_setDatasetHoverStyle'],
  ],
  ['DatasetController#getLabelAndValue', 'BarController#getLabelAndValue', 'LinearScaleBase#getLabelForValue'],
  ['Chart#_updateVisibility', 'Chart#hide', 'Chart#show'],
  [
    ...['Push', 'Pop', 'Shift', 'Splice', 'Unshift'].map((m) => `DatasetController#_onData${m}`),
    ...['DatasetController#_sync', 'Chart#_getUniformDataChanges', 'Chart#_updateHiddenIndices'],
  ],
  ['updateStacks', 'applyStack', 'DatasetController#applyStack', 'clearStacks'],
  [
    ...['Controllers', 'Elements', 'Plugins', 'Scales'].flatMap((kind) => [`Registry#add${kind}`, `Registry#remove${kind}`]),
    ...['Registry#remove', 'TypedRegistry#unregister'],
  ],
];

/**
 * The edits that replace each of `parts` in chart.js's code (and its animation region, if `animation`). A part applies
 * if it is found once and still holds the line it is known by, and if every part it goes with (`TOGETHER`) applies;
 * each other one is skipped, with its reason: a chart.js whose code changed keeps that code.
 */
export function chartPatches(code: string, parts: readonly ChartPart[], animation = false): Patched {
  const program = parseAst(code) as unknown as Node;
  const found = new Map<string, Edit | string>();
  if (animation) found.set(ANIMATOR, withoutChartAnimation(code));
  for (const { part, holds, text } of parts) {
    const node = findPart(program, part);
    if (!node || !code.slice(node.start, node.end).includes(holds)) found.set(part, node ? `no longer holds «${holds}»` : 'not found');
    // A removed object property takes its comma along.
    else
      found.set(part, {
        start: node.start,
        end: text === '' && !part.includes('#') && code[node.end] === ',' ? node.end + 1 : node.end,
        text,
      });
  }
  for (const group of TOGETHER) {
    const failed = group.find((part) => typeof found.get(part) === 'string');
    if (failed)
      for (const part of group)
        if (found.get(part) && typeof found.get(part) !== 'string') found.set(part, `goes with ${failed}, which did not apply`);
  }
  const edits: Edit[] = [];
  const skipped: string[] = [];
  for (const [part, result] of found)
    if (typeof result === 'string') skipped.push(`chart.js: ${part} kept (${result})`);
    else edits.push(result);
  return { edits, skipped };
}

/**
 * The `_` names chart.js reaches by a name built at run time or held in a string, which must keep their spelling.
 * The build keeps any other it finds in a string (`propertyRenames`); test/node/slim.test.ts checks every bundled file.
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
  // Methods called as `this[method]` ('_insertElements'), `'_onData' + …` and `'_' + prefix + 'DatasetHoverStyle'`
  // (the last two removed from the bundle with UNUSED_CHART_PARTS, kept here should they come back).
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

/** Where chart.js 4.6 builds a `_` property name at run time; each one's names are kept (KEPT_PROPERTIES). */
export const BUILT_NAMES: readonly string[] = [
  "const privateName = '_' + name;",
  "meta.controller['_' + prefix + 'DatasetHoverStyle']();",
  "const method = '_onData' + _capitalize(key);",
];

/** The names of the non-static methods of every class in `code`. */
export function classMethods(code: string): Set<string> {
  const methods = new Set<string>();
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as { type?: string; static?: boolean; kind?: string; key?: { name?: string } };
    if (n.type === 'MethodDefinition' && !n.static && n.kind === 'method' && n.key?.name) methods.add(n.key.name);
    Object.values(node).forEach(walk);
  };
  walk(parseAst(code));
  return methods;
}

/** What the minifier renames (rolldown's `mangleProps`), and the renames left out, one line each with the reason. */
export interface Renames {
  readonly include: RegExp | undefined;
  readonly reserved: readonly string[];
  readonly skipped: readonly string[];
}

/**
 * The property renames that are safe on the chart.js given (its ES build and helpers, as installed): each of
 * MANGLED_CHART_METHODS that is still a method of its classes, never held in a string and never read as an option; and
 * its `_` names, but those it holds in a string (kept) and all of them if it builds one at run time in a new way.
 */
export function propertyRenames(chartJs: string, helpers: string): Renames {
  const skipped: string[] = [];
  const code = `${chartJs}\n${helpers}`;
  const methods = classMethods(chartJs);
  const quoted = new Set([...code.matchAll(/(['"`])([A-Za-z_$][\w$]*)\1(?!\s*\+)/g)].map((m) => m[2]!));
  const options = new Set([...code.matchAll(/\b(?:options|opts)\.([A-Za-z]+)/g)].map((m) => m[1]!));
  const methodNames = MANGLED_CHART_METHODS.filter((name) => {
    const why = !methods.has(name)
      ? 'no longer a method'
      : quoted.has(name)
        ? 'held in a string'
        : options.has(name)
          ? 'read as an option'
          : '';
    if (why) skipped.push(`chart.js: method ${name} keeps its name (${why})`);
    return !why;
  });
  const built = [...code.matchAll(/^.*(['"`])_[A-Za-z]*\1\s*\+.*$/gm)].map((m) => m[0].trim()).filter((l) => !BUILT_NAMES.includes(l));
  if (built.length) skipped.push(`chart.js: no \`_\` property renamed (a name built at run time: ${built[0]})`);
  // chart.js's comments quote names with backticks, its code with quotes.
  const held = [...new Set([...code.matchAll(/(['"])(_[^$_][\w$]*)\1(?!\s*\+)/g)].map((m) => m[2]!))].filter(
    (name) => !KEPT_PROPERTIES.includes(name),
  );
  for (const name of held) skipped.push(`chart.js: ${name} keeps its name (held in a string)`);
  // Lit's `_$` names stay: they are its protocol between copies of Lit on one page.
  const patterns = [...(built.length ? [] : ['_[^$]']), ...(methodNames.length ? [`(?:${methodNames.join('|')})$`] : [])];
  return {
    // The minifier's regular expressions have no look-ahead: with nothing to rename, there is no pattern at all.
    include: patterns.length ? new RegExp(`^(?:${patterns.join('|')})`) : undefined,
    reserved: [...KEPT_PROPERTIES, ...held],
    skipped,
  };
}

const chartFile = (file: string) => join(dirname(createRequire(import.meta.url).resolve('chart.js')), file);
/** The installed chart.js's ES build and the chunk of helpers it imports (its name changes between versions). */
export function installedChartJs(): { chart: string; helpers: string } {
  const chart = readFileSync(chartFile('chart.js'), 'utf8');
  const chunk = /from '\.\/(chunks\/[^']+\.js)'/.exec(chart)?.[1];
  return { chart, helpers: chunk ? readFileSync(chartFile(chunk), 'utf8') : '' };
}

/** The renames for the installed chart.js. */
export const installedRenames = (): Renames => {
  const { chart, helpers } = installedChartJs();
  return propertyRenames(chart, helpers);
};

const COLOUR = '@kurkle/color';
/**
 * chart.js's colour library replaced by the kit's pass-through (src/vendor/kurkle-color.ts, about 3 KB gzip), if the
 * chart.js `code` given imports nothing from it but `Color`; otherwise the reason, and the library stays. Unlike the
 * patches it holds in an unpatched build too: it is how a clicked bar keeps its colour.
 */
export function colourAlias(code: string): Record<string, string> | string {
  const imports = [...code.matchAll(/import\s*([^'";]*?)\s*from\s*['"]@kurkle\/color['"]/g)].map((m) => m[1]!.replace(/\s+/g, ''));
  const other = imports.find((names) => names !== '{Color}');
  if (other !== undefined || !imports.length) return `chart.js imports ${other ?? 'nothing'} from ${COLOUR}`;
  return { [COLOUR]: fileURLToPath(new URL('../src/vendor/kurkle-color.ts', import.meta.url)) };
}

/** The alias for the installed chart.js, or none, with the reason among the skipped savings. */
export function installedColourAlias(): { alias: Record<string, string>; skipped: string[] } {
  const { chart, helpers } = installedChartJs();
  const alias = colourAlias(`${chart}\n${helpers}\n${readFileSync(chartFile('helpers.js'), 'utf8')}`);
  return typeof alias === 'string' ? { alias: {}, skipped: [`chart.js: ${COLOUR} kept (${alias})`] } : { alias, skipped: [] };
}

const SCHEMA = /\/src\/data\/schema\.ts$/;
const CHART_JS = /\/node_modules\/chart\.js\/dist\/chart\.js$/;
// The chunk chart.js's ES build imports its helpers from (chunks/index.js in 4.6, helpers.dataset.js before).
const CHART_HELPERS = /\/node_modules\/chart\.js\/dist\/chunks\/[^/]+\.js$/;

/**
 * The patches as one Vite plugin, for builds only (the dev server and the tests' esbuild keep the sources as written).
 * It prints each saving skipped (`skippedBefore`: the renames' and the alias's too), one line each, and their count;
 * the build goes on.
 */
export function slim(skippedBefore: readonly string[]): Plugin {
  const applied = new Set<string>();
  const skipped: string[] = [];
  return {
    name: 'export-widgets:slim',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      applied.clear();
      skipped.splice(0, Infinity, ...skippedBefore);
    },
    transform(code, id) {
      const path = id.replace(/\\/g, '/').replace(/[?#].*$/, '');
      const patched = SCHEMA.test(path)
        ? withoutSchemaDescriptions(code)
        : CHART_JS.test(path)
          ? chartPatches(code, UNUSED_CHART_PARTS.chart, true)
          : CHART_HELPERS.test(path)
            ? chartPatches(code, UNUSED_CHART_PARTS.helpers)
            : undefined;
      if (!patched) return null;
      if (CHART_JS.test(path)) applied.add('chart.js');
      if (CHART_HELPERS.test(path)) applied.add('helpers');
      skipped.push(...patched.skipped);
      const out = applyEdits(code, patched.edits);
      // Column-exact maps for the schema; line-level ones for chart.js's 400 KB, where exact ones cost a second a build.
      return { code: out.toString(), map: out.generateMap({ source: id, hires: SCHEMA.test(path) }) };
    },
    buildEnd(error) {
      // A chart.js bundled from other files (a new version's layout) is bundled whole.
      if (!error && [...this.getModuleIds()].some((id) => id.includes('/node_modules/chart.js/')))
        for (const file of ['chart.js', 'helpers'].filter((f) => !applied.has(f)))
          skipped.push(`chart.js: its ${file} file was not found where expected; bundled unpatched`);
      for (const line of skipped) this.warn(`skipped: ${line}`);
      if (skipped.length) this.warn(`${skipped.length} build-time saving(s) skipped (scripts/slim.ts); the bundle is larger, not broken`);
    },
  };
}
