// Defence in depth: whatever reaches a chart, no axis is given a value it cannot draw
// (chart.js 4.6.1 hangs for seconds, then crashes the tab, on an axis near Number.MAX_VALUE).
import { expect } from '@open-wc/testing';
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { drawable, type BarConfig } from '../../src/controllers/chart-controller.js';
import { paintedPixels } from '../helpers.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const data = (values: number[]): BarConfig['data'] => ({ labels: values.map(String), datasets: [{ data: values }] });

describe('chart values', () => {
  it('turns values no axis can draw into gaps, and keeps the others', () => {
    const out = drawable(data([326e6, 1.7e308, Infinity, NaN, -Infinity, 0, 1e15 / 0.01]));
    expect(out.datasets[0]!.data.map((v) => (Number.isNaN(v) ? 'gap' : v))).to.deep.equal([326e6, 'gap', 'gap', 'gap', 'gap', 0, 1e17]);
    expect(out.labels).to.have.length(7);
  });

  it('a chart given 1.7e308 through it draws the other bars on an axis of their size', () => {
    const canvas = document.createElement('canvas');
    Object.assign(canvas.style, { width: '300px', height: '200px' });
    document.body.append(canvas);
    const chart = new Chart(canvas, {
      type: 'bar',
      data: drawable(data([326e6, 1.7e308, 1e9])),
      options: { animation: false, responsive: false },
    });
    try {
      expect(chart.scales.y!.max).to.be.below(1e10);
      expect(paintedPixels(canvas)).to.be.above(500);
    } finally {
      chart.destroy();
      canvas.remove();
    }
  });
});
