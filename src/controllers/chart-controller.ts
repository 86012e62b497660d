/**
 * The lifecycle of chart.js charts inside a widget's shadow root: a chart is
 * created after the first render that has its canvas, updated in place when
 * the widget renders again (data, language, theme), and destroyed when its
 * canvas goes away or the widget disconnects. chart.js watches `document`
 * for detached canvases and cannot see into shadow roots, so without this a
 * removed widget would leak its chart.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration } from 'chart.js';
import { schedule, unwatch, watch, type ChartJob } from './chart-scheduler.js';

// Only what the kit draws: bar charts on a category and a linear axis. No tooltip, legend or animation code.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export type BarConfig = ChartConfiguration<'bar', number[], string>;

/** The largest value an axis is given. A valid dataset stays below it (10¹⁵ ÷ a growth of ×0.01); chart.js hangs on an axis near `Number.MAX_VALUE`. */
const DRAWABLE = 1e17;

/**
 * Defence in depth behind the dataset check: a value no axis can draw (not finite, or beyond `DRAWABLE`) becomes a
 * gap (NaN, which chart.js skips) instead of freezing the tab.
 */
export function drawable(data: BarConfig['data']): BarConfig['data'] {
  return {
    ...data,
    datasets: data.datasets.map((set) => ({
      ...set,
      data: set.data.map((v) => (Number.isFinite(v) && Math.abs(v) <= DRAWABLE ? v : NaN)),
    })),
  };
}

export interface ChartSpec {
  /**
   * Matches the `data-chart` attribute of the canvas in the widget's render root. The canvas's parent is its plot:
   * the chart takes the plot's size, so the widget's CSS sizes the plot and keeps the canvas out of the flow.
   */
  readonly key: string;
  readonly config: BarConfig;
}

type BarChart = Chart<'bar', number[], string>;
interface Plot {
  readonly key: string;
  width?: number;
  height?: number;
}

