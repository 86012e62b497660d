/** What the kit draws on a chart's canvas beyond chart.js: value labels above the bars, and hatching for derived values. */
import { Chart, type Plugin } from 'chart.js';

/** The options of the `valueLabels` plugin: one label per bar (the value with its qualifier), and their colour. */
export interface ValueLabelsOptions {
  readonly labels: readonly string[];
  readonly color: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter must match chart.js's declaration
  interface PluginOptionsByType<TType> {
    /** Text drawn above each bar (the value with its qualifier), so a reader needs no hover. */
    valueLabels?: ValueLabelsOptions | undefined;
  }
}

/** Writes each bar's label above it; chart.js has no built-in data labels and the plugin package would cost more. */
export const valueLabels: Plugin<'bar', Partial<ValueLabelsOptions>> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, { labels, color }) {
    if (!labels) return;
    const { ctx } = chart;
    const meta = chart.getDatasetMeta(0);
    ctx.save();
    ctx.fillStyle = color ?? '#000';
    ctx.font = `600 ${Chart.defaults.font.size ?? 12}px ${chart.options.font?.family ?? Chart.defaults.font.family}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    meta.data.forEach((bar, i) => {
      const label = labels[i];
      if (!label) return;
      // Keep a label wider than its bar inside the canvas.
      const half = ctx.measureText(label).width / 2;
      const x = Math.min(Math.max(bar.x, half + 2), chart.width - half - 2);
      ctx.fillText(label, x, bar.y - 4);
    });
    ctx.restore();
  },
};

/** A diagonal hatch in the given colour: derived values are drawn with it, reported ones solid. */
const patterns = new Map<string, CanvasPattern | string>();
export function hatch(color: string, background: string): CanvasPattern | string {
  const key = `${color} ${background}`;
  let pattern = patterns.get(key);
  if (!pattern) patterns.set(key, (pattern = drawHatch(color, background)));
  return pattern;
}
function drawHatch(color: string, background: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}
