/** What the kit draws on a chart's canvas beyond chart.js: value labels above the bars, and hatching for derived values. */
import { Chart, type Plugin, type Scale } from 'chart.js';

/**
 * The options of the `valueLabels` plugin: one label per bar (the value with its qualifier), their colour, and the
 * colour of the label of a slot without a bar (a gap in time: «нет данных»).
 */
export interface ValueLabelsOptions {
  readonly labels: readonly string[];
  readonly color: string;
  readonly muted: string;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter must match chart.js's declaration
  interface PluginOptionsByType<TType> {
    /** Text drawn above each bar (the value with its qualifier), so a reader needs no hover. */
    valueLabels?: ValueLabelsOptions | undefined;
  }
}

/** Where a value label was drawn, in canvas pixels: its lines, font size and box (upright or across). */
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
/** Room above the plot for a label on two lines at the largest size. */
const ROOM = 34;

type Ctx = CanvasRenderingContext2D;
/** The charts whose labels `labelRoom` judged too long to run across their slots: they are written upwards. */
const upright = new WeakSet<Chart>();
const font = (size: number, family: string) => `600 ${size}px ${family}`;
const familyOf = (chart: Chart) => String(chart.options.font?.family ?? Chart.defaults.font.family);

/**
 * The label in the lines and size that fit `width`: one line if it fits, else two split at the space that makes the
 * wider line narrowest («≈ 55 млн» / «рубль»), one pixel smaller at a time down to the smallest size.
 */
function fit(ctx: Ctx, label: string, width: number, family: string) {
  let best: { lines: string[]; size: number; width: number } = { lines: [label], size: SIZES.min, width: Infinity };
  for (let size: number = SIZES.max; size >= SIZES.min; size--) {
    ctx.font = font(size, family);
    const measure = (lines: string[]) => Math.max(...lines.map((line) => ctx.measureText(line).width));
    const splits = [...label.matchAll(/ /g)].map(({ index }) => [label.slice(0, index), label.slice(index + 1)]);
    for (const lines of [[label], ...splits]) {
      const widest = measure(lines);
      if (widest <= width) return { lines, size, width: widest };
      if (widest < best.width) best = { lines, size, width: widest };
    }
  }
  return best;
}

/** Every label across its slot, or undefined when one does not fit even on two lines at the smallest size. */
function across(ctx: Ctx, labels: readonly string[], slot: number, family: string) {
  const fits = labels.map((label) => fit(ctx, label, slot, family));
  return fits.every((f) => f.width <= slot) ? fits : undefined;
}

/** How long each label is, written upwards at `size`. */
function lengths(ctx: Ctx, labels: readonly string[], size: number, family: string) {
  ctx.font = font(size, family);
  return labels.map((label) => ctx.measureText(label).width);
}

/** The largest size whose line fits a slot `slot` wide when labels run upwards. */
const uprightSize = (slot: number) => Math.max(SIZES.min, Math.min(SIZES.max, Math.floor(slot / LINE)));

/**
 * The room a chart keeps above its plot for its value labels: enough for two lines across a bar, or, when the labels
 * will not fit across the slots, for each label written upwards above its bar. chart.js lays out before the plugin
 * draws, so this judges from the canvas: the slots from its width less the y axis (as wide as its widest tick), a
 * bar's height from its share of the axis's top, the x axis as tall as its longest label. A bar at a share
 * `f` of the plot has `room + (1 − f) × plot` above it; the room is the least that leaves every label its length.
 * The plugin then writes the labels the way judged here, so the room kept is the room the labels use.
 */
export function labelRoom(chart: Chart): number {
  const labels = chart.options.plugins?.valueLabels?.labels as readonly string[] | undefined;
  if (!labels?.length) return ROOM;
  const { ctx } = chart;
  const family = familyOf(chart);
  ctx.save();
  const values = chart.data.datasets[0]?.data.map(Number) ?? [];
  const yAxis = chart.options.scales?.y as
    { suggestedMax?: number; ticks?: { callback?: (value: number, index: number, ticks: []) => unknown } } | undefined;
  const top = Math.max(Number(yAxis?.suggestedMax) || 0, ...values.filter(Number.isFinite));
  // The y axis is as wide as its widest tick, the top's or its half's («500 млн ₽»), plus its padding.
  const ticks = [top, top / 2].map((v) => String(yAxis?.ticks?.callback?.call(chart.scales.y, v, 0, []) ?? v));
  const axis = Math.max(...lengths(ctx, ticks, SIZES.max, family)) + 24;
  const slot = (chart.width - axis) / labels.length - GAP;
  let room: number = ROOM;
  const flat = across(ctx, labels, slot, family);
  // The plugin draws the labels as judged here, so the room kept is the room used.
  if (flat) upright.delete(chart);
  else upright.add(chart);
  if (!flat) {
    const plot = chart.height - Math.max(...lengths(ctx, (chart.data.labels ?? []).map(String), SIZES.max, family)) - 2 * GAP;
    lengths(ctx, labels, uprightSize(slot), family).forEach((length, i) => {
      const share = values[i]! / top;
      if (share > 0) room = Math.max(room, (length + 2 * GAP - (1 - share) * plot) / share);
    });
  }
  ctx.restore();
  return Math.ceil(room);
}

