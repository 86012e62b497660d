/**
 * The preview page's script (`npm run preview-data`): the kit itself, plus a report of what a data maintainer should
 * look at once every widget has drawn: a widget that shows an error, and a chart whose value labels cannot be read.
 */
import { Chart } from 'chart.js';
import { labelProblems } from '../../src/controllers/label-check.js';
import '../../src/index.js';
import type { ErrorDetail } from '../../src/shared/events.js';

export interface WidgetReport {
  readonly tag: string;
  readonly error?: string;
  readonly problems: readonly string[];
}

const settled = new Map<Element, string | undefined>();
document.addEventListener('ew-ready', (e) => settled.set(e.composedPath()[0] as Element, undefined));
document.addEventListener('ew-error', (e) => settled.set(e.composedPath()[0] as Element, (e as CustomEvent<ErrorDetail>).detail.message));

/** Resolves, once every widget of the page has said ew-ready or ew-error, with what each one shows wrong. */
async function report(): Promise<WidgetReport[]> {
  const widgets = [...document.querySelectorAll('[data-preview]')];
  while (widgets.some((el) => !settled.has(el))) await new Promise((r) => setTimeout(r, 50));
  return widgets.map((el) => ({
    tag: el.localName,
    ...(settled.get(el) !== undefined && { error: settled.get(el) }),
    problems: [...el.shadowRoot!.querySelectorAll('canvas')].flatMap((canvas) => {
      const chart = Chart.getChart(canvas);
      return chart ? labelProblems(chart).map((p) => `chart ${canvas.dataset.chart ?? ''}: ${p}`) : [];
    }),
  }));
}
Object.assign(window, { previewReport: report });
