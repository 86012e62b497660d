import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { Chart, type Plugin } from 'chart.js';
import { CHART_SLICE_MS } from '../../src/controllers/chart-scheduler.js';
import { readyEvents } from '../helpers.js';
import '../../src/index.js';

/**
 * Many widgets' charts are drawn in runs of about `CHART_SLICE_MS`, each its own task with the browser's turn in
 * between, not in one long task. A run is counted without any clock: code that runs without a break (no await, no
 * new task) ends at the next microtask checkpoint, so charts created before that checkpoint belong to one run. Each
 * chart here is made to take half a slice, so that two charts fill a run whatever the machine's speed.
 */
describe('chart scheduler: charts drawn in batches', () => {
  const runs: number[] = [];
  let inRun = false;
  const counter: Plugin = {
    id: 'test-run-counter',
    afterInit() {
      const end = performance.now() + CHART_SLICE_MS / 2;
      while (performance.now() < end);
      if (!inRun) {
        inRun = true;
        runs.push(0);
        queueMicrotask(() => (inRun = false));
      }
      runs[runs.length - 1]!++;
    },
  };
  before(() => Chart.register(counter));
  after(() => Chart.unregister(counter));
  afterEach(() => fixtureCleanup());

  it("draws 10 widgets' charts in several batches, and each widget's ew-ready after its own charts", async () => {
    runs.length = 0;
    const count = 10;
    const readyWithCharts: boolean[] = [];
    const allReady = readyEvents(count, (event) => {
      const canvases = [...(event.target as Element).shadowRoot!.querySelectorAll('canvas')];
      readyWithCharts.push(canvases.length > 0 && canvases.every((c) => Chart.getChart(c) !== undefined));
    });
    const page = await fixture(html`<div>${Array.from({ length: count }, () => html`<export-growth></export-growth>`)}</div>`);
    await allReady;

    const widgets = [...page.querySelectorAll('export-growth')];
    const perWidget = widgets[0]!.shadowRoot!.querySelectorAll('canvas').length;
    const charts = runs.reduce((a, b) => a + b, 0);
    expect(readyWithCharts).to.deep.equal(widgets.map(() => true));
    expect(charts).to.equal(count * perWidget);
    // A run stops once it has drawn for CHART_SLICE_MS, after the chart that reached it: here, after two charts, so a
    // widget's three charts are drawn in two runs.
    expect(perWidget).to.equal(3);
    expect(Math.max(...runs)).to.equal(2);
    expect(runs.length).to.be.at.least(Math.ceil(charts / 2));
  });
});
