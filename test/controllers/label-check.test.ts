import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import { valueLabels } from '../../src/controllers/chart-plugins.js';
import { boxProblems, labelProblems } from '../../src/controllers/label-check.js';
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

  it('names the labels left out when ten long labels share 120 px', async () => {
    const labels = Array.from({ length: 10 }, (_, i) => `≈ 1 234 56${i} 000 000 рубль`);
    const c = await chart(120, labels);
    const problems = labelProblems(c);
    expect(
      problems.some((p) => /^\d+ value labels for 10 slots$/.test(p)),
      problems.join('\n'),
    ).to.equal(true);
    c.destroy();
  });

  it('names labels that overlap each other, a bar or the edge, and labels too small to read', () => {
    const label = (left: number, top: number, size = 10) => ({ lines: [`L${left}`], size, left, right: left + 20, top, bottom: top + 12 });
    const bars = [{ left: 0, right: 10, top: 30, bottom: 100 }];
    expect(boxProblems([label(50, 0), label(60, 5), label(5, 25), label(190, 0, 7)], bars, 4, 200)).to.deep.equal([
      '«L50» overlaps «L60»',
      '«L5» overlaps bar 1',
      '«L190» runs off the chart',
      '«L190» is 7 px, under 8 px',
    ]);
    expect(boxProblems([label(50, 0)], bars, 2, 200)).to.deep.equal(['1 value labels for 2 slots']);
  });
});
