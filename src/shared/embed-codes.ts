/**
 * Embed codes: what an editor pastes to show a widget on another site, in each form the kit offers, made from what
 * `npm run build` published (site/publish.json). DOM-free: the widgets' "Embed" dialog, the Storybook embed block,
 * `npm run embed` and the embed page use it (the last three through src/embed/codes.ts, which adds the build's own
 * parts). A new form is one more entry in `FORMS`.
 */

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
  readonly heights: Readonly<Record<string, number>>;
}
export interface PublishedFile {
  readonly file: string;
  readonly integrity: string;
}

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
  readonly tag: string;
  readonly attributes: readonly (readonly [string, string])[];
  readonly properties: readonly (readonly [string, string])[];
  /** The iframe's title, for screen readers: the widget's heading. */
  readonly title?: string;
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
  return `<iframe src="${escape(embedUrl(publication, embed))}"\n  title="${escape(embed.title ?? '')}" width="100%" height="${publication.heights[embed.tag]}"\n  loading="lazy" frameborder="0" data-export-widgets></iframe>`;
}

const script = ({ base, kit }: Publication) =>
  `<script type="module" src="${escape(base + kit.file)}"\n  integrity="${escape(kit.integrity)}" crossorigin="anonymous"></script>`;
const resize = ({ base, resize }: Publication) =>
  `<script src="${escape(base + resize.file)}" async\n  integrity="${escape(resize.integrity)}" crossorigin="anonymous"></script>`;

export interface EmbedForm {
  /** `script`, `iframe-resize` or `iframe`: the texts that name and explain a form key on it (src/embed/codes.ts, the kit's messages). */
  readonly id: 'script' | 'iframe-resize' | 'iframe';
  code(publication: Publication, embed: Embed): string;
}

/** Every form, best first. */
export const FORMS: readonly EmbedForm[] = [
  { id: 'script', code: (publication, embed) => `${script(publication)}\n${markup(embed)}` },
  { id: 'iframe-resize', code: (publication, embed) => `${iframe(publication, embed)}\n${resize(publication)}` },
  { id: 'iframe', code: (publication, embed) => iframe(publication, embed) },
];

/** Every form's code for one widget. */
export const embedCodes = (publication: Publication, embed: Embed) =>
  FORMS.map((form) => ({ id: form.id, code: form.code(publication, embed) }));
