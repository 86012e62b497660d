/**
 * What every widget's stories share: the element built from a story's args by the manifest's names, the embed
 * codes for the same args, and the stories every widget has (languages, dark, narrow, loading, error, another
 * zone's dataset, colours, a wrong value). A stories file re-exports the common ones and adds its attributes' values.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { manifest, publication, type Declaration } from 'virtual:kit';
import { embedCodes, FORMS, type Embed } from '../src/embed/codes.js';
import type { ExportWidget } from '../src/shared/export-widget.js';
import type { WidgetTag } from '../src/widgets/registry.js';

export type Story = StoryObj;

/** What a story expects of its widget: read by the frame decorator (preview.ts) and by scripts/storybook-test.js. */
export interface WidgetParameters {
  /** The state the widget settles in: `ready` (default), `error` (`ew-error`, message inside) or `loading`. */
  expect?: 'ready' | 'error' | 'loading';
  /** The page around the widget: a dark page, or a 320 px wide column. */
  frame?: 'dark' | 'narrow';
  /** The story's `src` is held unanswered by the preview (see preview.ts `hold`), so the loading state stays. */
  hold?: boolean;
}

/** Datasets the stories load by URL, relative to the Storybook page (staticDirs in main.ts). */
export const datasets = {
  /** The embedded dataset, published as a file: what a page points `src` at to update data without a rebuild. */
  zone: 'datasets/technopolis-moscow.json',
  /** Valid JSON that fails the dataset's rules. */
  broken: 'fixtures/broken.json',
  /** Another zone's dataset in the same format (synthetic test data). */
  otherZone: 'zones/other-zone.json',
};

/** Custom elements of the kit by tag, as the manifest describes them. */
export const declarations: ReadonlyMap<WidgetTag, Declaration> = new Map(
  manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName as WidgetTag, d] as const] : [])),
);

/** Storybook's name for the action arg of an event (`ew-ready` → `onEwReady`), as its manifest reader makes it. */
export const actionArg = (event: string): string =>
  `on${event.replace(/[-_:.\s]+(.)?/g, (_, c?: string) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase())}`;

type Args = Record<string, unknown>;

/**
 * A widget as its embed codes see it, from a story's args: each manifest attribute by its HTML name (empty and `false`
 * values left out, `true` as a bare attribute), and the CSS custom properties (`--…` args).
 */
export function embedFor(tag: WidgetTag, args: Args): Embed {
  const attributes: [string, string][] = [];
  for (const { name } of declarations.get(tag)?.attributes ?? []) {
    const value = args[name];
    if (value === undefined || value === null || value === false || value === '') continue;
    attributes.push([name, value === true ? '' : String(value)]);
  }
  const properties = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && value !== undefined && value !== '')
    .map(([name, value]): [string, string] => [name, String(value)]);
  return { tag, attributes, properties };
}

/** Every embed code for a story's args, under the public address the site was built for. */
export const codesFor = (tag: WidgetTag, args: Args) => embedCodes(publication, embedFor(tag, args));

/** The first form (the script tag and the element): what "Show code" shows under each story. */
export const snippet = (tag: WidgetTag, args: Args): string => FORMS[0]!.code(publication, embedFor(tag, args));

/**
 * The element a story shows, built from the same attributes as its snippet. Events go to the Actions panel;
 * public properties that have no attribute (none yet) are set as properties.
 */
