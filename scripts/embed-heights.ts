/**
 * The iframe heights of the embed codes, measured from the data the build publishes: each widget with its default
 * attributes on site/embed.html in a 640 px article column, in ru, en and uz, in headless Chromium. A dataset that grows
 * makes a widget taller, so the height is measured at every build rather than written down.
 */
import type { AddressInfo } from 'node:net';
import { WIDGETS, type WidgetTag } from '../src/embed/codes.js';
import { serve } from './serve.js';
import { launch } from './shot.js';

/** The article column the iframe-alone code is made for. */
export const COLUMN = 640;
/** Room for a page whose fonts set the text a line longer than Chromium's here. */
export const SLACK = 24;
const LANGS = ['ru', 'en', 'uz'] as const;

/** Each widget's page height at `width`, in each language, from the folder `site` (embed.html and the kit). */
export async function measureEmbeds(site: string, width = COLUMN): Promise<Record<WidgetTag, Record<(typeof LANGS)[number], number>>> {
  const server = await serve({ root: site });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    // ew-ready comes once the widget shows its data and its charts are drawn: its height is final then.
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('ew-ready', () => document.documentElement.setAttribute('data-measured-ready', '')),
    );
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const heights = {} as Record<WidgetTag, Record<(typeof LANGS)[number], number>>;
    for (const tag of Object.keys(WIDGETS) as WidgetTag[]) {
      heights[tag] = { ru: 0, en: 0, uz: 0 };
      for (const lang of LANGS) {
        await page.goto(`${origin}/embed.html?widget=${tag}&lang=${lang}`);
        await page.waitForSelector('html[data-measured-ready]', { timeout: 60_000 });
        heights[tag][lang] = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      }
    }
    return heights;
  } finally {
    await browser.close();
    server.close();
  }
}

/** The iframe height for each widget: the tallest of its languages, plus the slack. */
export async function iframeHeights(site: string): Promise<Record<WidgetTag, number>> {
  const measured = await measureEmbeds(site);
  return Object.fromEntries(Object.entries(measured).map(([tag, byLang]) => [tag, Math.max(...Object.values(byLang)) + SLACK])) as Record<
    WidgetTag,
    number
  >;
}
