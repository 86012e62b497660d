/**
 * Embed codes: what an editor pastes to show a widget on another site, in each form the kit offers. DOM-free: the
 * Storybook embed block, `npm run embed` and the embed page use it. A new form is one more function in `FORMS`.
 */
import type { WidgetTag } from '../widgets/registry.js';

/** What `npm run build` published, as `site/publish.json` records it. */
export interface Publication {
  /** The folder's public address (`PUBLIC_URL`), ending in `/`. */
  readonly base: string;
  /** Versioned file names (cached forever) with their Subresource Integrity hashes. */
  readonly kit: PublishedFile;
  readonly classic: PublishedFile;
  readonly resize: PublishedFile;
  /** The iframe embed page, relative to `base`. */
  readonly embed: string;
  /**
   * Each widget's iframe height: what shows it whole with its default attributes in a 640 px article column in any of
   * ru, en and uz, measured by the build from the data it publishes (scripts/embed-heights.ts).
   */
  readonly heights: Readonly<Record<WidgetTag, number>>;
}
export interface PublishedFile {
  readonly file: string;
  readonly integrity: string;
}

/**
 * `PUBLIC_URL` as the folder's address: absolute http or https, ending in `/`, without `user:password@` (it would be
 * copied into every embed code).
 */
export function publicBase(value: string): string {
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(`PUBLIC_URL must be an http or https address without ? or #, not ${value}`);
  if (url.username || url.password)
    throw new Error(`PUBLIC_URL must not carry a user name or password (they would be in every embed code): ${url.host}${url.pathname}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** Why an address is a poor `PUBLIC_URL` though it works, for the build to print: http: off this machine is blocked on https pages. */
export function publicBaseWarning(base: string): string | undefined {
  const { protocol, hostname } = new URL(base);
  const loopback = hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
  return protocol === 'http:' && !loopback
    ? `PUBLIC_URL ${base} is http: pages served over https block its scripts and iframes as mixed content; use https.`
    : undefined;
}

type Lang = 'ru' | 'en' | 'uz';

/**
 * The widgets an embed can show, by the registry's tags (a widget missing here is a type error), each with a title
 * for the iframe (from the widget's own heading).
 */
export const WIDGETS = {
  'destination-list': {
    title: {
      ru: 'География экспорта: ОЭЗ «Технополис Москва»',
      en: 'Export destinations: Technopolis Moscow SEZ',
      uz: 'Экспорт географияси: «Технополис Москва» МИЗ',
    },
  },
  'export-growth': {
    title: {
      ru: 'Экспорт резидентов: ОЭЗ «Технополис Москва»',
      en: 'Exports by residents: Technopolis Moscow SEZ',
      uz: 'Резидентлар экспорти: «Технополис Москва» МИЗ',
    },
  },
  'export-structure': {
    title: {
      ru: 'Экспорт по отраслям: ОЭЗ «Технополис Москва»',
      en: 'Exports by sector: Technopolis Moscow SEZ',
      uz: 'Тармоқлар бўйича экспорт: «Технополис Москва» МИЗ',
    },
  },
  'key-figures': {
    title: {
      ru: 'ОЭЗ «Технополис Москва» в цифрах',
      en: 'Technopolis Moscow SEZ in figures',
      uz: '«Технополис Москва» МИЗ рақамларда',
    },
  },
  'top-exporters': {
    title: {
      ru: 'ОЭЗ «Технополис Москва»: крупнейшие экспортёры',
      en: 'Technopolis Moscow SEZ: top exporters',
      uz: '«Технополис Москва» МИЗ: энг йирик экспортчилар',
    },
  },
} satisfies Record<WidgetTag, { title: Record<Lang, string> }>;

export type { WidgetTag };
export const isWidget = (tag: string): tag is WidgetTag => Object.hasOwn(WIDGETS, tag);

export { EVENT_MESSAGE, HEIGHT_MESSAGE, type EmbedMessage } from './messages.js';

/** A colour: hex, a named colour, or a colour function of numbers (`rgb(13 76 211 / 50%)`); no other function. */
const COLOUR =
  /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|[a-z]{3,20}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\((?:\s*(?:[-+]?(?:\d+(?:\.\d+)?|\.\d+)(?:%|deg|rad|grad|turn)?|none)\s*[,/]?)+\))$/i;
/** A length whose unit does not depend on the viewport (`vh` would let the iframe's own height feed its content's). */
const LENGTH = /^(?:0|(?:\d+(?:\.\d+)?|\.\d+)(?:px|em|rem|ex|ch|lh|rlh|pt|pc|cm|mm|in))$/i;
/** The values a property takes: a test, and a description for the message that refuses another. */
export interface Grammar {
  test(value: string): boolean;
  readonly takes: string;
}
const lengths = (max: number): Grammar => ({
  test: (value) => {
    const parts = value.trim().split(/\s+/);
    return parts.length <= max && parts.every((part) => LENGTH.test(part));
  },
  takes: `${max > 1 ? `1 to ${max} lengths` : 'a length'} in px, em, rem, ex, ch, pt… (no vh, vw or %)`,
});
const colour: Grammar = { test: (value) => COLOUR.test(value.trim()), takes: 'a colour: #0d4cd3, a name, rgb(…), hsl(…), oklch(…)' };
const FONT_SIZES = /^(?:xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large|smaller|larger)$/;

/**
 * The kit's own custom properties, each with the grammar of its value: colours, and lengths in units that do not depend
 * on the viewport. An allow-list, so that no value can leave its declaration, load anything (`url(`, `image-set(`) or
 * size the widget from the frame's height (`60vh` in an iframe that takes its content's height grows without end).
 */
const COLOURS = ['accent', 'bg', 'border', 'grid', 'muted', 'series-1', 'series-2', 'surface', 'text', 'warn'];
export const THEME_PROPERTIES: Readonly<Record<string, Grammar>> = {
  ...Object.fromEntries(COLOURS.flatMap((name) => [`--ew-${name}`, `--ew-dark-${name}`].map((property) => [property, colour]))),
  '--ew-bar': colour,
  '--ew-padding': lengths(4),
  '--ew-radius': lengths(4),
  '--ew-min-height': lengths(1),
  '--ew-chart-height': lengths(1),
  '--ew-font-size': {
    test: (value) => lengths(1).test(value) || FONT_SIZES.test(value.trim()),
    takes: `${lengths(1).takes}, or small, medium, large…`,
  },
};

/** What a page may set through the embed: one of the kit's properties (`THEME_PROPERTIES`), with a value of its grammar. */
export const isThemeProperty = (name: string, value: string): boolean =>
  Object.hasOwn(THEME_PROPERTIES, name) && value.length <= 100 && THEME_PROPERTIES[name]!.test(value);

/** Why a property is refused, for a message; undefined when it is taken. */
export function refusedProperty(name: string, value: string): string | undefined {
  if (isThemeProperty(name, value)) return undefined;
  return Object.hasOwn(THEME_PROPERTIES, name)
    ? `${name}: takes ${THEME_PROPERTIES[name]!.takes}`
    : `${name}: not one of the kit's properties (--ew-accent, --ew-bg… --ew-padding, --ew-font-size; README, Colours and fonts)`;
}

/** A widget as the embed codes see it: its tag, its attributes in order, and CSS custom properties (`--ew-…`). */
export interface Embed {
  readonly tag: WidgetTag;
  readonly attributes: readonly (readonly [string, string])[];
  readonly properties: readonly (readonly [string, string])[];
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attribute = ([name, value]: readonly [string, string]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`);

/** The element as HTML: its attributes, then the custom properties as one `style`. */
export function markup({ tag, attributes, properties }: Embed): string {
  const style = properties.map(([name, value]) => `${name}: ${value}`).join('; ');
  return `<${tag}${[...attributes, ...(style ? [['style', style] as const] : [])].map(attribute).join('')}></${tag}>`;
}

/**
 * Attributes the embed page never takes from its address: free text that a reader would take for the publisher's
 * words, on the publisher's origin (anyone can write an address).
 */
export const FREE_TEXT: readonly string[] = ['heading'];

/** The embed page's address for a widget: the same names and values as the attributes, `widget` first, no free text. */
export function embedUrl(publication: Publication, { tag, attributes, properties }: Embed): string {
  const taken = attributes.filter(([name]) => !FREE_TEXT.includes(name));
  const pairs = [['widget', tag], ...taken, ...properties.filter(([n, v]) => isThemeProperty(n, v))].map(([n, v]) => [n!, v!]);
  const query = new URLSearchParams(pairs);
  return `${publication.base}${publication.embed}?${query}`;
}

/**
 * The iframe: no `style` attribute (a host page's strict policy would block it, and sanitizers drop it), so its width
 * and border are the old attributes every browser and CMS allow-list still knows.
 */
function iframe(publication: Publication, embed: Embed): string {
  const lang = embed.attributes.find(([name]) => name === 'lang')?.[1];
  const title = WIDGETS[embed.tag].title[lang === 'en' || lang === 'uz' ? lang : 'ru'];
  return `<iframe src="${escape(embedUrl(publication, embed))}"\n  title="${escape(title)}" width="100%" height="${publication.heights[embed.tag]}"\n  loading="lazy" frameborder="0" data-export-widgets></iframe>`;
}

const script = ({ base, kit }: Publication) =>
  `<script type="module" src="${escape(base + kit.file)}"\n  integrity="${escape(kit.integrity)}" crossorigin="anonymous"></script>`;
const resize = ({ base, resize }: Publication) =>
  `<script src="${escape(base + resize.file)}" async\n  integrity="${escape(resize.integrity)}" crossorigin="anonymous"></script>`;

export interface EmbedForm {
  readonly id: string;
  readonly label: string;
  /** When an editor should choose it. */
  readonly hint: string;
  code(publication: Publication, embed: Embed): string;
}

/** Every form, best first. */
export const FORMS: readonly EmbedForm[] = [
  {
    id: 'script',
    label: 'Script and element',
    hint: 'Pages that allow a <script>: the widget becomes part of the page, in its font and colours.',
    code: (publication, embed) => `${script(publication)}\n${markup(embed)}`,
  },
  {
    id: 'iframe-resize',
    label: 'Iframe with the resize script',
    hint: 'Pages that allow a <script> but not the element: the iframe takes the height of the widget.',
    code: (publication, embed) => `${iframe(publication, embed)}\n${resize(publication)}`,
  },
  {
    id: 'iframe',
    label: 'Iframe alone',
    hint: 'Rich-text fields that strip scripts: the iframe is tall enough for the widget at an article width.',
    code: (publication, embed) => iframe(publication, embed),
  },
];

/** The note a pre-rendered widget shows when the kit cannot be loaded (bad integrity, 404, a policy that refuses it). */
export const KIT_FAILED = {
  ru: 'Интерактивная часть не загрузилась: показаны данные, сохранённые в странице.',
  en: 'The interactive part did not load: these are the figures saved in the page.',
  uz: 'Интерактив қисм юкланмади: саҳифада сақланган маълумотлар кўрсатилган.',
} as const;

/** The name of the kit's own Trusted Types policy, which a page's `trusted-types` directive allows (README). */
export const TRUSTED_TYPES_POLICY = 'export-widgets';

/**
 * About a kilobyte of inline script that adds the kit's module script (with its integrity) to the page once the
 * page has painted its first content. The pre-rendered widgets paint from their HTML without the kit, but a module
 * script in the page itself is fetched at once and may even run before the first frame, and Lighthouse's mobile run
 * counted it in the first paint (1.75× the page without the kit). The loader waits for the browser's own
 * `first-contentful-paint` entry; a page that never reports one (opened in a background tab, or a browser without paint
 * timing) gets the kit 3 s after its load event.
 *
 * Every widget's code carries the loader; the loaders of a page share one state (`Symbol.for`). The kit is added once
 * (addresses compared as the browser resolves them, so a relative `base` counts too), and a page that has the kit's
 * script already keeps its own, unless that script fails: then the loaders add theirs, two tries in all, so a stale
 * copy with another integrity does not block a correct one. When every try failed, each pre-rendered widget still
 * waiting says so in a short note, hides its CSV button, which needs the kit, and takes the layout it carries for
 * readers without JavaScript (tables shown, no empty chart boxes). The script's `src` goes through the
 * kit's own Trusted Types policy (`TRUSTED_TYPES_POLICY`), which accepts only the kit's address, and every document
 * method is taken from `Document.prototype`, so elements named `createElement` or `scripts` cannot replace them.
 * Without an `integrity` (a page on the kit's own origin, like the demo), none is set.
 */
export function kitLoader({
  base,
  kit,
}: {
  readonly base: string;
  readonly kit: Pick<PublishedFile, 'file'> & Partial<PublishedFile>;
}): string {
  const attributes = JSON.stringify({ src: `${base}${kit.file}`, integrity: kit.integrity, note: KIT_FAILED });
  const code = [
    "(function(k){var w=window,d=document,D=Document.prototype,K=Symbol.for('export-widgets.loader'),S=w[K]||(w[K]={t:0,q:[]}),",
    'q=function(s){return D.querySelectorAll.call(d,s)},c=function(t){return D.createElement.call(d,t)},h=c("a"),m;',
    'h.href=k.src;S.q.push(a);',
    // A script of the kit's address failed: a loader that has not tried yet tries, else the first one again (two in all).
    'function f(){S.p=0;this.ewFailed=1;S.q.forEach(function(g){g(1)});S.p||S.q[0](2)}',
    // The widgets still waiting for the kit say so, and hide the button that needs it.
    'function n(l){[].forEach.call(l,function(e){var r=e.shadowRoot,p,g=(e.closest("[lang]")||{}).lang||"";',
    'if(!r||r.querySelector(".ew-kit-failed"))return;[].forEach.call(r.querySelectorAll("button.download"),function(b){b.hidden=!0});',
    'p=c("p");p.className="hint ew-kit-failed";p.setAttribute("role","note");p.textContent=k.note[/^(en|uz)/.test(g)?g.slice(0,2):"ru"];',
    '(g=r.querySelector("h2"))?g.after(p):r.append(p);',
    // The no-script layout it carries (tables shown, no empty chart boxes, no buttons), as a reader without JavaScript gets it.
    'if(p=r.querySelector("noscript"))g=c("style"),g.textContent=p.textContent.replace(/<\\/?style>/g,""),r.append(g)})}',
    'function a(late){var l=q("[data-prerendered]:not(:defined)"),o,e,P;if(!l.length||S.p||S.ok||m&&late!=2)return;',
    'o=[].filter.call(q("script[src]"),function(s){return s.src==h.href&&!s.ewFailed});',
    'if(o.length&&!late)return o.forEach(function(s){s.ewWatched||(s.ewWatched=s.addEventListener("error",f)||1)});',
    'if(S.t>1)return n(l);m=1;S.t++;S.p=1;',
    'try{P=w.trustedTypes&&trustedTypes.createPolicy("export-widgets",{createScriptURL:function(u){if(u==k.src)return u;throw TypeError(u)}});',
    'e=c("script");e.type="module";e.crossOrigin="anonymous";k.integrity&&(e.integrity=k.integrity);',
    'e.onload=function(){S.p=0;S.ok=1};e.onerror=f;e.src=P?P.createScriptURL(k.src):k.src;D.querySelector.call(d,"body").append(e)}',
    'catch(x){S.p=0;S.t=2;console.error("export-widgets: the kit could not be added: "+x);n(l)}}',
    "try{new PerformanceObserver(function(l,o){l.getEntriesByName('first-contentful-paint').length&&(o.disconnect(),setTimeout(a))}).observe({type:'paint',buffered:!0})}catch(x){}",
    "addEventListener('load',function(){setTimeout(function(){a(1)},3e3)})})(",
  ].join('');
  return `<script>${`${code}${attributes})`.replace(/</g, '\\u003c')}</script>`;
}

/**
 * The pre-rendered form: the widget's own HTML, made by `prerender()` (scripts/prerender.ts, `npm run embed --
 * --prerendered`, or Storybook's embed block), and the kit's loader after it (`kitLoader`): the widget is painted
 * from its HTML first, and taken over in place once the kit, added after that first paint, has loaded. Pages whose
 * policy forbids inline styles (`style-src` without `'unsafe-inline'`) cannot use it: its declarative shadow root
 * carries a `<style>`; a page whose `script-src` forbids inline scripts puts the kit's module script in place of the
 * loader (the script form's first line).
 */
export const prerenderedCode = (publication: Parameters<typeof kitLoader>[0], html: string) => `${html}\n${kitLoader(publication)}`;

/** Every form's code for one widget. */
export const embedCodes = (publication: Publication, embed: Embed) =>
  FORMS.map((form) => ({ id: form.id, label: form.label, hint: form.hint, code: form.code(publication, embed) }));
