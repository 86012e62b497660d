// What the kit's charts ask of chart.js stays within what the bundle keeps of it. The build removes the chart.js code
// that no chart of the kit runs (scripts/slim.ts, UNUSED_CHART_PARTS), judged from the charts' configs; these tests
// read every chart the widgets draw, here with chart.js as installed, and fail if a config starts to need a removed
// part: data other than arrays of numbers, stacks, rounded bars, chart.js's own tick format, radial search, tick
// backdrops, or data arrays changed in place.
import { expect, html } from '@open-wc/testing';
import { Chart, Ticks } from 'chart.js';
import type { ExportGrowth } from '../../src/widgets/export-growth/export-growth.js';
import { LitElement } from 'lit';
import { MANGLED_CHART_METHODS } from '../../scripts/chart-methods.js';
import { fixtureCleanup, mount, shadow } from '../helpers.js';

const TEN = '/test/fixtures/ten-periods.json';

function charts(el: Element): Chart[] {
  const list = [...shadow(el).querySelectorAll('canvas')].map((canvas) => Chart.getChart(canvas)!);
  expect(list.length, 'charts drawn').to.be.greaterThan(0);
  return list;
}

/** Every way the kit's one chart uses chart.js that the slimmed build depends on, as a list of what is wrong. */
function outsideSlimChart(chart: Chart): string[] {
  const wrong: string[] = [];
  const key = (chart.canvas as HTMLCanvasElement).dataset.chart;
  const say = (ok: unknown, what: string) => ok || wrong.push(`${key}: ${what}`);
  chart.data.datasets.forEach((set, i) => {
    say(Array.isArray(set.data) && set.data.every((v) => typeof v === 'number'), `dataset ${i}'s data is not an array of numbers`);
    say(set.stack === undefined, `dataset ${i} names a stack`);
    const meta = chart.getDatasetMeta(i) as unknown as { _stacked: unknown; data: { options: { borderRadius: unknown } }[] };
    say(meta._stacked === false, `dataset ${i} is stacked`);
    say(
      meta.data.every((bar) => bar.options.borderRadius === 0),
      `dataset ${i} has rounded bars`,
    );
  });
  for (const [id, scale] of Object.entries(chart.scales)) {
    const options = scale.options as unknown as { stacked?: unknown; ticks: { showLabelBackdrop?: unknown; callback: unknown } };
    say(!options.stacked, `scale ${id} is stacked`);
    say(!options.ticks.showLabelBackdrop, `scale ${id} draws tick backdrops`);
  }
  const y = chart.scales['y']?.options as unknown as { ticks: { callback: unknown } } | undefined;
  say(y && y.ticks.callback !== Ticks.formatters.numeric, "the y axis's ticks use chart.js's number format");
  const { interaction, hover } = chart.options;
  say(interaction?.axis !== 'r' && hover?.axis !== 'r', 'the interaction searches an r axis');
  say((chart as unknown as { _dataChanges: unknown[] })._dataChanges.length === 0, 'a data array was changed in place');
  return wrong;
}

describe("the kit's charts use only what the bundle keeps of chart.js (scripts/slim.ts)", () => {
  afterEach(() => fixtureCleanup());

  for (const comparison of ['all', 'years', 'half-years', 'quarters'])
    it(`<export-growth comparison="${comparison}">, after a change of language and theme`, async () => {
      const el = await mount<ExportGrowth>(html`<export-growth lang="ru" comparison=${comparison}></export-growth>`);
      expect(charts(el).flatMap(outsideSlimChart)).to.deep.equal([]);
      el.lang = 'en';
      el.theme = 'dark';
      await el.updateComplete;
      // The widget's own wait for its charts (protected: the widgets' ready event uses it).
      await (el as unknown as { drawn(): Promise<void> }).drawn();
      expect(charts(el).flatMap(outsideSlimChart)).to.deep.equal([]);
    });

  it('<export-growth> on ten periods with gaps (a gap is NaN in the data)', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth lang="uz" src=${TEN}></export-growth>`);
    // Charts are created in the page's chart batch: a render after the ready event (its formats arriving) may leave
    // a new canvas waiting for the next one.
    await (el as unknown as { drawn(): Promise<void> }).drawn();
    const list = charts(el);
    expect(
      list.some((c) => (c.data.datasets[0]!.data as number[]).some(Number.isNaN)),
      'a chart with a gap',
    ).to.equal(true);
    expect(list.flatMap(outsideSlimChart)).to.deep.equal([]);
  });

  it('finds a config outside them (the check can fail)', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth lang="ru" comparison="years"></export-growth>`);
    const chart = charts(el)[0]!;
    const options = chart.options as unknown as { scales: Record<string, Record<string, unknown>> };
    options.scales['y']!['stacked'] = true;
    (chart.options.scales!['y']!.ticks as { callback: unknown }).callback = Ticks.formatters.numeric;
    chart.data.datasets[0]!.data.push(1);
    chart.update();
    const wrong = outsideSlimChart(chart);
    expect(wrong.some((w) => w.endsWith('dataset 0 is stacked'))).to.equal(true, wrong.join('\n'));
    expect(wrong.some((w) => w.endsWith("chart.js's number format"))).to.equal(true, wrong.join('\n'));
  });
});

describe("chart.js's method names the bundle shortens (MANGLED_CHART_METHODS)", () => {
  it('none is a name the browser or Lit gives an object the kit or its packages use', () => {
    const objects: object[] = [
      ...[HTMLCanvasElement, HTMLElement, Element, Node, EventTarget, Document, ShadowRoot, CanvasRenderingContext2D],
      ...[Array, Object, Map, Set, WeakMap, Promise, ResizeObserver, MutationObserver, CSSStyleSheet, CSSStyleDeclaration],
      ...[Event, CustomEvent, MouseEvent, PointerEvent, DOMRect, TextMetrics, URL, AbortController, AbortSignal, Response],
      ...[Intl.NumberFormat, Intl.DisplayNames, Intl.PluralRules, Intl.ListFormat, Intl.DateTimeFormat, TextDecoder],
      ...[MediaQueryList, String, Number, Function, RegExp, Date, Error, Blob, MessagePort, LitElement],
    ].map((c) => c.prototype as object);
    objects.push(window, document, Math, JSON, Reflect, customElements, performance, navigator);
    expect(MANGLED_CHART_METHODS.filter((name) => objects.some((o) => name in o))).to.deep.equal([]);
  });
});
