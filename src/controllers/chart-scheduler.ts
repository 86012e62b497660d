/**
 * The page-wide side of charts: one batch in which every widget's charts start, and one ResizeObserver for every
 * plot on the page.
 *
 * Charts of every widget on the page start together, after the frame that paints the widgets' text: first every
 * widget's spec is read (computed styles), then every plot is handed to one ResizeObserver, which reports the sizes
 * of all of them after the next layout. Then every canvas is given its size, and only then is every chart created at
 * that size (`responsive: false`). chart.js measures nothing itself, and no chart's writes come between another
 * chart's reads: measuring one canvas after another forced a style and layout pass per chart, the largest cost of a
 * page with many charts.
 *
 * The charts are then drawn a few at a time, widget by widget, with a yield to the browser after every
 * `CHART_SLICE_MS` of drawing, so that a page with many charts keeps answering a reader's input (50 `<export-growth>`
 * drew 150 charts in one task of about 370 ms), once the widgets that wait for their turn to render have rendered: the
 * text of every widget comes first. A widget settles (and says `ew-ready`) once its last chart is drawn.
 *
 * Every later change of a widget's charts (a theme switch, new data, a view shown again) takes the same way: read in
 * the batch after the frame that paints the render, drawn in the slices. So a reader's click is painted before any
 * chart work, which on a phone-class CPU takes 20–40 ms a chart. A live chart whose plot is off screen (or hidden) is
 * not updated until it comes within `NEAR` of the screen: a theme switch redraws what a reader sees.
 */
import { yieldToBrowser } from '../lib/yield.js';
import { rendered } from './render-scheduler.js';

/** What the scheduler asks of one widget's charts (a ChartController keeps its job private). */
export interface ChartJob {
  /** Reads what the widget's charts need (computed styles), and returns what writes them. */
  read(): () => void;
  /** A watched plot's new size: a waiting canvas takes it now, before any chart of the batch is drawn. */
  size(plot: Element, width: number, height: number): void;
  /**
   * Creates the charts whose plots have a size, and resizes live ones to theirs, one after another until the clock
   * passes `until` (one at least); returns true when some are left for a later call.
   */
  draw(until: number): boolean;
}

const queue = new Set<ChartJob>();
let scheduled = false;

/** Starts the job's charts in the page's next batch. */
export function schedule(job: ChartJob): void {
  queue.add(job);
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => setTimeout(flush));
}
function flush() {
  scheduled = false;
  const batch = [...queue];
  queue.clear();
  const writes = batch.map((job) => job.read());
  for (const write of writes) write();
}

/** The observers exist while some plot is watched, so a page whose widgets are gone keeps none. */
let observer: ResizeObserver | undefined;
let sight: IntersectionObserver | undefined;
const watched = new Map<Element, ChartJob>();
/** Watched plots within `NEAR` of the screen, as the IntersectionObserver last said. */
const near = new Set<Element>();
/** How far off screen a plot still counts as on it: a chart about to scroll in is redrawn before it does. */
const NEAR = '50%';

/** Reports the plot's sizes to the job, after each layout that changes them, and whether it is on screen. */
export function watch(plot: Element, job: ChartJob): void {
  watched.set(plot, job);
  (observer ??= new ResizeObserver(resized)).observe(plot);
  (sight ??= new IntersectionObserver(seen, { rootMargin: NEAR })).observe(plot);
}
export function unwatch(plot: Element): void {
  watched.delete(plot);
  near.delete(plot);
  observer?.unobserve(plot);
  sight?.unobserve(plot);
  if (watched.size) return;
  observer?.disconnect();
  observer = undefined;
  sight?.disconnect();
  sight = undefined;
}
function resized(entries: readonly ResizeObserverEntry[]) {
  for (const { target, contentRect } of entries) {
    const job = watched.get(target);
    if (!job) continue;
    job.size(target, Math.floor(contentRect.width), Math.floor(contentRect.height));
    drawing.add(job);
  }
  if (!draining) void drain();
}
function seen(entries: readonly IntersectionObserverEntry[]) {
  for (const { target, isIntersecting } of entries) {
    const job = watched.get(target);
    if (!job || !isIntersecting) {
      near.delete(target);
      continue;
    }
    near.add(target);
    // Its chart may wait for an update that was left while it was off screen.
    drawing.add(job);
  }
  if (!draining) void drain();
}

/** Whether a watched plot is on screen or near it: its chart's updates are drawn now, the others' when it comes. */
export function onScreen(plot: Element): boolean {
  return near.has(plot);
}

/** The job has charts to update or create: drawn in the next slices, after the frame that paints its render. */
export function redraw(job: ChartJob): void {
  drawing.add(job);
  if (!draining) void drain();
}

/**
 * Milliseconds of chart drawing in one task before the browser gets a turn: a task draws chart after chart, of one
 * widget and the next, until it has run this long (one chart at least, however long it takes). Drawing lays nothing
 * out, so the frame after a batch costs little. Batches of 12 charts took tasks of about 100 ms when the machine was
 * busy, and a widget's charts drawn in one go took 70 ms for the page's first widget (chart.js's code runs cold); a
 * time budget keeps a batch under a long task at any speed. The observer's own task, which sizes every canvas (about
 * 30 ms for 150), draws none.
 */
export const CHART_SLICE_MS = 30;

/** Widgets whose plots have a new size, in the order they got it; drawn by `drain`. */
const drawing = new Set<ChartJob>();
let draining = false;

/** Draws the waiting widgets' charts in tasks of their own, yielding to the browser after every `CHART_SLICE_MS`. */
async function drain() {
  draining = true;
  try {
    // A Set keeps its order as widgets are added during a yield: the oldest is drawn first.
    let started = -Infinity;
    for (let job = first(); job; job = first()) {
      if (performance.now() - started >= CHART_SLICE_MS) {
        await rendered();
        await yieldToBrowser();
        started = performance.now();
      }
      let more = false;
      try {
        more = job.draw(started + CHART_SLICE_MS);
      } catch (error) {
        // One widget's failure leaves the others' charts to draw.
        reportError(error);
      }
      if (!more) drawing.delete(job);
    }
  } finally {
    draining = false;
  }
}
const first = (): ChartJob | undefined => drawing.values().next().value;