export function element(tag: WidgetTag, args: Args): HTMLElement {
  const el = document.createElement(tag);
  const { attributes, properties } = embedFor(tag, args);
  for (const [name, value] of attributes) el.setAttribute(name, value);
  for (const [name, value] of properties) el.style.setProperty(name, value);
  const declaration = declarations.get(tag);
  // A story arg the manifest does not know would be dropped without a word: say so (the story test fails on it).
  const known = new Set([
    ...(declaration?.attributes ?? []).map((a) => a.name),
    ...(declaration?.events ?? []).map((e) => actionArg(e.name)),
    ...(declaration?.members ?? []).map((m) => m.name),
  ]);
  const unknown = Object.keys(args).filter((name) => !name.startsWith('--') && !known.has(name));
  if (unknown.length) console.error(`<${tag}> has no attribute ${unknown.map((name) => `"${name}"`).join(', ')} (story args)`);
  for (const { name } of declaration?.events ?? []) {
    const action = args[actionArg(name)];
    if (typeof action === 'function') el.addEventListener(name, (event) => action((event as CustomEvent).detail));
  }
  for (const member of declaration?.members ?? [])
    if (member.kind === 'field' && !member.attribute && member.name in args) Object.assign(el, { [member.name]: args[member.name] });
  return el;
}

const story = (args: Args, ew: WidgetParameters = {}, description?: string): Story => ({
  args,
  parameters: { ew, ...(description && { docs: { description: { story: description } } }) },
});

/** The stories every widget has. The language of all stories is `ru` unless a story says otherwise (preview.ts). */
export const common = {
  English: story({ lang: 'en' }),
  Uzbek: story({ lang: 'uz' }, {}, 'Uzbek in Cyrillic script.'),
  Dark: story(
    { theme: 'dark' },
    { frame: 'dark' },
    '`theme="dark"` on a dark page. With `theme="auto"` the widget follows the page and the OS.',
  ),
  Narrow: story({}, { frame: 'narrow' }, 'In a column 320 px wide, as on a phone.'),
  Loading: story(
    { src: datasets.zone },
    { expect: 'loading', hold: true },
    'While the dataset at `src` loads. Storybook holds this one request unanswered, so the state stays on screen; ' +
      'after the loader’s timeout (10 s) the widget says the dataset did not arrive, as on a dead network.',
  ),
  BrokenDataset: story(
    { src: datasets.broken },
    { expect: 'error' },
    'A `src` whose file breaks the dataset’s rules: the widget says what is wrong and offers to retry; the page carries on.',
  ),
  OtherZone: story(
    { src: datasets.otherZone },
    {},
    'Another zone’s dataset in the same format (synthetic test data), loaded through `src`.',
  ),
  CustomColours: story(
    { '--ew-accent': '#7a1f6b', '--ew-text': '#2b1d12', '--ew-bg': '#fdf8ef' },
    {},
    'Colours are CSS custom properties set on the element (or in the page’s stylesheet): see the table below.',
  ),
  CustomHeading: story({ heading: 'Экспорт «Технополиса Москва»' }, {}, '`heading` replaces the generated heading.'),
  EmbedLink: story(
    { 'embed-link': true },
    {},
    '`embed-link` adds an Embed button to the footer: a dialog with this widget’s embed codes as it is configured (script ' +
      'and element, iframe with the resize script, iframe alone), each with a copy button, in the widget’s language. ' +
      'The codes come from the folder the kit is loaded from (its publish.json); the pre-rendered code is made on this page.',
  ),
  UnknownValue: story({ theme: 'sepia' }, {}, 'A value the widget does not know is named in a short note; the default is shown.'),
  Picture: {
    ...story(
      {},
      {},
      'The footer’s «Скачать PNG» and «Скачать SVG» buttons save a picture of what the widget shows, as drawn (view, theme, ' +
        'language): the heading, the figures with their marks (≈, >, «расчёт», hatching), the legend, the sources and the ' +
        'dataset’s version. The SVG has real text; the PNG is twice the CSS pixels. Below the widget, its SVG as ' +
        '`toPicture("svg")` makes it.',
    ),
    render: (args, { component }) => {
      const el = element(component as WidgetTag, args) as ExportWidget;
      const picture = document.createElement('img');
      picture.alt = `${component as string}: SVG`;
      void el.ready.then(async () => (picture.src = URL.createObjectURL(await el.toPicture('svg'))));
      const wrap = document.createElement('div');
      wrap.append(el, picture);
      return wrap;
    },
  },
} satisfies Record<string, Story>;
