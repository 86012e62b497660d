/**
 * Adopts a widget's pre-rendered content: the embed code made by the server renderer (src/prerender/render.ts) carries
 * it in a declarative shadow root (`<template shadowrootmode="open">`), which the browser attaches while it parses the
 * page, so the reader sees the heading, figures, tables and sources before any script. When the kit loads, Lit's
 * hydration (`@lit-labs/ssr-client`, loaded by src/shared/hydrate.ts before any element is defined) takes that content over:
 * the widget's first render binds itself to the pre-rendered nodes instead of making new ones, and only the charts are
 * drawn. Its text nodes stay the ones the page parsed.
 *
 * Hydration trusts the first render to produce what the server did. It waits for the dataset (the pre-rendered content
 * stays as it is meanwhile), and it is only done when the inputs are those the content was made from: the dataset's
 * version (`data-prerendered`), the language, and the attributes the element was upgraded with. Otherwise the content
 * is replaced by a fresh render in the same task, which brings embed code made from an older dataset up to date. A
 * theme the page asks for that differs from the pre-rendered one is adopted first, then switched (one class changes).
 */
import { adoptStyles, type LitElement, type ReactiveController, type ReactiveElement } from 'lit';
import { TaskStatus } from '@lit/task';
import type { Model } from '../data/model.js';
import type { Theme } from '../controllers/theme-controller.js';
import { LOCALE } from '../i18n/lang.js';
import { resolveLang } from '../controllers/locale-controller.js';

/** The attribute the embed code carries: the version of the dataset it was rendered from. */
export const PRERENDERED = 'data-prerendered';
/** And a digest of the widget's attributes it was rendered with (`inputsOf`). */
export const PRERENDERED_FROM = 'data-prerendered-from';

/**
 * A short digest of the attributes a widget observes, as they stand: the server writes it into the embed code, and
 * the kit compares it with the element's own when it upgrades, which tells an attribute changed before the kit came.
 */
export function inputsOf(attributes: Iterable<readonly [string, string]>, observed: readonly string[]): string {
  const text = JSON.stringify(
    [...attributes]
      .map(([name, value]) => [name.toLowerCase(), value] as const)
      .filter(([name]) => observed.includes(name))
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  // FNV-1a, 32 bits: a change is what matters, not secrecy.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Whether the element's next update hydrates its root instead of rendering into it: Lit's hydration support sets it
 * when the element has a shadow root already. Lit's production build spells it `_$AG`, its development build
 * `_$needsHydration` (names beginning `_$` keep their spelling across Lit's versions).
 */
const NEEDS_HYDRATION = ['_$AG', '_$needsHydration'] as const;
type Hydrating = ReactiveElement & Partial<Record<(typeof NEEDS_HYDRATION)[number], boolean>>;
const needsHydration = (host: Hydrating) => NEEDS_HYDRATION.some((key) => host[key]);

export class PrerenderedController implements ReactiveController {
  /** True from the upgrade of an element with pre-rendered content until its first update. */
  #pending: boolean;
  /** The values of the element's attributes' properties when it was upgraded: what the content was made from. */
  #inputs?: Map<PropertyKey, unknown>;
  #changedBefore = false;

  constructor(
    private readonly host: Hydrating,
    private readonly data: {
      readonly status: TaskStatus;
      readonly value?: Model | undefined;
      run(): Promise<void>;
      readonly taskComplete: Promise<unknown>;
    },
    private readonly theme: { adopt(theme: Theme): void },
  ) {
    // An element upgraded after the parser attached its declarative shadow root has it already.
    const base = host.shadowRoot?.querySelector('[part~="base"]');
    this.#pending = Boolean(base);
    if (base) {
      this.theme.adopt(base.classList.contains('dark') ? 'dark' : 'light');
      // The code's styles are a <style>, which a page's style-src may block; the kit's own, adopted, apply in any case.
      adoptStyles(host.shadowRoot!, (host.constructor as typeof ReactiveElement).elementStyles);
    }
    host.addController(this);
  }

  /** True while pre-rendered content waits for the dataset its first render needs. */
  get waiting(): boolean {
    const { status } = this.data;
    return this.#pending && status !== TaskStatus.COMPLETE && status !== TaskStatus.ERROR;
  }

  /** Loads the dataset before the first update (which would otherwise start the load), and settles when it is done. */
  loaded(): Promise<unknown> {
    if (this.data.status === TaskStatus.INITIAL) void this.data.run();
    return this.data.taskComplete.catch(() => undefined);
  }

  hostConnected(): void {
    if (!this.#pending || this.#inputs) return;
    const widget = this.host.constructor as typeof ReactiveElement;
    const own = [...this.host.attributes].map((a) => [a.name, a.value] as const);
    // Attributes changed before the kit came: the content was made from others.
    this.#changedBefore = inputsOf(own, widget.observedAttributes) !== this.host.getAttribute(PRERENDERED_FROM);
    this.#inputs = new Map(
      [...widget.elementProperties].filter(([, o]) => o.attribute !== false).map(([name]) => [name, this.host[name as keyof Hydrating]]),
    );
  }

  /** True during the update that hydrates the pre-rendered content. */
  adopting = false;

  /** Runs after the dataset task's own `hostUpdate`, which may have started a new load. */
  hostUpdate(): void {
    if (!this.#pending) return;
    this.#pending = false;
    if (this.#adoptable()) this.adopting = true;
    // Made from other inputs: hydrating would keep its text. Rendered afresh instead, in this update.
    else this.discard();
  }

  hostUpdated(): void {
    this.adopting = false;
  }

  /**
   * Removes the pre-rendered content, so that the update renders afresh: it was made from other inputs, or by a kit
   * whose templates differ (Lit's hydration then throws, and the widget renders again).
   */
  discard(error?: unknown): void {
    this.adopting = false;
    for (const key of NEEDS_HYDRATION) if (key in this.host) this.host[key] = false;
    const root = this.host.shadowRoot;
    if (root) {
      root.replaceChildren();
      // Without Lit's hydration (an app's Lit loaded before it), Lit renders before the root's first child: gone now.
      const options = (this.host as Partial<LitElement>).renderOptions;
      if (options?.renderBefore && options.renderBefore.parentNode !== root) options.renderBefore = null;
      // The pre-rendered <style> went with the rest: the widget's own styles, as a fresh element adopts them.
      adoptStyles(root, (this.host.constructor as typeof ReactiveElement).elementStyles);
    }
    const made = this.host.getAttribute(PRERENDERED);
    const current = this.data.value?.dataset.version;
    if (error) console.info(`<${this.host.localName}>: embed code made by another version of the kit, rendered again (${String(error)}).`);
    else if (made && current && made !== current)
      console.info(`<${this.host.localName}>: embed code made from dataset ${made}, showing ${current}. Generate it again to match.`);
  }

  #adoptable(): boolean {
    const root = this.host.shadowRoot;
    if (!needsHydration(this.host) || !root) return false;
    if (this.data.status !== TaskStatus.COMPLETE || this.data.value?.dataset.version !== this.host.getAttribute(PRERENDERED)) return false;
    if (root.querySelector('[part~="base"]')?.getAttribute('lang') !== LOCALE[resolveLang(this.host)]) return false;
    if (this.#changedBefore) return false;
    return [...(this.#inputs ?? [])].every(([name, value]) => this.host[name as keyof Hydrating] === value);
  }
}
