/**
 * Print, as the widgets' own print rules lay them out, in every engine: only Chromium can emulate print media for a
 * test (over CDP; Firefox over WebDriver BiDi and WebKit over WebDriver cannot), so the rules of each `@media print`
 * block of the shadow root's styles are applied on top of the others, as printing does. Returns the undo.
 */
export function applyPrintRules(el: Element): () => void {
  const root = el.shadowRoot!;
  const sheets = [...root.adoptedStyleSheets, ...[...root.styleSheets]];
  const rules: string[] = [];
  for (const sheet of sheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') for (const inner of rule.cssRules) rules.push(inner.cssText);
  if (!rules.length) throw new Error(`<${el.localName}> has no @media print rules`);
  const print = new CSSStyleSheet();
  print.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, print];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== print));
}

/** Chromium's media emulation (a CDP command) is the one a test can use; the other engines' drivers have none. */
export const canEmulateMedia = /\bChrome\//.test(navigator.userAgent);

/**
 * The reader's OS colour-scheme setting as the kit reads it, `matchMedia('(prefers-color-scheme: dark)')`, in every
 * engine (media emulation is Chromium's only). Returns the undo.
 */
export function osPrefersDark(): () => void {
  const real = window.matchMedia;
  window.matchMedia = (query: string) => {
    if (!/prefers-color-scheme:\s*dark/.test(query)) return real.call(window, query);
    const list = new EventTarget() as MediaQueryList;
    return Object.assign(list, { matches: true, media: query, onchange: null, addListener() {}, removeListener() {} });
  };
  return () => (window.matchMedia = real);
}
