// React 19 and Vue set properties, not attributes. `el.from = 2019` or `el.figures = ['area']`
// pass numbers, arrays and objects: what a framework naturally passes works as the attribute would, and anything else
// gets the usual visible hint, never a blank widget, an endless loading state or a missing ew-error.
import { expect } from '@open-wc/testing';
import { declared, settle, shown, TAGS, type WidgetTag } from './widget.js';

/** A widget of `tag` with `set` applied before it is connected, once it is ready or failed. */
async function make(tag: WidgetTag, set: (el: HTMLElement & Record<string, unknown>) => void) {
  const el = document.createElement(tag) as unknown as HTMLElement & Record<string, unknown>;
  set(el);
  const state = await settle(el);
  const result = { state, ...shown(el) };
  el.remove();
  return result;
}

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`rejection: ${String(e.reason)}`);
beforeEach(() => {
  uncaught.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('properties set as frameworks set them', () => {
  const natural: [WidgetTag, string, unknown, string][] = [
    ['export-growth', 'from', 2019, '2019'],
    ['export-growth', 'to', 2021, '2021'],
    ['top-exporters', 'limit', 1, '1'],
    ['top-exporters', 'period', 2025, '2025'],
    ['destination-list', 'limit', 3, '3'],
    ['destination-list', 'period', 2019, '2019'],
    ['export-structure', 'period', 2019, '2019'],
    ['key-figures', 'figures', ['area', 'residents'], 'area residents'],
    ['key-figures', 'figures', ['AREA'], 'area'],
    ['export-growth', 'comparison', ['years'], 'years'],
    ['export-growth', 'theme', ['dark'], 'dark'],
  ];
  for (const [tag, property, value, attribute] of natural)
    it(`${tag}: .${property} = ${JSON.stringify(value)} shows what ${property}="${attribute}" shows`, async () => {
      const byProperty = await make(tag, (el) => (el[property] = value));
      const byAttribute = await make(tag, (el) => el.setAttribute(property, attribute));
      expect(byProperty.hints).to.deep.equal([]);
      expect(byProperty).to.deep.equal(byAttribute);
      expect(byProperty.state).to.equal('ready');
      expect(uncaught).to.deep.equal([]);
    });

  // The review's combinations: each property a number, an object, an array of an object, a Symbol (and NaN, true).
  const odd: [string, () => unknown][] = [
    ['a number', () => 7],
    ['NaN', () => NaN],
    ['an object', () => ({ year: 2019 })],
    ['an array of an object', () => [{}]],
    ['a Symbol', () => Symbol('x')],
    ['true', () => true],
  ];
  for (const tag of TAGS)
    it(`${tag}: every property set to a number, NaN, an object, an array, a Symbol or true: a hint, never blank or an error`, async () => {
      for (const { property, boolean } of declared(tag))
        for (const [what, value] of odd) {
          if (property === 'src') continue; // an address that is not one: an error, tested below
          const w = await make(tag, (el) => (el[property] = value()));
          const where = `${tag}.${property} = ${what}`;
          expect(w.state, where).to.equal('ready');
          expect(w.text.length, `${where}: blank`).to.be.greaterThan(100);
          expect(w.loading, `${where}: still loading`).to.equal(false);
          // A number may be a valid value (7 as a limit) or a text the widget knows nothing of; the others never are.
          // A boolean property reads any value as JavaScript does, as a framework binding it expects.
          if (what !== 'a number' && !boolean) expect(w.hints.join(' '), where).to.include(property === 'groupBy' ? 'group-by' : property);
          expect(uncaught, where).to.deep.equal([]);
        }
    });

  it('src set to an object, a Symbol or a number: the error a wrong address gets, and ew-error; a URL object is its address', async () => {
    for (const [value, shown] of [
      [{ a: 1 }, '{"a":1}'],
      [Symbol('x'), 'Symbol(x)'],
      [42, '42'],
    ] as const) {
      const w = await make('key-figures', (el) => (el.src = value));
      expect(w.state).to.equal('error');
      expect(w.error).to.equal(true);
      expect(w.text).to.include(shown);
    }
    // A URL object is read as its address: the request goes there (a missing file, so the error names it).
    const url = await make('key-figures', (el) => (el.src = new URL('/no-such-dataset.json?from=url', location.href)));
    expect(url.state).to.equal('error');
    expect(url.text).to.include('/no-such-dataset.json');
    expect(uncaught).to.deep.equal([]);
  });
});
