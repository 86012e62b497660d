/**
 * The widget's language and its texts, after Shoelace's `LocalizeController`: one MutationObserver for the whole
 * page watches `lang` attributes, and every connected widget whose language changed renders again. A widget's own
 * `lang` wins; else the nearest ancestor's, crossing shadow roots (`<html lang>` included); else Russian.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { toLang, type Lang } from '../i18n/lang.js';
import { serverRender } from './server-render.js';

/** The nearest `lang` above an element, crossing shadow roots. */
function inheritedLang(el: Element): string | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * The kit language of an element: its own `lang` (property) when the kit has it, else the inherited one, else `ru`.
 * Only a connected element reads the page: on a server, the renderer names the page's language.
 */
export const resolveLang = (el: HTMLElement): Lang =>
  toLang(el.lang) ?? (el.isConnected ? toLang(inheritedLang(el)) : serverRender()?.pageLang) ?? 'ru';

const connected = new Set<LocaleController<unknown>>();
/** The document and the shadow roots that hold widgets: a `lang` change under any of them is seen. */
let watched = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function watch(host: HTMLElement) {
  observer ??= new MutationObserver(() => connected.forEach((c) => c.check()));
  let root = host.getRootNode();
  while (!watched.has(root)) {
    watched.add(root);
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
}

/**
 * Resolves a host's language and gives its terms in it: `controller.term.heading(zone)`. Each language implements
 * the same terms interface `T`, so a missing term is a type error.
 */
export class LocaleController<T> implements ReactiveController {
  /** The language of the update under way, resolved once for it. */
  #lang?: Lang;
  /** The language of the last render, to tell whether a `lang` change elsewhere on the page concerns this host. */
  #rendered?: Lang;

  constructor(
    private readonly host: ReactiveElement,
    private readonly terms: Readonly<Record<Lang, T>>,
  ) {
    host.addController(this);
  }

  /** The host's language now. */
  get lang(): Lang {
    if (!this.host.isUpdatePending) return resolveLang(this.host);
    return (this.#lang ??= resolveLang(this.host));
  }

  /** The host's texts in its language. */
  get term(): T {
    return this.terms[this.lang];
  }

  /** @internal Renders the host again when its language is no longer the one it shows. */
  check() {
    if (this.#rendered !== undefined && resolveLang(this.host) !== this.#rendered) this.host.requestUpdate();
  }

  hostConnected() {
    connected.add(this);
    watch(this.host);
    this.check();
  }

  hostDisconnected() {
    connected.delete(this);
    // The last widget gone, nothing is left watching the page.
    if (connected.size) return;
    observer?.disconnect();
    observer = undefined;
    watched = new WeakSet();
  }

  hostUpdated() {
    this.#rendered = this.lang;
    this.#lang = undefined;
  }
}
