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

/** Where a value label was drawn, in canvas pixels: its lines, font size and box. */
export interface LabelBox {
  readonly lines: readonly string[];
  readonly size: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const drawnBoxes = new WeakMap<Chart, LabelBox[]>();

/** The value labels the chart drew last, one per bar: what a test measures for overlaps. */
export const labelBoxes = (chart: Chart): readonly LabelBox[] => drawnBoxes.get(chart) ?? [];

/** Largest and smallest label size; lines are 1.2 × the size apart. */
const SIZES = { max: 12, min: 8 } as const;
const LINE = 1.2;
const GAP = 4;

/**
 * The label in the lines and size that fit `width`: one line if it fits, else two split at the space that makes the
 * wider line narrowest («≈ 55 млн» / «рубль»), one pixel smaller at a time down to the smallest size.
 */
function fit(ctx: CanvasRenderingContext2D, label: string, width: number, family: string) {
  let best: { lines: string[]; size: number; width: number } = { lines: [label], size: SIZES.min, width: Infinity };
  for (let size: number = SIZES.max; size >= SIZES.min; size--) {
    ctx.font = `600 ${size}px ${family}`;
    const measure = (lines: string[]) => Math.max(...lines.map((line) => ctx.measureText(line).width));
    const splits = [...label.matchAll(/ /g)].map(({ index }) => [label.slice(0, index), label.slice(index + 1)]);
    for (const lines of [[label], ...splits]) {
      const w = measure(lines);
      if (w <= width) return { lines, size, width: w };
      if (w < best.width) best = { lines, size, width: w };
    }
  }
  return best;
}

/**
 * Writes each bar's label above it, inside the bar's own slot of the axis, so that labels never overlap each other
 * or a neighbouring bar at any width or in any language: a long label wraps onto a second line, then gets smaller.
 * chart.js has no built-in data labels and the plugin package would cost more.
 */
export const valueLabels: Plugin<'bar', Partial<ValueLabelsOptions>> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, { labels, color }) {
    if (!labels) return;
    const { ctx, chartArea } = chart;
    const meta = chart.getDatasetMeta(0);
    const family = String(chart.options.font?.family ?? Chart.defaults.font.family);
    const slot = (chartArea.right - chartArea.left) / Math.max(meta.data.length, 1) - GAP;
    const boxes: LabelBox[] = [];
    ctx.save();
    ctx.fillStyle = color ?? '#000';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    meta.data.forEach((bar, i) => {
      const label = labels[i];
      if (!label) return;
      const { lines, size, width } = fit(ctx, label, slot, family);
      ctx.font = `600 ${size}px ${family}`;
      const bottom = bar.y - GAP;
      lines.forEach((line, n) => ctx.fillText(line, bar.x, bottom - (lines.length - 1 - n) * size * LINE));
      boxes.push({ lines, size, left: bar.x - width / 2, right: bar.x + width / 2, top: bottom - lines.length * size * LINE, bottom });
    });
    ctx.restore();
    drawnBoxes.set(chart, boxes);
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
