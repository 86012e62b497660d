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
 */

/** What the scheduler asks of one widget's charts (a ChartController keeps its job private). */
export interface ChartJob {
  /** Reads what the widget's charts need (computed styles), and returns what writes them. */
  read(): () => void;
  /** A watched plot's new size: a waiting canvas takes it now, before any chart of the batch is drawn. */
  size(plot: Element, width: number, height: number): void;
  /** Creates the charts whose plots have a size, and resizes live ones to theirs. */
  draw(): void;
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

/** The observer exists while some plot is watched, so a page whose widgets are gone keeps none. */
let observer: ResizeObserver | undefined;
const watched = new Map<Element, ChartJob>();

/** Reports the plot's sizes to the job, after each layout that changes them. */
export function watch(plot: Element, job: ChartJob): void {
  watched.set(plot, job);
  (observer ??= new ResizeObserver(resized)).observe(plot);
}
export function unwatch(plot: Element): void {
  watched.delete(plot);
  observer?.unobserve(plot);
  if (watched.size) return;
  observer?.disconnect();
  observer = undefined;
}
function resized(entries: readonly ResizeObserverEntry[]) {
  const touched = new Set<ChartJob>();
  for (const { target, contentRect } of entries) {
    const job = watched.get(target);
    if (!job) continue;
    job.size(target, Math.floor(contentRect.width), Math.floor(contentRect.height));
    touched.add(job);
  }
  for (const job of touched) job.draw();
}
