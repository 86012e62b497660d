/**
 * The page-wide side of the renders a page asks of many widgets at once (their first render with data, and a theme
 * change, which re-renders every widget): they take turns, so that a page with many widgets does not
 * render them all in one long task (50 `<export-growth>` took one task of about 240 ms to render, and a theme switch
 * on them one of about 390 ms).
 *
 * Widgets render in the order they ask, in the same task while that task has run for less than `RENDER_SLICE_MS`; a
 * widget that asks later waits for the browser's next frame (which lays out and paints what was rendered, and lets
 * the reader's input through) and renders in a new task.
 * A page with a few widgets renders them all at once, as before. The widgets are in document order, so the ones at the
 * top of the page, which a reader sees first, render first; a widget waiting for its turn keeps what it showed (its
 * pre-rendered content, its loading state at its reserved height, or its other theme).
 */

/**
 * Milliseconds of renders in one task, their layout included (`layOut`), before the next widget waits for a new one.
 * Measured with `npm run bench` on the 50-widget page (medians of 4 loads, 2 shared cores): 45 ms, layout left to the
 * frame, gave a longest task of about 100 ms; 25 ms gave 60 ms, the frame after each turn laying out what it rendered
 * (30 ms of layout after 25 ms of render); with the layout in the turn, no task of 50 ms or more; 35 ms with the layout
 * gave 54 ms, and no earlier last chart.
 */
export const RENDER_SLICE_MS = 25;

/** Renders waiting for their turn, oldest first; each resolves or rejects its widget's update. */
const waiting: (() => void)[] = [];
let draining = false;
/** When the current task's first render started; undefined once that task has ended. */
let sliceStart: number | undefined;
/** Counts slices, so that the end of an earlier task never ends a later slice. */
let slices = 0;

/** True while the current task may render one more widget. */
function inSlice(): boolean {
  const now = performance.now();
  if (sliceStart === undefined) {
    sliceStart = now;
    const slice = ++slices;
    const end = () => {
      if (slice === slices) sliceStart = undefined;
    };
    // The slice ends with its task, at the first later task of either kind: Chromium and Firefox handle a message
    // before timers, while WebKit may run a timer queued after it first, but runs timers in the order queued.
    setTimeout(end);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      end();
    };
    channel.port2.postMessage(null);
  }
  return now - sliceStart < RENDER_SLICE_MS;
}
// The task that evaluates the kit's module also upgrades the page's widgets and renders the first of them: its slice
// starts now, with the module's own evaluation counted.
inSlice();

/**
 * Lays the page out now: the layout of what a render added costs about as much as the render, and counted in the turn
 * it belongs to, it leaves the frame after the turn only the paint.
 */
function layOut() {
  document.documentElement.getBoundingClientRect();
}

/**
 * Runs `render` (a widget's render that takes its turn) now if the current task has room for it and no widget is waiting,
 * else in a later task after those that wait. Settles once it has run, with its error if it threw.
 *
 * `afterPaint`: never now, always after the next frame. For the renders that follow a reader's input to the page (its
 * theme switch): the page's own change is painted first, and the widgets follow in the next frames. On a phone-class
 * CPU (4× slower) the three widgets of a news page re-rendered in the switch's task held its paint back by 90 ms.
 */
export function renderInTurn(render: () => void, { afterPaint = false } = {}): Promise<void> {
  if (!afterPaint && !waiting.length && inSlice()) {
    render();
    layOut();
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    waiting.push(() => {
      try {
        render();
        layOut();
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    if (!draining) void drain();
  });
}

/**
 * Resolves in a task after the browser's next frame: that frame paints what the last turn rendered. A document the
 * browser does not render (a background tab, an iframe of another origin scrolled out of view) gets no animation
 * frame: there a turn waits `UNRENDERED_MS` instead, or its widgets would never render.
 */
const afterNextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, UNRENDERED_MS);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
  });
const UNRENDERED_MS = 100;

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
    // Once the frame after the last turn has painted it.
    const waitingForRenders = done.splice(0);
    if (waitingForRenders.length) void afterNextFrame().then(() => waitingForRenders.forEach((resolve) => resolve()));
  }
}

/** What waits for the renders to be done. */
const done: (() => void)[] = [];

/**
 * Settles once no render waits for its turn, and the frame after the last has painted it. The page's charts
 * (chart-scheduler.ts) are drawn after that: a reader gets every widget's text first (50 widgets' text painted at about
 * 650 ms instead of 1,000 ms, the last chart no later), and a render turn never waits behind charts.
 */
export function rendered(): Promise<void> {
  return draining ? new Promise((resolve) => done.push(resolve)) : Promise.resolve();
}
