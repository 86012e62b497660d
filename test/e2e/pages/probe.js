// Loaded first by every test page (a 'self' script, so it runs under the strictest policy): records security-policy
// violations, uncaught errors, and each widget's ew-ready / ew-error, for the e2e tests to read.
(() => {
  const states = new WeakMap();
  const ew = {
    violations: [],
    errors: [],
    /** Payload ids of XSS vectors that ran (test/e2e/xss.test.ts): a vector calls top.xss(id). */
    xss: [],
    state: (el) => states.get(el),
    /** `{ type, detail }` of every ew-ready and ew-error, in order. */
    events: [],
    /** Longest gap of a 20 ms heartbeat since the last reset: how long the tab froze. */
    maxGap: 0,
  };
  window.__ew = ew;
  window.xss = (id) => ew.xss.push(id);
  document.addEventListener('securitypolicyviolation', (e) =>
    ew.violations.push(`${e.violatedDirective} blocked=${e.blockedURI} sample=${e.sample}`),
  );
  window.addEventListener('error', (e) => ew.errors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => ew.errors.push(`unhandled rejection: ${e.reason}`));
  // The widget itself, also when it sits in a shadow root (the event is retargeted to that root's host).
  const mark = (state) => (e) => {
    states.set(e.composedPath()[0], state === 'error' ? `error:${e.detail?.kind}` : state);
    ew.events.push({ type: e.type, detail: e.detail });
  };
  document.addEventListener('ew-ready', mark('ready'));
  document.addEventListener('ew-error', mark('error'));
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    ew.maxGap = Math.max(ew.maxGap, now - last);
    last = now;
  }, 20);
})();
