/**
 * Social cards: a picture of each widget in each language, for link previews (1200×630) and posts (1080×1080), written
 * by the build into site/images/ with an index (cards.json) that gives each card's alt text: the widget's own summary
 * sentence. Each card is the kit's rendering of the widget, from the dataset the build embeds, on the card page
 * (src/embed/card.ts), taken by Chromium; one page per size goes through every widget and language.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGETS, type WidgetTag } from '../src/embed/codes.js';
import { bundle } from './bundle.js';
import type { Session } from './embed-heights.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const LANGS = ['ru', 'en', 'uz'] as const;
export type CardLang = (typeof LANGS)[number];
/** Link previews (Open Graph, X, VK, Telegram) and square posts. */
export const SIZES = [
  { width: 1200, height: 630 },
  { width: 1080, height: 1080 },
] as const;
export const INDEX = 'images/cards.json';

export interface Card {
  /** The picture, relative to the index's folder (site/images/). */
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly widget: WidgetTag;
  readonly lang: CardLang;
  /** The widget's heading. */
  readonly title: string;
  /** The widget's summary sentence, as its readers get it. */
  readonly alt: string;
}
export interface CardIndex {
  /** The dataset the cards were made from. */
  readonly dataset: { readonly version: string; readonly asOf: string };
  readonly cards: readonly Card[];
}

/** Makes every card into `site`/images/ and writes the index; the card page is there only while they are made. */
export async function makeCards(site: string, { browser, origin }: Session): Promise<CardIndex> {
  const dataset = JSON.parse(readFileSync(join(ROOT, 'data/technopolis-moscow.json'), 'utf8')) as CardIndex['dataset'];
  const page = join(site, 'card.html');
  const script = join(site, 'card.js');
  const style = join(site, 'card.css');
  writeFileSync(script, await bundle(join(ROOT, 'src/embed/card.ts'), { format: 'es' }));
  writeFileSync(style, readFileSync(join(ROOT, 'src/embed/card.css')));
  writeFileSync(
    page,
    readFileSync(join(ROOT, 'src/embed/card.html'), 'utf8')
      .replace('%kit%', 'export-widgets.js')
      .replace('%card.js%', 'card.js')
      .replace('%card.css%', 'card.css'),
  );
  mkdirSync(join(site, 'images'), { recursive: true });
  const cards: Card[] = [];
  try {
    for (const { width, height } of SIZES) {
      const tab = await browser.newPage();
      await tab.setViewport({ width, height, deviceScaleFactor: 1 });
      for (const widget of Object.keys(WIDGETS) as WidgetTag[])
        for (const lang of LANGS) {
          await tab.goto(`${origin}/card.html?widget=${widget}&lang=${lang}`);
          const done = await tab.waitForSelector('html[data-card]', { timeout: 60_000 });
          const { card, title = '', alt = '' } = await tab.evaluate(() => ({ ...document.documentElement.dataset }));
          await done?.dispose();
          if (card !== 'ready') throw new Error(`the card of <${widget}> in ${lang} could not be made: ${card}`);
          if (!alt) throw new Error(`<${widget}> in ${lang} has no summary sentence for the card's alt text`);
          const file = `${widget}.${lang}.${width}x${height}.png`;
          writeFileSync(join(site, 'images', file), await tab.screenshot({ type: 'png' }));
          cards.push({ file, width, height, widget, lang, title, alt });
        }
      await tab.close();
    }
  } finally {
    for (const file of [page, script, style]) rmSync(file, { force: true });
  }
  const index: CardIndex = { dataset: { version: dataset.version, asOf: dataset.asOf }, cards };
  writeFileSync(join(site, INDEX), `${JSON.stringify(index, null, 2)}\n`);
  return index;
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The Open Graph and X (Twitter) tags that name a widget's link-preview card: title and description from the widget's
 * heading and summary, and the picture by its absolute address under `base`, which crawlers need.
 */
export function socialMeta(index: CardIndex, widget: WidgetTag, lang: CardLang, base: string): string {
  const card = index.cards.find((c) => c.widget === widget && c.lang === lang && c.width === SIZES[0].width);
  if (!card) throw new Error(`no card of <${widget}> in ${lang}`);
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:title', card.title],
    ['property', 'og:description', card.alt],
    ['property', 'og:image', new URL(`images/${card.file}`, base).href],
    ['property', 'og:image:width', String(card.width)],
    ['property', 'og:image:height', String(card.height)],
    ['property', 'og:image:alt', card.alt],
    ['name', 'twitter:card', 'summary_large_image'],
  ];
  return tags.map(([key, name, content]) => `<meta ${key}="${name}" content="${escape(content)}" />`).join('\n    ');
}
