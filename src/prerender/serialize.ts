/**
 * Pre-rendered embed code, made in the browser: a widget of the loaded kit is rendered in the page, then saved with
 * its shadow root as HTML (`<template shadowrootmode="open">`), its styles inline. Pasted in a page, the browser
 * attaches that root while parsing, so the widget's heading, figures, tables and sources paint before any script;
 * the kit takes the element over when it loads (src/shared/prerendered.ts).
 *
 * One function for every caller: `npm run prerender` and its Node API (scripts/prerender.ts) run it in headless
 * Chromium; Storybook can run it on the page it already has. Not part of the kit: a reader's page never needs it.
 */
import type { CSSResultOrNative } from 'lit';
import type { ReadyDetail } from '../shared/events.js';

/** The attribute that carries the dataset version the code was made from (src/shared/prerendered.ts reads it). */
const PRERENDERED = 'data-prerendered';

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

const sheetsOf = (el: Element): CSSStyleSheet[] =>
  ((el.constructor as { elementStyles?: CSSResultOrNative[] }).elementStyles ?? []).flatMap((s) =>
    s instanceof CSSStyleSheet ? [s] : s.styleSheet ? [s.styleSheet] : [],
  );

/** The element's stylesheets as CSS text, as written: Lit adopts them, and adopted sheets are not part of the HTML. */
const cssOf = (el: Element) =>
  ((el.constructor as { elementStyles?: CSSResultOrNative[] }).elementStyles ?? [])
    .map((s) => (s instanceof CSSStyleSheet ? [...s.cssRules].map((rule) => rule.cssText).join('') : s.cssText))
    .join('');

/**
 * The rules of its print styles, unwrapped: a reader without JavaScript gets what a printed page shows (the tables,
 * the summary and the sources; no controls, no empty chart boxes), in a `<noscript>` that a page with scripts ignores.
 */
const noScriptCssOf = (el: Element) =>
  sheetsOf(el)
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules])
    // Not the paper colours (black on white): the widget keeps its theme on the screen.
    .filter((rule) => !(rule instanceof CSSStyleRule && rule.style.getPropertyValue('--_text')))
    .map((rule) => rule.cssText)
    .join('');

/**
 * The embed code of a rendered widget: the element with its attributes, the dataset `version` it shows, and its shadow
 * root with the widget's styles. Lit's markers are emptied, runs of white space shortened, and each canvas's size and
 * bitmap left out: the charts' boxes are sized by CSS, and the kit draws them. The widget itself is not changed.
 */
export function serialize(el: Element, version: string): string {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root: is it a widget of this kit, and is the kit loaded?`);
  const copy = document.createElement('div');
  const root = copy.attachShadow({ mode: 'open', serializable: true });
  root.append(...[...el.shadowRoot.childNodes].map((node) => node.cloneNode(true)));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as CharacterData;
    // Runs of HTML white space (not U+00A0, which the formatted numbers use) render as one space.
    node.data = node instanceof Text ? node.data.replace(/[ \t\n\r\f]+/g, ' ') : '';
    if (node instanceof Text) texts.push(node);
  }
  // Text nodes side by side (Lit's values and the template's text) stay apart, as the kit renders them: parsed as one
  // run, a line is shaped and anti-aliased a little differently, and the takeover would change pixels.
  texts.filter((t) => !t.data).forEach((t) => t.remove());
  texts.filter((t) => t.data && t.previousSibling instanceof Text).forEach((t) => t.before(document.createComment('')));
  for (const canvas of root.querySelectorAll('canvas')) ['style', 'width', 'height'].forEach((name) => canvas.removeAttribute(name));
  const style = document.createElement('style');
  // A chart takes its plot's size (chart-controller.ts): the blank canvas does too, until the kit draws in it.
  style.textContent = `${cssOf(el)}canvas[data-chart]{width:100%;height:100%}`;
  root.prepend(style);
  const noScript = noScriptCssOf(el);
  // Markup, not a node: a <noscript> made in a page with scripts holds its content as text.
  const shadowHtml = copy
    .getHTML({ serializableShadowRoots: true })
    .replace('</style>', () => `</style>${noScript ? `<noscript><style>${noScript}</style></noscript>` : ''}`);
  const attributes = [...el.attributes]
    .filter((a) => a.name !== PRERENDERED)
    .map((a) => (a.value ? ` ${a.name}="${attribute(a.value)}"` : ` ${a.name}`))
    .join('');
  return `<${el.localName}${attributes} ${PRERENDERED}="${attribute(version)}">${shadowHtml}</${el.localName}>`;
}

/**
 * Renders `<tag>` with `attributes` in `container` (the kit must be loaded), waits until it is drawn, and returns its
 * embed code. A widget that cannot load its data rejects with its message: an error is not worth embedding.
 */
export async function prerender(tag: string, attributes: Record<string, string> = {}, container: Element = document.body): Promise<string> {
  if (!customElements.get(tag)) throw new Error(`<${tag}> is not defined: load the kit first, and check the tag's name`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const version = new Promise<string>((resolve, reject) => {
    el.addEventListener('ew-ready', (e) => resolve((e as CustomEvent<ReadyDetail>).detail.version), { once: true });
    el.addEventListener('ew-error', (e) => reject(new Error(`<${tag}>: ${e.detail.message}`)), { once: true });
  });
  container.append(el);
  try {
    return serialize(el, await version);
  } finally {
    el.remove();
  }
}
