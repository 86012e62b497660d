import type { ChartSpec } from '../../controllers/chart-controller.js';
import { hatch, labelRoom, valueLabels, type PlotHeights } from '../../controllers/chart-plugins.js';
import type { ChartTheme } from '../../controllers/chart-theme.js';
import { must } from '../../lib/periods.js';
import type { Dated } from '../../data/model.js';
import type { Gap } from '../../data/selectors/growth.js';
import { formatMoney } from '../../i18n/format.js';
import type { Lang } from '../../i18n/lang.js';
import { figureLabel } from '../../shared/figures.js';

/** What one panel's chart shows: its slots in time order, the top of the axis the panels of its measure share, and the words it needs. */
export interface GrowthPlot {
  readonly key: string;
  readonly slots: readonly (Dated | Gap)[];
  readonly top: number;
  readonly noData: string;
}

const year = (period: string) => must(period).year;

/** A slot's name on the axis: the panel's title names the quarter or half-year, so the axis needs only the years. */
export const axisLabel = (s: Dated | Gap) => ('gap' in s ? [...new Set(s.gap.map(year))].join('–') : String(year(s.figure.period)));

/**
 * One panel's bar chart: reported values solid, derived ones hatched and outlined, each labelled with its value; a gap
 * in time is an empty slot named by its years and labelled «нет данных». The axis of every panel of one measure
 * reaches `top`, and every panel of the widget has one plot height (`heights`), so that equal heights mean equal
 * amounts across them.
 */
export function growthChart(
  plot: GrowthPlot,
  theme: ChartTheme,
  lang: Lang,
  heights: PlotHeights,
  onSelect: (period: string) => void,
): ChartSpec {
  const { series, text, muted, grid, background, font } = theme;
  const bars = plot.slots.map((s) => ('gap' in s ? undefined : s));
  return {
    key: plot.key,
    config: {
      type: 'bar',
      data: {
        labels: plot.slots.map(axisLabel),
        datasets: [
          {
            data: bars.map((v) => v?.value ?? NaN),
            backgroundColor: bars.map((v) => (v?.derived ? hatch(series, background) : series)),
            borderColor: series,
            borderWidth: bars.map((v) => (v?.derived ? 1.5 : 0)),
            maxBarThickness: 72,
          },
        ],
      },
      options: {
        animation: false,
        events: ['click'],
        font,
        // Room above the tallest bar for its value label, and what keeps the plot as high as the widget's others.
        layout: { padding: ({ chart }) => ({ top: labelRoom(chart) + heights.extra(chart) }) },
        onClick: (_event, elements) => {
          const period = bars[elements[0]?.index ?? -1]?.figure.period;
          if (period) onSelect(period);
        },
        scales: {
          x: { grid: { display: false }, ticks: { color: muted, font, autoSkip: false, maxRotation: 90 }, afterFit: heights.fitAxis },
          y: {
            beginAtZero: true,
            suggestedMax: plot.top,
            border: { display: false },
            grid: { color: grid },
            ticks: { color: muted, font, maxTicksLimit: 4, callback: (value) => formatMoney(Number(value), lang) },
          },
        },
        plugins: {
          valueLabels: {
            labels: bars.map((v) => (v ? figureLabel(v, lang) : plot.noData)),
            color: text,
            muted,
          },
        },
      },
      plugins: [valueLabels, heights.plugin],
    },
  };
}
