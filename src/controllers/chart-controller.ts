/**
 * The lifecycle of chart.js charts inside a widget's shadow root: a chart is
 * created after the first render that has its canvas, updated in place when
 * the widget renders again (data, language, theme), and destroyed when its
 * canvas goes away or the widget disconnects. chart.js watches `document`
 * for detached canvases and cannot see into shadow roots, so without this a
 * removed widget would leak its chart.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';

// Only what the kit draws: bar charts on a category and a linear axis. No tooltip, legend or animation code.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export type BarConfig = ChartConfiguration<'bar', number[], string>;

export interface ChartSpec {
  /** Matches the `data-chart` attribute of the canvas in the widget's render root. */
  readonly key: string;
  readonly config: BarConfig;
}

declare module 'chart.js' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the type parameter must match chart.js's declaration
  interface PluginOptionsByType<TType> {
    /** Text drawn above each bar (the value with its qualifier), so a reader needs no hover. */
    valueLabels?: { labels: readonly string[]; color: string } | undefined;
  }
}

/** Writes each bar's label above it; chart.js has no built-in data labels and the plugin package would cost more. */
export const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, options) {
    const { labels, color } = options as { labels?: readonly string[]; color?: string };
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

/** The colours and font a chart takes from the widget's CSS custom properties: canvas cannot read CSS itself. */
export interface ChartTheme {
  readonly series: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly background: string;
  readonly font: { family: string };
}

/** Reads the theme from an element inside the widget; call it after render, when styles apply. */
export function readChartTheme(el: Element): ChartTheme {
  const style = getComputedStyle(el);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    series: token('--_series-1'),
    text: token('--_text'),
    muted: token('--_muted'),
    grid: token('--_grid'),
    background: token('--_bg'),
    font: { family: style.fontFamily },
  };
}

// Charts of every widget on the page are drawn together, after the frame that paints the widgets' text: first every
// widget's spec is read (computed styles), then every chart is created, so reads and writes do not alternate.
const queue = new Set<ChartController>();
let scheduled = false;
function schedule(controller: ChartController) {
  queue.add(controller);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => setTimeout(flush));
}
function flush() {
  scheduled = false;
  const batch = [...queue];
  queue.clear();
  const specs = batch.map((c) => c.read());
  batch.forEach((c, i) => c.apply(specs[i]!));
}

export class ChartController implements ReactiveController {
  readonly #charts = new Map<string, Chart<'bar', number[], string>>();
  #drawn: Promise<void> = Promise.resolve();
  #drewBefore = false;
  #resolve?: () => void;

  /** Settles once the charts of the latest render are drawn. */
  get drawn(): Promise<void> {
    return this.#drawn;
  }

  /** `specs` runs after each render, when the canvases exist and CSS custom properties can be read. */
  constructor(
    private readonly host: ReactiveElement,
    private readonly specs: () => readonly ChartSpec[],
  ) {
    host.addController(this);
  }

  /** The live charts, by key. */
  get charts(): ReadonlyMap<string, Chart<'bar', number[], string>> {
    return this.#charts;
  }

  hostUpdated() {
    // Only a widget's first charts wait for the batch after the text's frame; once it has drawn, charts are updated
    // in place, or redrawn at once when the page moved the widget or a reader switched back to the chart view.
    if (this.#charts.size || this.#drewBefore) return this.apply(this.read());
    if (!this.#resolve) this.#drawn = new Promise((resolve) => (this.#resolve = resolve));
    schedule(this);
  }

  /** @internal */
  read(): readonly ChartSpec[] {
    return this.host.isConnected ? this.specs() : [];
  }

  /** @internal */
  apply(specs: readonly ChartSpec[]) {
    const done = () => {
      this.#resolve?.();
      this.#resolve = undefined;
    };
    // Rendered while detached (its data arrived after the page removed it): no chart, or chart.js would watch the
    // document for the canvas forever. hostConnected draws it if the widget comes back.
    if (!this.host.isConnected) return done();
    const root = this.host.renderRoot;
    const wanted = new Map(specs.map((spec) => [spec.key, spec]));
    for (const [key, chart] of this.#charts) {
      const canvas = root.querySelector(`canvas[data-chart="${key}"]`);
      if (!wanted.has(key) || chart.canvas !== canvas) {
        chart.destroy();
        this.#charts.delete(key);
      }
    }
    for (const { key, config } of specs) {
      const canvas = root.querySelector<HTMLCanvasElement>(`canvas[data-chart="${key}"]`);
      if (!canvas) continue;
      const chart = this.#charts.get(key);
      if (!chart) {
        this.#charts.set(key, new Chart(canvas, config));
      } else {
        chart.data = config.data;
        chart.options = config.options ?? {};
        chart.update('none');
      }
    }
    if (this.#charts.size) this.#drewBefore = true;
    done();
  }

  /** A widget the page moved (a disconnect, then a connect) lost its charts in hostDisconnected: draw them again. */
  hostConnected() {
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected() {
    for (const chart of this.#charts.values()) chart.destroy();
    this.#charts.clear();
  }
}
