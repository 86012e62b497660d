/**
 * The page-wide side of widgets' first renders with data: they take turns, so that a page with many widgets does
 * not render them all in one long task (50 `<export-growth>` took one task of about 240 ms).
 *
 * Widgets render their data in the order they ask, in the same task while that task has run for less than
 * `RENDER_SLICE_MS`; a widget that asks later waits for the browser's next frame (which lays out and paints what was
 * rendered, and lets the reader's input through) and renders in a new task.
 * A page with a few widgets renders them all at once, as before. The widgets are in document order, so the ones at the
 * top of the page, which a reader sees first, render first; a widget waiting for its turn keeps what it showed (its
 * pre-rendered content, or its loading state at its reserved height).
 */

/**
 * Milliseconds of first renders in one task before the next widget waits for a new one. Measured with `npm run bench`
 * (load average 1 to 4): 45 ms keeps the five widgets of the `all` page in one task, so their text paints together
 * and well before the charts (67 ms before), and cuts the 50-widget page's longest task from about 240 ms to 111 ms,
 * time to the last chart 1.97× the bare charts' (2.06× before). 30 ms gave a longest task of 80 ms, but split the five
 * widgets over two frames: their text painted only 14 ms before the charts, and the last chart came later (2.15×).
 */
export const RENDER_SLICE_MS = 45;

/** Renders waiting for their turn, oldest first; each resolves or rejects its widget's update. */
const waiting: (() => void)[] = [];
let draining = false;
/** When the current task's first render started; undefined once that task has ended. */
let sliceStart: number | undefined;

/** True while the current task may render one more widget. */
function inSlice(): boolean {
  const now = performance.now();
  if (sliceStart === undefined) {
    sliceStart = now;
    // Ends with the task: a message is handled in a later task, whatever the microtasks of this one do.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      sliceStart = undefined;
    };
    channel.port2.postMessage(null);
  }
  return now - sliceStart < RENDER_SLICE_MS;
}

/**
 * Runs `render` (a widget's first render with data) now if the current task has room for it and no widget is waiting,
 * else in a later task after those that wait. Settles once it has run, with its error if it threw.
 */
export function renderInTurn(render: () => void): Promise<void> {
  if (!waiting.length && inSlice()) {
    render();
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    waiting.push(() => {
      try {
        render();
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    if (!draining) void drain();
  });
}

/**
 * Resolves in a task after the browser's next frame: that frame lays out and paints what the last turn rendered, so the
 * layout of many widgets is spread over frames as their renders are.
 */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function drain() {
  draining = true;
  try {
    while (waiting.length) {
      await afterNextFrame();
      sliceStart = undefined;
      inSlice();
      // At least one render per task, however long it takes.
      do waiting.shift()!();
      while (waiting.length && inSlice());
    }
  } finally {
    draining = false;
  }
}
