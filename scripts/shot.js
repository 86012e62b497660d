#!/usr/bin/env node
// Screenshot a page as a reader sees it: node scripts/shot.js URL out.png [width] [--dark] [--text]
import puppeteer from 'puppeteer-core';

export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const launch = (extra = []) =>
  puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: [...CHROME_ARGS, ...extra] });

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [url, out, width = '900', ...flags] = process.argv.slice(2);
  const browser = await launch();
  const page = await browser.newPage();
  page.on('console', (m) => console.log(`[console.${m.type()}]`, m.text()));
  page.on('pageerror', (e) => console.log('[pageerror]', e.message));
  await page.setViewport({ width: Number(width), height: 900, deviceScaleFactor: 1 });
  if (flags.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 300));
  await page.screenshot({ path: out, fullPage: true });
  if (flags.includes('--text'))
    console.log(
      await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((e) => e.shadowRoot)
          .map((e) => `<${e.localName}> ${e.shadowRoot.textContent.replace(/\s+/g, ' ').trim()}`)
          .join('\n\n'),
      ),
    );
  await browser.close();
}
