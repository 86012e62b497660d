/**
 * The iframe heights of the embed codes, measured from the data the build publishes: each widget with its default
 * attributes on site/embed.html in a 640 px article column, in ru, en and uz, in headless Chromium. A dataset that grows
 * makes a widget taller, so the height is measured at every build rather than written down.
 */
import type { AddressInfo } from 'node:net';
import type { Browser } from 'puppeteer-core';
import { WIDGETS, type WidgetTag } from '../src/embed/codes.js';
import { serve } from './serve.js';
import { launch } from './shot.js';

/** The article column the iframe-alone code is made for. */
export const COLUMN = 640;
/** Room for a page whose fonts set the text a line longer than Chromium's here. */
export const SLACK = 24;
const LANGS = ['ru', 'en', 'uz'] as const;

/** A browser and the address of a server of site/, shared by the build's steps that open pages. */
export interface Session {
  readonly browser: Browser;
  readonly origin: string;
}

/** Runs `steps` with one Chromium and a server of the folder `site`, both closed after. */
export async function withSite<T>(site: string, steps: (session: Session) => Promise<T>): Promise<T> {
  const server = await serve({ root: site });
  const browser = await launch();
  try {
    return await steps({ browser, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
  } finally {
    await browser.close();
    server.close();
  }
}

/** Each widget's page height at `width`, in each language, from the folder a session serves (embed.html and the kit). */
export async function measureEmbeds(
  { browser, origin }: Session,
  width = COLUMN,
): Promise<Record<WidgetTag, Record<(typeof LANGS)[number], number>>> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 800 });
    // ew-ready comes once the widget shows its data and its charts are drawn: its height is final then.
    await page.evaluateOnNewDocument(() =>
      document.addEventListener('ew-ready', () => document.documentElement.setAttribute('data-measured-ready', '')),
    );
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
    await page.close();
  }
}

/** The iframe height for each widget: the tallest of its languages, plus the slack. */
export async function iframeHeights(session: Session): Promise<Record<WidgetTag, number>> {
  const measured = await measureEmbeds(session);
  return Object.fromEntries(Object.entries(measured).map(([tag, byLang]) => [tag, Math.max(...Object.values(byLang)) + SLACK])) as Record<
    WidgetTag,
    number
  >;
}
