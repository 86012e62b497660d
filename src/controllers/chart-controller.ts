/**
 * The lifecycle of chart.js charts inside a widget's shadow root: a chart is
 * created after the first render that has its canvas, updated in place when
 * the widget renders something else (data, language, theme), kept while its
 * canvas is hidden (the table view), and destroyed when its canvas goes away
 * or the widget disconnects. All of it in the page-wide scheduler's batches,
 * never in the task of the update. chart.js watches `document`
 * for detached canvases and cannot see into shadow roots, so without this a
 * removed widget would leak its chart.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration } from 'chart.js';
import { onScreen, redraw, schedule, unwatch, watch, type ChartJob } from './chart-scheduler.js';

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
  /** Live charts' new configurations, waiting for their plot to be on screen; by key. */
  readonly #stale = new Map<string, BarConfig>();
  /** What each live chart shows, as JSON of its configuration: a render that changes none of it costs no redraw. */
  readonly #shows = new Map<string, string>();
  /** Each plot (a canvas's parent) this widget watches: its chart's key and its last reported size. */
  readonly #plots = new Map<Element, Plot>();
  #drawn: Promise<void> = Promise.resolve();
  #resolve?: () => void;
  /** The page moved the widget (hostDisconnected took its charts): the next update draws them at once. */
  #moved = false;
  /**
   * A render's specs wait for the page's next batch: until they are read, charts drawn for an earlier render do not
   * settle `drawn`, which the newer render waits on.
   */
  #queued = false;
  /** What the page-wide scheduler and observer call (chart-scheduler.ts); not part of the controller's API. */
  readonly #job: ChartJob = {
    read: () => {
      this.#queued = false;
      const specs = this.#read();
      return () => this.#apply(specs);
    },
    size: (plot, width, height) => this.#size(plot, width, height),
    draw: (until) => this.#draw(until),
  };

  /** Settles once the charts of the latest render are drawn (those on screen, for an update of live charts). */
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
    // A widget the page moved had charts a frame ago: they are back before the next paint, measured at once.
    if (this.#moved) {
      this.#moved = false;
      return this.#apply(this.#read(), true);
    }
    // Nothing of the charts in the update's own task (a reader's click, a theme switch): the page's next batch reads
    // the specs, after the frame that paints the render.
    this.#queued = true;
    schedule(this.#job);
  }

  #read(): readonly ChartSpec[] {
    return this.host.isConnected ? this.specs() : [];
  }

  /**
   * Takes the specs of the latest render: charts whose canvas went are destroyed, live ones get their new
   * configuration when it shows something else, new ones wait for their plot's size from the observer. The drawing
   * itself is the scheduler's, in slices.
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
        this.#shows.delete(key);
        this.#stale.delete(key);
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
      if (this.#charts.has(key)) {
        const shows = showing(config);
        if (shows === this.#shows.get(key)) this.#stale.delete(key);
        else this.#stale.set(key, config);
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
    if (now) this.#draw(Infinity);
    else redraw(this.#job);
  }

  /** A plot's new size: a waiting canvas takes it now, before any chart of the batch is drawn. */
  #size(target: Element, width: number, height: number) {
    const plot = this.#plots.get(target);
    if (!plot) return;
    plot.width = width;
    plot.height = height;
    const canvas = this.#pending.get(plot.key)?.canvas;
    // A hidden plot (the table view, a closed container) is 0 × 0: its chart waits until it is shown.
    if (!canvas || !width || !height) return;
    canvas.width = width;
    canvas.height = height;
    // What chart.js would set: with it set already, chart.js changes no style, and the next chart's font needs no
    // style pass.
    Object.assign(canvas.style, { display: 'block', boxSizing: 'border-box', width: `${width}px`, height: `${height}px` });
  }

  /**
   * Creates the charts whose plots have a size, updates the live ones on screen whose configuration changed, and
   * resizes live ones to their plot, until the clock passes `until` (one chart at least); returns true when some are
   * left.
   */
  #draw(until: number): boolean {
    let drawn = false;
    let waiting = false;
    for (const [element, { key, width, height }] of this.#plots) {
      const pending = this.#pending.get(key);
      const stale = this.#stale.get(key);
      const chart = this.#charts.get(key);
      // Not yet measured: its first chart waits for the observer.
      if (width === undefined || height === undefined) {
        if (pending) waiting = true;
        continue;
      }
      // Hidden (0 × 0): a chart keeps its last size, a new one waits until it is shown.
      if (!width || !height) continue;
      const update = stale && chart && onScreen(element);
      const resize = chart && (width !== chart.width || height !== chart.height);
      if (!pending && !update && !resize) continue;
      if (drawn && performance.now() >= until) return true;
      drawn = true;
      if (pending) {
        this.#pending.delete(key);
        this.#charts.set(
          key,
          new Chart(pending.canvas, { ...pending.config, data: drawable(pending.config.data), options: sized(pending.config.options) }),
        );
        this.#shows.set(key, showing(pending.config));
        continue;
      }
      if (update) {
        this.#stale.delete(key);
        this.#shows.set(key, showing(stale));
        chart.data = drawable(stale.data);
        chart.options = sized(stale.options);
      }
      if (resize) {
        chart.options.devicePixelRatio = devicePixelRatio;
        chart.resize(width, height);
      }
      if (update) chart.update('none');
    }
    if (!waiting && !this.#queued) this.#settle();
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
    this.#moved = this.#charts.size > 0;
    for (const plot of this.#plots.keys()) unwatch(plot);
    this.#plots.clear();
    this.#pending.clear();
    this.#stale.clear();
    this.#shows.clear();
    for (const chart of this.#charts.values()) chart.destroy();
    this.#charts.clear();
    this.#settle();
  }
}

/** A pattern (a hatched fill) as JSON: the same object, the same number. */
const patterns = new WeakMap<CanvasPattern, number>();
const patternId = (pattern: CanvasPattern) => {
  let id = patterns.get(pattern);
  if (id === undefined) patterns.set(pattern, (id = ++patternCount));
  return id;
};
let patternCount = 0;
/**
 * What a configuration shows, as text: its values, colours and labels. Its functions are left out: what one of them
 * reads (the language of the tick labels) shows in the labels too.
 */
const showing = (config: BarConfig): string =>
  JSON.stringify(config, (_key, value: unknown) =>
    typeof CanvasPattern !== 'undefined' && value instanceof CanvasPattern ? `pattern ${patternId(value)}` : value,
  );

/** The controller sizes every chart: chart.js must neither measure nor watch the page. */
const sized = (options: BarConfig['options']): NonNullable<BarConfig['options']> => ({
  ...options,
  responsive: false,
  // Or chart.resize() keeps the first width-to-height ratio: a narrower plot would keep its old width.
  maintainAspectRatio: false,
  devicePixelRatio,
});
