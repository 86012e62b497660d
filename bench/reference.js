// The reference: a bare chart.js bar chart, as a page would embed one, bundled at bench time with the same parts the kit
// registers (src/controllers/chart-controller.ts). Each <canvas data-labels data-values> gets one chart: default
// options but animation off (the kit's charts have none either), sized by its box like the kit's plots.
import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

for (const canvas of document.querySelectorAll('canvas[data-values]')) {
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: canvas.dataset.labels.split('|'),
      datasets: [{ label: canvas.getAttribute('aria-label'), data: canvas.dataset.values.split('|').map(Number) }],
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false },
  });
  canvas.dispatchEvent(new CustomEvent('ref-drawn', { bubbles: true }));
}
