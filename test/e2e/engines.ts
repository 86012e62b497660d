/**
 * One small driver over the three engines, for whole-page checks that must hold in each: Chromium and Firefox through
 * puppeteer-core (Firefox over WebDriver BiDi), WebKitGTK's MiniBrowser through WebDriver (webdriverio). Only what the
 * cross-engine smoke needs: open a page at a width, run a function in it (its promise awaited), press a key, take a
 * PNG of the viewport.
 */
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROME_ARGS } from '../../scripts/shot.js';
import { ENGINES, FIREFOX_PATH, startWebKitDriver, WEBKIT_CAPABILITIES } from '../../scripts/browsers.js';

export type Engine = (typeof ENGINES)[number];
export { ENGINES };

export interface Driver {
  readonly engine: Engine;
  /** Opens `url` in a viewport of `width` × `height` CSS pixels. */
  open(url: string, width: number, height?: number): Promise<void>;
  /** Runs `fn` in the page with JSON arguments; a returned promise is awaited. */
  run<T>(fn: (...args: any[]) => T | Promise<T>, ...args: unknown[]): Promise<T>;
  /** Presses a key on the focused element ('Tab', 'Enter'). */
  press(key: 'Tab' | 'Enter'): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

// tsx compiles with keepNames: a function handed to the page may call __name, which the page lacks.
const source = (fn: (...args: any[]) => unknown) => `const __name = (f) => f; return (${fn.toString()})(...arguments);`;

async function puppeteerDriver(engine: 'chromium' | 'firefox'): Promise<Driver> {
  const browser = await puppeteer.launch(
    engine === 'chromium'
      ? { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROME_ARGS, protocolTimeout: 60_000 }
      : { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocolTimeout: 60_000 },
  );
  const page = await browser.newPage();
  return {
    engine,
    async open(url, width, height = 900) {
      await page.setViewport({ width, height, deviceScaleFactor: 1 });
      await page.goto(url, { waitUntil: 'load' });
    },
    run: (fn, ...args) => page.evaluate(`(async function () { ${source(fn)} })(...${JSON.stringify(args)})`) as Promise<any>,
    press: (key) => page.keyboard.press(key),
    screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
    close: () => browser.close(),
  };
}

async function webkitDriver(): Promise<Driver> {
  const server = await startWebKitDriver();
  const browser = await remote({ hostname: '127.0.0.1', port: server.port, logLevel: 'error', capabilities: WEBKIT_CAPABILITIES });
  return {
    engine: 'webkit',
    async open(url, width, height = 900) {
      await browser.url(url);
      // The window's size includes its frame: set it, then correct it by what the page sees until the viewport fits.
      // A resize lands a moment after the command returns: read the viewport once two reads agree.
      const viewport = async () => {
        let last = await browser.execute(() => [innerWidth, innerHeight]);
        for (let i = 0; i < 20; i++) {
          await new Promise((r) => setTimeout(r, 50));
          const now = await browser.execute(() => [innerWidth, innerHeight]);
          if (now[0] === last[0] && now[1] === last[1]) return now;
          last = now;
        }
        return last;
      };
      await browser.setWindowSize(width, height);
      let inner = await viewport();
      for (let tries = 0; tries < 5 && (inner[0] !== width || inner[1] !== height); tries++) {
        const window = await browser.getWindowRect();
        await browser.setWindowSize(window.width + width - inner[0]!, window.height + height - inner[1]!);
        inner = await viewport();
      }
      if (inner[0] !== width || inner[1] !== height) throw new Error(`WebKit's viewport is ${inner.join(' × ')}, not ${width} × ${height}`);
    },
    run: (fn, ...args) => browser.execute(source(fn), ...args) as Promise<any>,
    press: (key) => browser.keys([key]),
    screenshot: async () => Buffer.from(await browser.takeScreenshot(), 'base64'),
    async close() {
      try {
        await browser.deleteSession();
      } finally {
        server.stop();
      }
    },
  };
}

export function driver(engine: Engine): Promise<Driver> {
  return engine === 'webkit' ? webkitDriver() : puppeteerDriver(engine);
}
