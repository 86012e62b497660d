import type { ChartSpec } from '../../controllers/chart-controller.js';
import { hatch, valueLabels } from '../../controllers/chart-plugins.js';
import type { ChartTheme } from '../../controllers/chart-theme.js';
import { must } from '../../lib/periods.js';
import type { GrowthPanel } from '../../data/selectors/growth.js';
import { formatMoney } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { figureLabel } from '../../shared/figures.js';

/** One panel's bar chart: reported values solid, derived ones hatched, outlined and labelled «(расчёт)», each with its value. */
export function growthChart(panel: GrowthPanel, theme: ChartTheme, lang: Lang, onSelect: (period: string) => void): ChartSpec {
  const { series, text, muted, grid, background, font } = theme;
  return {
    key: panel.key,
    config: {
      type: 'bar',
      data: {
        // The panel's title names the quarter or half-year: its axis needs only the years.
        labels: panel.volumes.map((v) => String(must(v.figure.period).year)),
        datasets: [
          {
            data: panel.volumes.map((v) => v.value),
            backgroundColor: panel.volumes.map((v) => (v.derived ? hatch(series, background) : series)),
            borderColor: series,
            borderWidth: panel.volumes.map((v) => (v.derived ? 1.5 : 0)),
            maxBarThickness: 72,
          },
        ],
      },
      options: {
        animation: false,
        events: ['click'],
        font,
        // Room above the tallest bar for its value label on two lines (chart-plugins.ts).
        layout: { padding: { top: 34 } },
        onClick: (_event, elements) => {
          const period = panel.volumes[elements[0]?.index ?? -1]?.figure.period;
          if (period) onSelect(period);
        },
        scales: {
          x: { grid: { display: false }, ticks: { color: muted, font, autoSkip: false, maxRotation: 0 } },
          y: {
            beginAtZero: true,
            border: { display: false },
            grid: { color: grid },
            ticks: { color: muted, font, maxTicksLimit: 4, callback: (value) => formatMoney(Number(value), lang) },
          },
        },
        plugins: {
          valueLabels: { labels: panel.volumes.map((v) => figureLabel(v, lang)), color: text },
        },
      },
      plugins: [valueLabels],
    },
  };
}
