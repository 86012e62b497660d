import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { LitElement } from 'lit';
import { ChartController, type BarConfig } from '../../src/controllers/chart-controller.js';

const CONFIG: BarConfig = { type: 'bar', data: { labels: ['2024', '2025'], datasets: [{ data: [1, 2] }] }, options: { animation: false } };

/**
 * A host whose first render has no chart and whose second has one, rendered while the page's chart batch of the
 * first is still drawing: what a widget with a `src` does when its data arrives at that moment.
 */
class TwoRenders extends LitElement {
  static override properties = { plotted: { type: Boolean } };
  declare plotted: boolean;
  /** Called with the specs of each render, as the page's batch reads them. */
  onRead?: (plotted: boolean) => void;
  readonly charts = new ChartController(this, () => {
    this.onRead?.(this.plotted);
    return this.plotted ? [{ key: 'a', config: CONFIG }] : [];
  });
  constructor() {
    super();
    this.plotted = false;
  }
  override render() {
    return this.plotted
      ? html`<div style="position: relative; width: 300px; height: 150px"><canvas data-chart="a"></canvas></div>`
      : html`<p>Загрузка…</p>`;
  }
}
customElements.define('test-two-renders', TwoRenders);

describe('ChartController: `drawn` settles for the latest render', () => {
  afterEach(() => fixtureCleanup());

  it('not when the batch of an earlier render, without charts, finishes after a render that has one', async () => {
    const el = await fixture<TwoRenders>(html`<test-two-renders></test-two-renders>`);
    // The data arrives while the batch reads the first render's specs: the second render comes before that batch
    // has drawn (its draw waits a turn of the browser), and its own specs wait for the next batch.
    el.onRead = (plotted) => {
      if (!plotted) queueMicrotask(() => (el.plotted = true));
    };
    await new Promise<void>((resolve) => {
      const wait = () => (el.plotted && el.hasUpdated ? resolve() : setTimeout(wait));
      wait();
    });
    await el.updateComplete;
    await el.charts.drawn;
    expect(Chart.getChart(el.shadowRoot!.querySelector('canvas')!), 'the chart of the render that `drawn` settled for').to.not.equal(
      undefined,
    );
  });
});
