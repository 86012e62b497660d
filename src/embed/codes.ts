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

/** `PUBLIC_URL` as the folder's address: absolute http or https, ending in `/`. */
export function publicBase(value: string): string {
  const url = new URL(value);
  if (!/^https?:$/.test(url.protocol) || url.search || url.hash)
    throw new Error(`PUBLIC_URL must be an http or https address without ? or #, not ${value}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
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

/** The namespaced messages the embed page sends its parent, and the resize script reads. */
export const HEIGHT_MESSAGE = 'export-widgets:height';
export const EVENT_MESSAGE = 'export-widgets:event';
export type EmbedMessage =
  | { readonly type: typeof HEIGHT_MESSAGE; readonly height: number }
  | { readonly type: typeof EVENT_MESSAGE; readonly event: 'ew-ready' | 'ew-select' | 'ew-error'; readonly detail: unknown };

/** A CSS custom property a page may set through the embed: the kit's own (`--ew-…`), with a value that cannot escape. */
export const isThemeProperty = (name: string, value: string): boolean =>
  /^--ew-[a-z0-9-]+$/.test(name) && value.length <= 200 && !/[;{}<>\\]|url\(/i.test(value);

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

/** The embed page's address for a widget: the same names and values as the attributes, `widget` first. */
export function embedUrl(publication: Publication, { tag, attributes, properties }: Embed): string {
  const pairs = [['widget', tag], ...attributes, ...properties.filter(([n, v]) => isThemeProperty(n, v))].map(([n, v]) => [n!, v!]);
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
  `<script type="module" src="${base}${kit.file}"\n  integrity="${kit.integrity}" crossorigin="anonymous"></script>`;
const resize = ({ base, resize }: Publication) =>
  `<script src="${base}${resize.file}" async\n  integrity="${resize.integrity}" crossorigin="anonymous"></script>`;

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

/**
 * A few hundred bytes of inline script that add the kit's module script (with its integrity) to the page once the
 * page has painted its first content. The pre-rendered widgets paint from their HTML without the kit, but a module
 * script in the page itself is fetched at once and may even run before the first frame, and Lighthouse's mobile run
 * counted it in the first paint (1.75× the page without the kit). The loader waits for the browser's own
 * `first-contentful-paint` entry; a page that never reports one (opened in a background tab, or a browser without paint
 * timing) gets the kit 3 s after its load event. Every widget's code carries the loader; the kit is added once (the
 * addresses compared as the browser resolves them, so a relative `base` counts too), and a page that has the kit's script
 * already keeps its own. Without an `integrity` (a page on the kit's own origin, like the demo), none is set.
 */
export function kitLoader({
  base,
  kit,
}: {
  readonly base: string;
  readonly kit: Pick<PublishedFile, 'file'> & Partial<PublishedFile>;
}): string {
  const attributes = JSON.stringify({ type: 'module', src: `${base}${kit.file}`, integrity: kit.integrity, crossOrigin: 'anonymous' });
  const code = `(function(k){var d=document,e=Object.assign(d.createElement('script'),k);function a(){[].some.call(d.scripts,function(s){return s.src==e.src})||d.body.append(e)}try{new PerformanceObserver(function(l,o){l.getEntriesByName('first-contentful-paint').length&&(o.disconnect(),setTimeout(a))}).observe({type:'paint',buffered:!0})}catch(e){}addEventListener('load',function(){setTimeout(a,3e3)})})(${attributes})`;
  return `<script>${code.replace(/</g, '\\u003c')}</script>`;
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