/**
 * Writes each bar's label above it, inside the bar's own slot of the axis, so that labels never overlap each other
 * or a bar at any width or in any language: across the slot when every label fits there (a long one wrapped onto a
 * second line, then smaller), else every label written upwards, one size for the chart, as large as the slots and
 * the room above the bars allow. A label that would still not fit is left out rather than drawn over another: the
 * table and the chart's description give every value. chart.js has no built-in data labels; the plugin package
 * would cost more.
 */
export const valueLabels: Plugin<'bar', Partial<ValueLabelsOptions>> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, { labels, color, muted }) {
    if (!labels) return;
    const { ctx, chartArea } = chart;
    const meta = chart.getDatasetMeta(0);
    const family = familyOf(chart);
    const step = (chartArea.right - chartArea.left) / Math.max(meta.data.length, 1);
    const values = chart.data.datasets[0]?.data ?? [];
    // A slot without a value (a gap in time) has its label on the axis line.
    const bottoms = meta.data.map((bar, i) => (Number.isFinite(values[i]) ? bar.y : chartArea.bottom) - GAP);
    ctx.save();
    const flat = upright.has(chart) ? undefined : across(ctx, labels, step - GAP, family);
    let size = uprightSize(step - GAP);
    let long = lengths(ctx, labels, size, family);
    while (!flat && size > SIZES.min && long.some((length, i) => length > bottoms[i]!)) long = lengths(ctx, labels, --size, family);
    const boxes: LabelBox[] = [];
    meta.data.forEach(({ x }, i) => {
      const label = labels[i];
      const bottom = bottoms[i]!;
      if (!label || !Number.isFinite(x)) return;
      ctx.fillStyle = (Number.isFinite(values[i]) ? color : muted) ?? '#000';
      if (flat) {
        const { lines, size, width } = flat[i]!;
        ctx.font = font(size, family);
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        lines.forEach((line, n) => ctx.fillText(line, x, bottom - (lines.length - 1 - n) * size * LINE));
        boxes.push({ lines, size, left: x - width / 2, right: x + width / 2, top: bottom - lines.length * size * LINE, bottom });
      } else if (long[i]! <= bottom) {
        ctx.font = font(size, family);
        ctx.textAlign = 'left';
        ctx.textBaseline = 'middle';
        ctx.save();
        ctx.translate(x, bottom);
        ctx.rotate(-Math.PI / 2);
        ctx.fillText(label, 0, 0);
        ctx.restore();
        const half = (size * LINE) / 2;
        boxes.push({ lines: [label], size, left: x - half, right: x + half, top: bottom - long[i]!, bottom });
      }
    });
    ctx.restore();
    drawnBoxes.set(chart, boxes);
  },
};

/**
 * Keeps the plots of one widget's charts one height on one baseline, whatever their labels take: a chart whose value
 * labels run upwards keeps more room above its plot, one whose years turn has a taller axis below it, and its bars
 * would otherwise be shorter for the same amount. Every chart's x axis is as tall as the tallest (`fitAxis`, its
 * `afterFit`), and after each layout every chart's top padding gains what its plot exceeds the shortest one by
 * (`extra`). A chart whose axis or padding changed is laid out again, once: what it would have without them stays.
 * Charts whose axes reach the same top then draw one amount at one height.
 */
export class PlotHeights {
  /** Each live chart's plot height without its extra padding, and its x axis's own height. */
  readonly #natural = new Map<Chart, number>();
  readonly #axes = new Map<Chart, number>();
  readonly #extra = new WeakMap<Chart, number>();
  /** The axis height each chart was last laid out with. */
  readonly #fitted = new WeakMap<Chart, number>();

  /** The padding a chart adds above its plot: what `layout.padding.top` adds to the labels' room. */
  readonly extra = (chart: Chart): number => this.#extra.get(chart) ?? 0;

  /** The x axis's `afterFit`: as tall as the tallest x axis of the widget's charts. */
  readonly fitAxis = (scale: Scale): void => {
    this.#axes.set(scale.chart, scale.height);
    scale.height = Math.max(...this.#axes.values());
    this.#fitted.set(scale.chart, scale.height);
  };

  readonly plugin: Plugin<'bar'> = {
    id: 'plotHeights',
    afterLayout: (chart) => this.#measure(chart),
    afterDestroy: (chart) => {
      this.#natural.delete(chart);
      this.#axes.delete(chart);
    },
  };

  #measure(chart: Chart) {
    const natural = chart.chartArea.bottom - chart.chartArea.top + this.extra(chart);
    // A chart with no room at all (a hidden plot) neither sets nor follows the height.
    if (!(natural > 0)) {
      this.#natural.delete(chart);
      this.#axes.delete(chart);
      return;
    }
    this.#natural.set(chart, natural);
    const least = Math.min(...this.#natural.values());
    const axis = Math.max(...this.#axes.values());
    for (const [other, height] of this.#natural) {
      const extra = height - least;
      const fitted = this.#fitted.get(other) ?? axis;
      if (Math.abs(extra - this.extra(other)) < 0.5 && fitted > axis - 0.5) continue;
      this.#extra.set(other, extra);
      // After the layout that runs now: chart.js does not lay a chart out again from inside its own update.
      queueMicrotask(() => this.#natural.has(other) && other.update('none'));
    }
  }
}

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
