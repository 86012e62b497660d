// Every declared property and attribute of every widget of the registry set to
// arbitrary values by fast-check: strings (huge, empty, bidi and control characters, values the widgets know),
// numbers (NaN, ±Infinity, -0), booleans, null, undefined, arrays, objects, Symbols. Some are set before the widget
// is on the page, some after it is shown. The invariants: no uncaught error; the widget is never blank or left
// loading (it shows the data, a hint or an error); no NaN, Infinity or ∞ unless the page gave it as text (a hint
// quotes a wrong value, a `heading` is shown as given); Object.prototype untouched. Fixed seed; FC_RUNS and FC_SEED run more cases or another seed.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeValue } from '../../src/lib/attribute-text.js';
import { prototypeClean, SEED, showsNonFigure } from './hostile.js';
import { declared, outcome, settle, shown, TAGS, type WidgetTag } from './widget.js';

const env = (await import('/__fc-env.js' as string)).default as { FC_RUNS?: string; FC_SEED?: string };

/** Values the widgets know, so that cases reach the data as well as the hints. */
const KNOWN = ['all', 'years', 'quarters', 'chart', 'table', 'company', 'sector', 'region', 'none', 'grid', 'row', 'ncc', 'medplant'];
const KNOWN_MORE = ['2019', '2021', '2025', '2025-H1', '2021-q1', 'latest-export', 'area residents', 'en', 'uz', 'ru-RU', 'dark', 'light'];
const bidi = fc.constantFrom('\u202e', '\u202b', '\u2066', '\u2069', '\u200f', '\u0000', '\u001b', '\ud800', '\ufeff', 'שלום');
const strings = fc.oneof(
  fc.constantFrom(...KNOWN, ...KNOWN_MORE),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    'x'.repeat(5000),
    'NaN',
    'Infinity',
    '-0',
    '0',
    '-1',
    '1e21',
    '__proto__',
    'constructor',
    'javascript:alert(1)',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.tuple(fc.constantFrom('', ...KNOWN), bidi, fc.string({ maxLength: 5 })).map(([a, b, c]) => a + b + c),
);
const numbers = fc.oneof(fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 1, 3, 2019, 2025, 1e21, -1, 0.5), fc.double(), fc.integer());
const scalars = fc.oneof(strings, numbers, fc.boolean(), fc.constantFrom(null, undefined));
const values: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: scalars, weight: 4 },
  fc.array(scalars, { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  fc.string({ maxLength: 5 }).map((s) => Symbol(s)),
  fc.constantFrom<unknown>(
    Object.create(null),
    new Date(NaN),
    [Symbol('x')],
    { toString: () => 'area' },
    {
      toJSON() {
        throw new Error('no JSON');
      },
    },
  ),
);

interface Setting {
  /** Index into the widget's declared properties. */
  readonly at: number;
  /** Set as an attribute (its text) or as the property (the value itself). */
  readonly as: 'attribute' | 'property';
  readonly value: unknown;
  /** Before the widget is on the page, or after it is shown. */
  readonly after: boolean;
}
const setting: fc.Arbitrary<Setting> = fc.oneof(
  fc.record({ at: fc.nat(), as: fc.constant('property' as const), value: values, after: fc.boolean() }),
  fc.record({ at: fc.nat(), as: fc.constant('attribute' as const), value: fc.option(strings), after: fc.boolean() }),
);

const describeSetting = (props: ReturnType<typeof declared>, s: Setting) => {
  const { property, attribute } = props[s.at % props.length]!;
  const value = Object.is(s.value, -0) ? '-0' : describeValue(typeof s.value === 'string' ? JSON.stringify(s.value) : s.value, 40);
  return `${s.as === 'attribute' ? `${attribute}=` : `.${property} = `}${value}${s.after ? ' (after)' : ''}`;
};

function apply(el: HTMLElement, props: ReturnType<typeof declared>, s: Setting) {
  const { property, attribute } = props[s.at % props.length]!;
  // `src` gets none, a Symbol or an object (each a wrong address, tested in properties.test.ts): arbitrary text
  // would only ask the test server for arbitrary paths.
  const value = property !== 'src' || s.value == null ? s.value : typeof s.value === 'symbol' ? Symbol('src') : {};
  if (s.as === 'attribute' || property === 'src') {
    if (value === null || value === undefined) el.removeAttribute(attribute);
    else if (typeof value === 'string') el.setAttribute(attribute, value);
    else (el as unknown as Record<string, unknown>)[property] = value;
  } else (el as unknown as Record<string, unknown>)[property] = value;
}

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`rejection: ${String(e.reason)}`);

describe('every property and attribute of every widget set to arbitrary values (fast-check)', () => {
  it('no uncaught error; never blank or left loading; no NaN or ∞ but in text the page gave; Object.prototype untouched', async function () {
    const runs = Number(env.FC_RUNS) || 300;
    this.timeout(20_000 + runs * 1000);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const outcomes = { ready: 0, error: 0, hinted: 0 };
    try {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...TAGS), fc.array(setting, { minLength: 1, maxLength: 5 }), async (tag: WidgetTag, settings) => {
          const props = declared(tag);
          const el = document.createElement(tag);
          try {
            for (const s of settings) if (!s.after) apply(el, props, s);
            let state = await settle(el);
            const next = outcome(el);
            for (const s of settings) if (s.after) apply(el, props, s);
            await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
            // A new `src` loads again: its outcome is the one to check.
            if (shown(el).loading) state = await next;
            await new Promise(requestAnimationFrame);
            const w = shown(el);
            const where = `${tag} ${settings.map((s) => describeSetting(props, s)).join('; ')}`;
            expect(state, where).not.to.equal('nothing');
            expect(w.loading, `${where}: still loading`).to.equal(false);
            expect(w.text.length > 0 && (state === 'ready' || w.error), `${where}: blank`).to.equal(true);
            // Text the page gave (a `heading` of "NaN") is shown as given; the kit itself never writes such a number.
            const given = settings.flatMap((s) => [s.value].flat()).filter((v) => typeof v === 'string');
            if (showsNonFigure(w.text, given.join('\n')))
              expect(w.text.match(/.{0,60}(NaN|Infinity|∞).{0,60}/)?.[0], where).to.equal(undefined);
            expect(uncaught, where).to.deep.equal([]);
            expect(prototypeClean(), `${where}: Object.prototype changed`).to.equal(true);
            outcomes[state === 'ready' ? 'ready' : 'error']++;
            if (w.hints.length) outcomes.hinted++;
          } finally {
            el.remove();
          }
        }),
        { seed: Number(env.FC_SEED) || SEED, numRuns: runs },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    // The cases must reach both the data and the hints, or the invariants were checked on one path only.
    expect(outcomes.ready, JSON.stringify(outcomes)).to.be.greaterThan(runs / 2);
    expect(outcomes.hinted, JSON.stringify(outcomes)).to.be.greaterThan(runs / 10);
  });
});