export class ChartController implements ReactiveController {
  readonly #charts = new Map<string, BarChart>();
  /** Charts waiting for their plot's size, by key. */
  readonly #pending = new Map<string, { canvas: HTMLCanvasElement; config: BarConfig }>();
  /** Each plot (a canvas's parent) this widget watches: its chart's key and its last reported size. */
  readonly #plots = new Map<Element, Plot>();
  #drawn: Promise<void> = Promise.resolve();
  #drewBefore = false;
  #resolve?: () => void;
  /** What the page-wide scheduler and observer call (chart-scheduler.ts); not part of the controller's API. */
  readonly #job: ChartJob = {
    read: () => {
      const specs = this.#read();
      return () => this.#apply(specs);
    },
    size: (plot, width, height) => this.#size(plot, width, height),
    draw: (until) => this.#draw(until),
  };

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

  hostUpdated() {
    if (!this.#resolve) this.#drawn = new Promise((resolve) => (this.#resolve = resolve));
    // Only a widget's first charts wait for the batch after the text's frame; once it has drawn, charts are updated
    // in place, or started at once when the page moved the widget or a reader switched back to the chart view.
    if (this.#charts.size || this.#drewBefore) this.#apply(this.#read(), true);
    else schedule(this.#job);
  }

  #read(): readonly ChartSpec[] {
    return this.host.isConnected ? this.specs() : [];
  }

  /**
   * Updates live charts in place. New ones wait for their plot's size from the observer, or, with `now`
   * (one widget moved or switched back to its chart), measure it at once so that the chart is there after the update.
   */
  #apply(specs: readonly ChartSpec[], now = false) {
    // Rendered while detached (its data arrived after the page removed it): no chart. hostConnected draws it if the
    // widget comes back.
    if (!this.host.isConnected) return this.#settle();
    const root = this.host.renderRoot;
    const canvases = new Map<string, HTMLCanvasElement>();
    for (const { key } of specs) {
      const canvas = root.querySelector<HTMLCanvasElement>(`canvas[data-chart="${key}"]`);
      if (canvas?.parentElement) canvases.set(key, canvas);
    }
    for (const [key, chart] of this.#charts) {
      if (chart.canvas !== canvases.get(key)) {
        chart.destroy();
        this.#charts.delete(key);
      }
    }
    for (const [plot, { key }] of this.#plots) {
      if (canvases.get(key)?.parentElement !== plot) {
        this.#plots.delete(plot);
        unwatch(plot);
      }
    }
    this.#pending.clear();
    for (const { key, config } of specs) {
      const canvas = canvases.get(key);
      if (!canvas) continue;
      const chart = this.#charts.get(key);
      if (chart) {
        chart.data = drawable(config.data);
        chart.options = sized(config.options);
        chart.update('none');
        continue;
      }
      this.#pending.set(key, { canvas, config });
      const plot = canvas.parentElement!;
      const known = this.#plots.get(plot);
      if (!known) {
        this.#plots.set(plot, { key });
        watch(plot, this.#job);
        if (now) this.#size(plot, plot.clientWidth, plot.clientHeight);
      } else if (known.width !== undefined) {
        this.#size(plot, known.width, known.height!);
      }
    }
    this.#draw();
  }

  /** A plot's new size: a waiting canvas takes it now, before any chart of the batch is drawn. */
  #size(target: Element, width: number, height: number) {
    const plot = this.#plots.get(target);
    if (!plot) return;
    plot.width = width;
    plot.height = height;
    const canvas = this.#pending.get(plot.key)?.canvas;
    if (!canvas) return;
    canvas.width = width;
    canvas.height = height;
    // What chart.js would set: with it set already, chart.js changes no style, and the next chart's font needs no
    // style pass.
    Object.assign(canvas.style, { display: 'block', boxSizing: 'border-box', width: `${width}px`, height: `${height}px` });
  }

  /**
   * Creates the charts whose plots have a size, and resizes live ones to theirs, until the clock passes `until` (one
   * chart at least); returns true when some are left.
   */
  #draw(until = Infinity): boolean {
    let drawn = false;
    for (const { key, width, height } of this.#plots.values()) {
      if (width === undefined || height === undefined) continue;
      if (drawn && performance.now() >= until) return true;
      const waiting = this.#pending.get(key);
      const chart = this.#charts.get(key);
      if (waiting) {
        this.#pending.delete(key);
        this.#charts.set(
          key,
          new Chart(waiting.canvas, { ...waiting.config, data: drawable(waiting.config.data), options: sized(waiting.config.options) }),
        );
        this.#drewBefore = true;
        drawn = true;
      } else if (chart && width && height && (width !== chart.width || height !== chart.height)) {
        // A hidden plot (print, a closed container) reports 0 × 0: its chart keeps its last size.
        chart.options.devicePixelRatio = devicePixelRatio;
        chart.resize(width, height);
        drawn = true;
      }
    }
    if (!this.#pending.size) this.#settle();
    return false;
  }

  #settle() {
    // In a task of its own: `ew-ready` listeners that change the page's layout must not run inside the observer's
    // callback, where the browser would report a ResizeObserver loop.
    if (this.#resolve) setTimeout(this.#resolve);
    this.#resolve = undefined;
  }

  /** A widget the page moved (a disconnect, then a connect) lost its charts in hostDisconnected: draw them again. */
  hostConnected() {
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected() {
    for (const plot of this.#plots.keys()) unwatch(plot);
    this.#plots.clear();
    this.#pending.clear();
    for (const chart of this.#charts.values()) chart.destroy();
    this.#charts.clear();
    this.#settle();
  }
}

/** The controller sizes every chart: chart.js must neither measure nor watch the page. */
const sized = (options: BarConfig['options']): NonNullable<BarConfig['options']> => ({
  ...options,
  responsive: false,
  // Or chart.resize() keeps the first width-to-height ratio: a narrower plot would keep its old width.
  maintainAspectRatio: false,
  devicePixelRatio,
});
