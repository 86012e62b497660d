import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { valueLabels } from '../../src/controllers/chart-plugins.js';
import { labelProblems } from '../../src/controllers/label-check.js';
import '../../src/index.js';

/** The check behind the label tests and `npm run preview-data`: it finds what a reader would see overlapping. */
describe('labelProblems', () => {
  afterEach(() => fixtureCleanup());

  async function chart(width: number, labels: string[]) {
    const box = await fixture<HTMLDivElement>(
      html`<div style="position: relative; width: ${width}px; height: 200px"><canvas></canvas></div>`,
    );
    return new Chart(box.querySelector('canvas')!, {
      type: 'bar',
      data: { labels: labels.map((_, i) => String(2010 + i)), datasets: [{ data: labels.map((_, i) => 10 + i) }] },
      options: {
        animation: false,
        responsive: false,
        layout: { padding: { top: 34 } },
        plugins: { valueLabels: { labels, color: '#000' } },
      },
      plugins: [valueLabels],
    });
  }

  it('finds nothing wrong with short labels on wide bars', async () => {
    const c = await chart(600, ['10 млн ₽', '11 млн ₽']);
    expect(labelProblems(c)).to.deep.equal([]);
    c.destroy();
  });

  it('names the labels that overlap when ten long labels share 120 px', async () => {
    const labels = Array.from({ length: 10 }, (_, i) => `≈ 1 234 56${i} 000 000 рубль`);
    const c = await chart(120, labels);
    const problems = labelProblems(c);
    expect(
      problems.some((p) => /^«.+» overlaps «.+»$/.test(p)),
      problems.join('\n'),
    ).to.equal(true);
    c.destroy();
  });
});
