/**
 * What every widget's stories share: the element built from a story's args by the manifest's names, the embed
 * snippet for the same args, and the stories every widget has (languages, dark, narrow, loading, error, another
 * zone's dataset, colours, a wrong value). A stories file re-exports the common ones and adds its attributes' values.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { file, integrity, manifest, type Declaration } from 'virtual:kit';
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
 * The element's attributes for a story's args: each manifest attribute by its HTML name (empty and `false` values
 * left out, `true` as a bare attribute), then CSS custom properties (`--…` args) as one `style`.
 */
export function attributesFor(tag: WidgetTag, args: Args): [string, string][] {
  const attributes: [string, string][] = [];
  for (const { name } of declarations.get(tag)?.attributes ?? []) {
    const value = args[name];
    if (value === undefined || value === null || value === false || value === '') continue;
    attributes.push([name, value === true ? '' : String(value)]);
  }
  const style = Object.entries(args)
    .filter(([name, value]) => name.startsWith('--') && value !== undefined && value !== '')
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('; ');
  if (style) attributes.push(['style', style]);
  return attributes;
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The element as HTML. */
export function markup(tag: WidgetTag, args: Args): string {
  const attributes = attributesFor(tag, args).map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`));
  return `<${tag}${attributes.join('')}></${tag}>`;
}

/** What an editor pastes: the built kit with its integrity hash, then the element. */
export function snippet(tag: WidgetTag, args: Args): string {
  return `<script type="module" src="${file}"\n  integrity="${integrity}" crossorigin="anonymous"></script>\n${markup(tag, args)}`;
}

/**
 * The element a story shows, built from the same attributes as its snippet. Events go to the Actions panel;
 * public properties that have no attribute (none yet) are set as properties.
 */
export function element(tag: WidgetTag, args: Args): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of attributesFor(tag, args)) el.setAttribute(name, value);
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
  UnknownValue: story({ theme: 'sepia' }, {}, 'A value the widget does not know is named in a short note; the default is shown.'),
} satisfies Record<string, Story>;
