// What a reader's input costs in chart work: a control's handler and a theme switch draw no chart in their own task,
// a hidden view keeps its charts, and a theme switch redraws only the charts on screen (the rest when they come).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { Chart, type Plugin } from 'chart.js';
import type { ChartController } from '../../src/controllers/chart-controller.js';
import { readyEvents, shadow } from '../helpers.js';

/** Every chart.js chart constructed, updated and destroyed on the page, as a plugin sees them. */
const seen = { created: [] as Chart[], updated: [] as Chart[], destroyed: [] as Chart[] };
let onUpdate: ((chart: Chart) => void) | undefined;
const spy: Plugin = {
  id: 'test-chart-work',
  afterInit: (chart) => void seen.created.push(chart),
  // chart.js updates a chart while constructing it: only the updates of charts constructed before count.
  beforeUpdate: (chart) => {
    if (!seen.created.includes(chart) || chart.chartArea) seen.updated.push(chart);
    onUpdate?.(chart);
  },
  afterDestroy: (chart) => void seen.destroyed.push(chart),
};
const reset = () => Object.values(seen).forEach((list) => (list.length = 0));

const canvases = (el: Element) => [...shadow(el).querySelectorAll('canvas')];
const charts = (el: Element) => canvases(el).map((c) => Chart.getChart(c));
/** Settles once the widget's charts of its latest render are drawn: the scheduler's batch has run. */
const drawn = (el: Element) => (el as unknown as { charts: ChartController }).charts.drawn;
const button = (el: Element, index: number) => shadow(el).querySelectorAll<HTMLButtonElement>('.toolbar button')[index]!;
const updated = (el: Element) => seen.updated.filter((c) => canvases(el).includes(c.canvas)).length;

async function widgets(template: ReturnType<typeof html>, count: number) {
  const ready = readyEvents(count);
  const page = await fixture<HTMLElement>(template);
  await ready;
  return [...page.querySelectorAll('export-growth')];
}

describe('chart work on a reader’s input', () => {
  before(() => Chart.register(spy));
  after(() => Chart.unregister(spy));
  afterEach(() => {
    fixtureCleanup();
    delete document.documentElement.dataset.theme;
    onUpdate = undefined;
  });

  it('switching to the table creates, updates and destroys no chart, then or later', async () => {
    const [el] = await widgets(html`<div><export-growth theme="light"></export-growth></div>`, 1);
    const kept = charts(el!);
    expect(kept.every(Boolean)).to.equal(true);
    reset();
    button(el!, 1).click();
    await el!.updateComplete;
    expect(shadow(el!).querySelector('.table:not(.sr-only)')).to.not.equal(null);
    expect(seen).to.deep.equal({ created: [], updated: [], destroyed: [] });
    await drawn(el!);
    expect(seen).to.deep.equal({ created: [], updated: [], destroyed: [] });
    expect(charts(el!)).to.deep.equal(kept);
  });

  it('switching back to the chart shows the kept charts: none constructed again', async () => {
    const [el] = await widgets(html`<div><export-growth theme="light"></export-growth></div>`, 1);
    const kept = charts(el!);
    button(el!, 1).click();
    await drawn(el!);
    reset();
    button(el!, 0).click();
    await el!.updateComplete;
    expect(shadow(el!).querySelector<HTMLElement>('.panels')!.hidden).to.equal(false);
    await drawn(el!);
    expect(seen.created).to.deep.equal([]);
    expect(seen.destroyed).to.deep.equal([]);
    expect(charts(el!)).to.deep.equal(kept);
  });

  it('a theme switch updates no chart in its own task, those on screen next, and one off screen once it scrolls in', async () => {
    const [near, far] = await widgets(
      html`<div>
        <export-growth comparison="years"></export-growth>
        <div style="height: 400vh"></div>
        <export-growth comparison="years"></export-growth>
      </div>`,
      2,
    );
    const colour = (el: Element) => charts(el)[0]!.data.datasets[0]!.borderColor;
    const light = colour(near!);
    expect(colour(far!)).to.equal(light);
    reset();
    document.documentElement.dataset.theme = 'dark';
    // The page's observer asks the widgets to update in a microtask; their renders take turns after the next frame.
    await null;
    while (near!.isUpdatePending || far!.isUpdatePending) await Promise.all([near!.updateComplete, far!.updateComplete]);
    expect(shadow(near!).querySelector('.base.dark')).to.not.equal(null);
    expect(shadow(far!).querySelector('.base.dark')).to.not.equal(null);
    expect(seen.updated).to.deep.equal([]);
    await Promise.all([drawn(near!), drawn(far!)]);
    expect(updated(near!)).to.equal(1);
    expect(colour(near!)).to.not.equal(light);
    expect(updated(far!)).to.equal(0);
    expect(colour(far!)).to.equal(light);
    const farUpdated = new Promise<void>((resolve) => (onUpdate = (chart) => canvases(far!).includes(chart.canvas) && resolve()));
    far!.scrollIntoView();
    await farUpdated;
    expect(colour(far!)).to.equal(colour(near!));
  });
});
