/**
 * Embed codes as the build, Storybook, `npm run embed` and the embed page use them: the codes themselves
 * (src/shared/embed-codes.ts, which the widgets' "Embed" dialog shares) with their English names, the public address,
 * the registry's widgets, and the pre-rendered form's loader. DOM-free.
 */
import {
  embedCodes as codesOf,
  FORMS as CODE_FORMS,
  type Embed as TitledEmbed,
  type EmbedForm,
  type Publication,
  type PublishedFile,
} from '../shared/embed-codes.js';
import type { WidgetTag } from '../widgets/registry.js';

export {
  embedUrl,
  FREE_TEXT,
  isThemeProperty,
  markup,
  refusedProperty,
  THEME_PROPERTIES,
  type Grammar,
  type Publication,
  type PublishedFile,
} from '../shared/embed-codes.js';

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
 * for the iframe (from the widget's own heading; the widgets' "Embed" dialog takes the heading it shows).
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

/** What each form is called, and when an editor should choose it: for editors reading English (Storybook, the CLI). */
const FORM_TEXTS: Readonly<Record<EmbedForm['id'], { readonly label: string; readonly hint: string }>> = {
  script: {
    label: 'Script and element',
    hint: 'Pages that allow a <script>: the widget becomes part of the page, in its font and colours.',
  },
  'iframe-resize': {
    label: 'Iframe with the resize script',
    hint: 'Pages that allow a <script> but not the element: the iframe takes the height of the widget.',
  },
  iframe: {
    label: 'Iframe alone',
    hint: 'Rich-text fields that strip scripts: the iframe is tall enough for the widget at an article width.',
  },
};

/** A widget of the registry as the embed codes see it: its tag, its attributes in order, and CSS custom properties. */
export interface Embed extends Omit<TitledEmbed, 'tag' | 'title'> {
  readonly tag: WidgetTag;
}

/** The embed with its iframe's title: the widget's heading in the embed's language. */
const titled = (embed: Embed): TitledEmbed => {
  const lang = embed.attributes.find(([name]) => name === 'lang')?.[1];
  return { ...embed, title: WIDGETS[embed.tag].title[lang === 'en' || lang === 'uz' ? lang : 'ru'] };
};

/** Every form, best first, with its English name and hint. */
export const FORMS = /* @__PURE__ */ CODE_FORMS.map((form) => ({
  ...form,
  ...FORM_TEXTS[form.id],
  code: (publication: Publication, embed: Embed) => form.code(publication, titled(embed)),
}));

/** Every form's code for one widget, with its English name and hint. */
export const embedCodes = (publication: Publication, embed: Embed) =>
  codesOf(publication, titled(embed)).map((code) => ({ ...code, ...FORM_TEXTS[code.id] }));

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
