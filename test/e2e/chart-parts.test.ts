// The built bundle's chart.js, without the parts scripts/slim.ts removes (UNUSED_CHART_PARTS): what the kit does with
// its charts still works. The browser tests run chart.js from its sources, as installed, so only these pages see the
// trimmed one: a click on a bar (pointer events, the 'nearest' interaction mode, no hover restyle), and charts that
// follow their plot when the page resizes it (no responsive mode).
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { ESM, assertDrawn, dataset, inspect, launch, page, settled, site, tab, type Site, type Tab } from './harness.js';

let browser: Browser;
let server: Site;
before(async () => {
  [browser, server] = await Promise.all([launch(), site()]);
  // The frozen fixture, whose years chart has two bars, 2018 and 2019, whatever data/ holds.
  server.route('/frozen.json', { headers: { 'content-type': 'application/json' }, body: JSON.stringify(dataset()) });
  server.route(
    '/growth.html',
    page({
      head: ESM,
      body: '<div id="box" style="width: 700px"><export-growth comparison="years" lang="en" src="/frozen.json"></export-growth></div>',
    }),
  );
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('chart.js as bundled, without the parts the kit never runs', () => {
  let t: Tab;
  before(async () => {
    t = await tab(browser);
    await t.page.goto(`${server.origin}/growth.html`, { waitUntil: 'load' });
    await settled(t.page, 'export-growth');
  });
  after(() => t.close());

  it('a click on a bar tells the page its period, and the chart is drawn the same after it', async () => {
    const box = await t.page.evaluate(() => {
      const canvas = document.querySelector('export-growth')!.shadowRoot!.querySelector('canvas')!;
      const { left, top, width, height } = canvas.getBoundingClientRect();
      return { left, top, width, height, image: canvas.toDataURL() };
    });
    // The listener is in place before the click (an evaluate that waited for the event could start after it).
    await t.page.evaluate(() => document.addEventListener('ew-select', (e) => ((window as any).__selected = (e as CustomEvent).detail)));
    // Two bars, 2018 and 2019: the second one's middle, below its value label, is three quarters across.
    await t.page.mouse.click(box.left + box.width * 0.75, box.top + box.height * 0.7);
    const selected = await t.page.waitForFunction(() => (window as any).__selected, { timeout: 5000 });
    assert.deepEqual(await selected.jsonValue(), { kind: 'period', id: '2019' });
    const after = await t.page.evaluate(() => document.querySelector('export-growth')!.shadowRoot!.querySelector('canvas')!.toDataURL());
    assert.equal(after, box.image, 'the clicked chart looks as before');
    assert.deepEqual(t.errors, []);
  });

  it('its charts follow their plot when the page narrows it, and are drawn', async () => {
    await t.page.evaluate(() => (document.getElementById('box')!.style.width = '360px'));
    await t.page.waitForFunction(() => {
      const canvas = document.querySelector('export-growth')!.shadowRoot!.querySelector('canvas')!;
      return canvas.width === canvas.parentElement!.clientWidth && canvas.width < 400;
    });
    assertDrawn(await inspect(t.page, 'export-growth'), 1);
    assert.deepEqual(t.errors, []);
  });
});
