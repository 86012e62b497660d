/**
 * The pre-rendered embed code of a widget, made on a server with Lit's server renderer (`@lit-labs/ssr`), no browser:
 * the element with its attributes, the dataset `version` it shows (`data-prerendered`), and its content in a
 * declarative shadow root with the widget's styles. Pasted in a page, the browser attaches that root while parsing,
 * so the heading, figures, tables and sources paint before any script and read without JavaScript; the kit, when it
 * loads, adopts the content (src/shared/prerendered.ts) and draws the charts. The package's Node entry exports it.
 *
 *   import { prerender } from 'export-widgets/server';
 *   const code = prerender('export-growth', { lang: 'ru', comparison: 'years' });
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { embeddedDataset } from '../data/load.js';
import { buildModel, type Model } from '../data/model.js';
import { validateDataset } from '../data/validate.js';
import { toLang } from '../i18n/lang.js';
import { CSSResult, html, type LitElement, type ReactiveElement } from 'lit';
import { inputsOf, PRERENDERED, PRERENDERED_FROM } from '../shared/prerendered.js';
import { withServerRender } from '../controllers/server-render.js';
import { widgets, type WidgetTag } from '../widgets/registry.js';

export interface PrerenderOptions {
  /** The dataset to show, in the kit's format (it is checked); default: the one built into the kit. */
  readonly dataset?: unknown;
  /** The `lang` of the page around a widget that has no `lang` of its own: `ru` (default), `en` or `uz`. */
  readonly pageLang?: string;
}

const escaped = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
/** What may stand as an attribute's name in the markup. */
const NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

/** A checked dataset, each built once: a server renders many widgets from the same one. */
const models = new WeakMap<object, Model>();
function modelOf(dataset: unknown): Model {
  if (dataset === undefined) return embeddedDataset();
  const known = typeof dataset === 'object' && dataset ? models.get(dataset) : undefined;
  if (known) return known;
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error(`the dataset is not valid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const model = buildModel(result.dataset);
  models.set(dataset as object, model);
  return model;
}

/** The widget's rules for a reader without JavaScript: the bodies of its `@media print, (scripting: none)` blocks. */
function noScriptCss(widget: CustomElementConstructor): string {
  const css = ((widget as unknown as typeof LitElement).elementStyles ?? []).map((s) => (s instanceof CSSResult ? s.cssText : '')).join('');
  const bodies: string[] = [];
  for (const { index, 0: open } of css.matchAll(/@media print,\s*\(scripting:\s*none\)\s*\{/g)) {
    let depth = 1;
    let end = index + open.length;
    for (; depth && end < css.length; end++) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0;
    bodies.push(css.slice(index + open.length, end - 1));
  }
  return bodies.join('');
}

/**
 * The embed code of `<tag>` with `attributes`, as HTML. `src` stays an attribute for the kit to load in the browser;
 * pass its dataset as `options.dataset`, or the embed code shows the embedded figures until the kit replaces them.
 * Throws for an unknown tag, an attribute name that is not one, or a dataset that is not valid.
 */
export function prerender(tag: string, attributes: Readonly<Record<string, string>> = {}, options: PrerenderOptions = {}): string {
  const widget = (widgets as Record<string, CustomElementConstructor>)[tag];
  if (!widget) throw new Error(`<${tag}> is not a widget of this kit: ${Object.keys(widgets).join(', ')}`);
  const bad = Object.keys(attributes).find((name) => !NAME.test(name) || name.toLowerCase().startsWith(PRERENDERED));
  if (bad !== undefined) throw new Error(`<${tag}>: "${bad}" cannot be an attribute of embed code`);
  const pageLang = toLang(options.pageLang ?? 'ru');
  if (!pageLang) throw new Error(`pageLang "${options.pageLang}": the kit has ru, en and uz`);
  const model = modelOf(options.dataset);
  // Lit's stand-in registry, where the server renderer looks tags up; the Node entry defines nothing itself. It is one
  // per process: a tag another copy of the kit defined there would render without this call's dataset and language.
  const defined = customElements.get(tag);
  if (defined && defined !== widget)
    throw new Error(
      `<${tag}> is defined in this process by another copy of export-widgets: use that copy's prerender, or install one copy`,
    );
  if (!defined) customElements.define(tag, widget);
  const inputs = inputsOf(Object.entries(attributes), (widget as unknown as typeof ReactiveElement).observedAttributes);
  const markup = Object.entries({ ...attributes, [PRERENDERED]: model.dataset.version, [PRERENDERED_FROM]: inputs })
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escaped(value)}"`))
    .join('');
  // A template of the element alone, made for this call (Lit keys its templates by this array: none is kept).
  const element = `<${tag}${markup}></${tag}>`;
  const template = html(Object.assign([element], { raw: [element] }));
  const code = withServerRender({ model, pageLang }, () => collectResultSync(render(template)));
  const noScript = noScriptCss(widget);
  // Without the markers of the template above, which no page hydrates (the widget's own are kept for the kit), the
  // spaces it leaves in the tag, and the `shadowroot` attribute that only browsers of before 2023 read.
  return (
    code
      .replace(/^<!--lit-part[^>]*-->/, '')
      .replace(/<!--\/lit-part-->$/, '')
      .replace(/^<([a-z-]+)\s+/, '<$1 ')
      .replace(' shadowroot="open" shadowrootmode="open"', ' shadowrootmode="open"')
      // Lit's end-of-template marker as the comment a browser parses it into: the same DOM, in conforming HTML.
      .replaceAll('<?>', '<!--?-->')
      .replace('</style>', () => `</style>${noScript && `<noscript><style>${noScript}</style></noscript>`}`)
  );
}

export type { WidgetTag };
