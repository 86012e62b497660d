// The benchmark's in-page collector: a classic 'self' script in <head>, before the kit or the reference bundle.
// It records what a reader's page feels, on the page's own clock (performance.now(), 0 = navigation start):
//   text     — the first frame in which every widget's shadow root has its heading and summary text: checked in each
//              requestAnimationFrame callback; the time is taken after that frame's rendering (a message posted from
//              the callback runs once the frame's style, layout and paint are done);
//   ready    — the last `ew-ready` (a widget fires it after its charts are created; chart.js draws synchronously with
//              animation off) or, on a reference page, the last `ref-drawn` (sent right after `new Chart()`);
//   drawn    — the end of the first frame after `ready`, measured like `text`: the frame that shows every chart;
//   appeared — the frame in which every widget first has a height (its loading state, or its content): layout
//              shifts from the next frame on are the widgets' own (`clsAfter`); those up to it are the page making
//              room for them (the kit cannot prevent that: the page paints before the module has run);
//   fcp, lcp, long tasks, layout shifts from PerformanceObserver;
//   and, on request (`window.__benchTheme()`), a theme switch after all that.
// `window.__bench` is a promise of the figures, settled 300 ms after the last of them so late shifts and long tasks count.
(() => {
  const root = document.documentElement;
  const units = Number(root.dataset.benchUnits);
  const tags = (root.dataset.benchTags || '').split(',').filter(Boolean);
  const out = {
    text: null,
    ready: null,
    drawn: null,
    appeared: null,
    fcp: null,
    lcp: null,
    cls: 0,
    clsAfter: 0,
    shifts: [],
    longTasks: [],
    errors: [],
  };
  const shifts = [];
  const observe = (type, each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
    } catch {
      out.errors.push(`no PerformanceObserver for ${type}`);
    }
  };
  observe('paint', (e) => e.name === 'first-contentful-paint' && (out.fcp = e.startTime));
  observe('largest-contentful-paint', (e) => (out.lcp = e.renderTime || e.startTime));
  const longTasks = [];
  observe('longtask', (e) => (longTasks.push(e), out.longTasks.push(Math.round(e.duration))));
  observe('layout-shift', (e) => !e.hadRecentInput && shifts.push(e));

  /** Runs `then(time)` after the current frame's rendering work: call it from a requestAnimationFrame callback. */
  const afterFrame = (then) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(0);
  };

  let finish;
  window.__bench = new Promise((resolve) => (finish = resolve));
  let nextFrame = null;
  const maybeDone = () => {
    if (out.drawn === null || nextFrame === null || (tags.length && out.text === null)) return;
    setTimeout(() => {
      for (const e of shifts) {
        out.cls += e.value;
        if (e.startTime >= nextFrame) out.clsAfter += e.value;
        out.shifts.push({
          at: Math.round(e.startTime),
          value: Number(e.value.toFixed(4)),
          sources: (e.sources || []).map((s) => (s.node ? s.node.nodeName.toLowerCase() : '?')).join(' '),
        });
      }
      out.nextFrame = nextFrame;
      finish(out);
    }, 300);
  };

  // Reading the height lays the page out a little earlier than the frame would; only until the widgets appear.
  const shown = (el) => Boolean(el.shadowRoot) && el.getBoundingClientRect().height > 0;
  const hasText = (el) => {
    const heading = el.shadowRoot?.querySelector('h2');
    const summary = el.shadowRoot?.querySelector('.summary');
    return Boolean(heading?.textContent.trim()) && (!summary || Boolean(summary.textContent.trim()));
  };
  let count = 0;
  // One frame loop on every page, reference pages too, so that both kinds of page pay for it.
  const poll = () => {
    if (out.appeared !== null && nextFrame === null) {
      // The time now, not the frame's timestamp: the previous frame's layout and paint (where its shifts are found
      // and stamped) are done by the time this callback runs.
      nextFrame = performance.now();
      maybeDone();
    }
    const widgets = [...document.querySelectorAll(tags.join(',') || 'none')];
    const all = tags.length ? widgets.length === units : count === units;
    if (out.appeared === null && all && widgets.every(shown)) out.appeared = performance.now();
    if (out.text === null && tags.length && all && widgets.every(hasText)) afterFrame((t) => ((out.text = t), maybeDone()));
    if (nextFrame === null || (tags.length && out.text === null)) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  const onReady = () => {
    if (++count !== units) return;
    out.ready = performance.now();
    requestAnimationFrame(() => afterFrame((t) => ((out.drawn = t), maybeDone())));
  };
  // The theme switch, called by scripts/bench.ts once the page is drawn: the page's own dark-mode signal (`data-theme`
  // on <html>, as a site's theme toggle sets it) flips to dark. `switched` is the end of the first frame in which every
  // widget shows the dark theme (a widget updates its charts in the same render), from the flip; `longTasks` those that
  // end after the flip (the task that flips it included) until 300 ms after that frame.
  window.__benchTheme = () =>
    new Promise((resolve) => {
      const start = performance.now();
      root.dataset.theme = 'dark';
      const dark = (el) => Boolean(el.shadowRoot?.querySelector('.base.dark'));
      const poll = () => {
        if (![...document.querySelectorAll(tags.join(','))].every(dark)) return requestAnimationFrame(poll);
        afterFrame((t) =>
          setTimeout(
            () =>
              resolve({
                switched: t - start,
                longTasks: longTasks.filter((e) => e.startTime + e.duration > start).map((e) => Math.round(e.duration)),
              }),
            300,
          ),
        );
      };
      requestAnimationFrame(poll);
    });

  // A page without widgets (the kit's own cost): done once the module has run, at the load event.
  if (units === 0) window.addEventListener('load', () => ((count = -1), onReady()));
  document.addEventListener('ew-ready', onReady);
  document.addEventListener('ref-drawn', onReady);
  document.addEventListener('ew-error', (e) => {
    out.errors.push(`ew-error: ${e.detail.kind}: ${e.detail.message}`);
    finish(out);
  });
  window.addEventListener('error', (e) => out.errors.push(`error: ${e.message}`));
})();
