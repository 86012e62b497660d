// The desk (site/desk/, built by `npm run build:site`): a made-up release goes through it end to end as a press officer
// would take it, with the mouse and then with the keyboard alone: paste, describe, draft, accept, correct a period,
// add a destination with a group, preview, download. The downloaded dataset validates and is the published one plus
// exactly the expected entries (test/fixtures/desk/expected.json); bad edits give their messages on the way.
import { strict as assert } from 'node:assert';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { validateFile } from '../../scripts/dataset-file.js';
import { serve } from '../../scripts/serve.js';
import { launch, ROOT } from './harness.js';

const SITE = join(ROOT, 'site');
const FIXTURES = join(ROOT, 'test/fixtures/desk');
const RELEASE = readFileSync(join(FIXTURES, 'made-up-release.txt'), 'utf8');
const EXPECTED = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
const PUBLISHED = JSON.parse(readFileSync(join(SITE, 'data/technopolis-moscow.json'), 'utf8'));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: Server;
let origin: string;
before(async () => {
  assert.ok(existsSync(join(SITE, 'desk/index.html')), 'run `npm run build:site` first');
  [browser, server] = await Promise.all([launch(), serve({ root: SITE, port: 0 }) as Promise<Server>]);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

/** How a person works the page: with the mouse (and keys where one types), or with the keyboard alone. */
interface Hands {
  press(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  choose(selector: string, value: string): Promise<void>;
  /** Ticks a checkbox that is not ticked yet. */
  tick(selector: string): Promise<void>;
  /** Checks the radio button of group `name` with `value`. */
  pick(name: string, value: string): Promise<void>;
  /** Leaves the field it is in, so that its `change` fires. */
  leave(): Promise<void>;
}

/** Replaces the focused field's text, as a person does: select all, delete, type. */
async function retype(page: Page, text: string) {
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await page.keyboard.sendCharacter(text);
}

const ticked = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).checked);

function mouse(page: Page): Hands {
  return {
    tick: async (selector) => void ((await ticked(page, selector)) || (await page.click(selector))),
    press: (selector) => page.click(selector),
    async type(selector, text) {
      await page.click(selector);
      await retype(page, text);
    },
    async choose(selector, value) {
      await page.select(selector, value);
    },
    pick: (name, value) => page.click(`input[name="${name}"][value="${value}"]`),
    leave: () => page.click('h1'),
  };
}

/** Only keys: Tab (and Shift+Tab) until the wanted element has the focus, then Enter, Space, arrows or typing. */
function keyboard(page: Page): Hands {
  const focused = (selector: string) => page.evaluate((s: string) => document.activeElement?.matches(s) ?? false, selector);
  const reach = async (selector: string) => {
    for (let i = 0; i < 400; i++) {
      if (await focused(selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`the keyboard never reached ${selector}`);
  };
  const hands: Hands = {
    async tick(selector) {
      if (!(await ticked(page, selector))) await hands.press(selector);
    },
    async press(selector) {
      await reach(selector);
      const box = await page.evaluate(() => (document.activeElement as HTMLInputElement).type === 'checkbox');
      await page.keyboard.press(box ? 'Space' : 'Enter');
    },
    async type(selector, text) {
      await reach(selector);
      await retype(page, text);
    },
    async choose(selector, value) {
      await reach(selector);
      // A closed <select> steps through its options with the arrow keys.
      const { from, to } = await page.evaluate((v: string) => {
        const select = document.activeElement as HTMLSelectElement;
        return { from: select.selectedIndex, to: [...select.options].findIndex((o) => o.value === v) };
      }, value);
      for (let i = 0; i < Math.abs(to - from); i++) await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
    },
    async pick(name, value) {
      // Tab stops at a group's checked button; the arrow keys check the others in turn.
      await reach(`input[name="${name}"]:checked`);
      for (let i = 0; i < 10 && !(await focused(`input[name="${name}"][value="${value}"]:checked`)); i++)
        await page.keyboard.press('ArrowRight');
    },
    leave: () => page.keyboard.press('Tab'),
  };
  return hands;
}

const text = (page: Page, selector: string) =>
  page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).catch(() => '');

/** Waits for the desk to say something matching `pattern` under `selector`. */
async function says(page: Page, selector: string, pattern: RegExp) {
  await page
    .waitForFunction(
      (s: string, p: string) => new RegExp(p).test((document.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ')),
      { timeout: 10_000, polling: 50 },
      selector,
      pattern.source,
    )
    .catch(async () => assert.fail(`${selector} never said ${pattern}; it says: «${await text(page, selector)}»`));
}

/** Waits for the desk to stop saying it. */
async function stops(page: Page, selector: string, pattern: RegExp) {
  await page
    .waitForFunction(
      (s: string, p: string) => !new RegExp(p).test((document.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ')),
      { timeout: 10_000, polling: 50 },
      selector,
      pattern.source,
    )
    .catch(async () => assert.fail(`${selector} still says ${pattern}: «${await text(page, selector)}»`));
}

/** Every widget of the preview has drawn, and its shadow text matches `pattern`. */
async function previewShows(page: Page, tag: string, pattern: RegExp) {
  await page
    .waitForFunction(
      (t: string, p: string) =>
        new RegExp(p).test((document.querySelector(`.frame ${t}`)?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ')),
      { timeout: 20_000, polling: 100 },
      tag,
      pattern.source,
    )
    .catch(() => assert.fail(`the preview's <${tag}> never showed ${pattern}`));
}

/** Downloads land in a folder of their own; resolves with the file's text once Chromium has written it. */
async function downloads(page: Page, cdp: CDPSession, dir: string) {
  const browserContextId = (page.browserContext() as unknown as { id?: string }).id;
  await cdp.send('Browser.setDownloadBehavior', {
    behavior: 'allow',
    downloadPath: dir,
    eventsEnabled: true,
    ...(browserContextId && { browserContextId }),
  });
  const names = new Map<string, string>();
  cdp.on('Browser.downloadWillBegin', (e) => names.set(e.guid, e.suggestedFilename));
  return (guidOf: () => Promise<void>) =>
    new Promise<{ name: string; text: string }>((resolve, reject) => {
      const done = (e: { guid: string; state: string }) => {
        if (e.state === 'canceled') reject(new Error('download canceled'));
        if (e.state !== 'completed') return;
        cdp.off('Browser.downloadProgress', done);
        const name = names.get(e.guid)!;
        resolve({ name, text: readFileSync(join(dir, name), 'utf8') });
      };
      cdp.on('Browser.downloadProgress', done);
      guidOf().catch(reject);
    });
}

async function axe(page: Page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.html.slice(0, 120)).join(' | ')}`);
  });
}

/** The whole flow, with one pair of hands; returns what was downloaded. */
async function addRelease(page: Page, hands: Hands, checkAxe = false) {
  const violations: string[] = [];
  await page.evaluateOnNewDocument(() =>
    document.addEventListener('securitypolicyviolation', (e) => ((window as any).__violations ??= []).push(e.violatedDirective)),
  );
  await page.goto(`${origin}/desk/`, { waitUntil: 'load' });
  await page.waitForSelector('data-desk #open-published');

  await hands.press('#open-published');
  await says(page, '[role="status"]', new RegExp(`версия ${PUBLISHED.version.replaceAll('.', '\\.')}`));

  // Paste the release and describe it.
  await hands.type('#release-text', RELEASE);
  await hands.type('#release-outlet', 'Пресс-служба ОЭЗ');
  await hands.type('#release-title', 'Экспорт резидентов ОЭЗ вырос в первом полугодии');
  await hands.type('#release-date', '2026-07-20');
  await hands.type('#release-id', 'oez-2026-h1');
  await hands.press('#draft');
  await page.waitForSelector('#card-f3');

  // The draft is marked in the text: each figure's number, each country and group a button.
  const marked = await page.$$eval('.release-view strong', (els) => els.map((e) => e.textContent));
  assert.deepEqual(marked, ['1,3 миллиарда рублей', '1,3 раза', '520 млн рублей']);
  const names = await page.$$eval('.release-view .mention', (els) =>
    els.map((e) => `${e.textContent}=${(e as HTMLElement).dataset.mention}`),
  );
  assert.deepEqual(names, ['Казахстан=KZ', 'Армения=AM', 'СНГ=cis']);

  // What each figure measures, as the release words it: plain exports, and the high-tech products of the third.
  await hands.choose('#f1-measure', 'exports');
  await hands.press('#card-f1 .accept');
  await hands.choose('#f2-measure', 'exports');
  await hands.press('#card-f2 .accept');
  await hands.choose('#f3-measure', 'high-tech-products');

  // A bad edit: the volume moved to 2025 leaves the growth of 2026-H1 without its volume; the period corrected back.
  await hands.type('#f1-period', '2025');
  await hands.leave();
  await says(page, '#all-messages', /рост за I пол\. 2026 к I пол\. 2025, ×1,3: у роста нет объёма за 2026-H1/);
  assert.equal(await page.$eval('#f2-period', (el) => el.getAttribute('aria-invalid')), 'true');
  await hands.type('#f1-period', '2026');
  await hands.leave();
  await stops(page, '#all-messages', /у роста нет объёма/);

  // A bad edit: a base period after the period.
  await hands.type('#f2-basePeriod', '2027');
  await hands.leave();
  await says(page, '#all-messages', /базовый период 2027-H1 должен быть раньше 2026-H1/);
  await hands.type('#f2-basePeriod', '2025');
  await hands.leave();
  await stops(page, '#all-messages', /базовый период/);

  // A bad edit: a word added to a quote is refused, and the quote stays as the text has it.
  const quote = await page.$eval('#f1-quote-0', (el) => (el as HTMLTextAreaElement).value);
  await hands.type('#f1-quote-0', `${quote} и ещё больше`);
  await hands.leave();
  await says(page, '#card-f1 .refused', /Цитату можно только сокращать/);
  assert.equal(await page.$eval('#f1-quote-0', (el) => (el as HTMLTextAreaElement).value), quote);

  // A bad edit: the Russian text marked as Uzbek.
  await hands.choose('#release-language', 'uz');
  await says(page, '#all-messages', /язык релиза: текст написан на языке «русский», а указан «узбекский»/);
  await hands.choose('#release-language', 'ru');
  await stops(page, '#all-messages', /язык релиза/);

  // The third figure's sentence states no period: the release's half-year, marked as worked out.
  await hands.type('#f3-period', '2026');
  await hands.leave();
  await hands.choose('#f3-period-part', 'H1');
  await hands.tick('#f3-periodInferred');
  await hands.press('#card-f3 .accept');

  // The draft's destination: the two countries among the largest markets, in the release's half-year (worked out);
  // the group its sentence also names goes to a destination of its own below.
  if (await page.$('#card-d1 .chips button[data-code="cis"]')) await hands.press('#card-d1 .chips button[data-code="cis"]');
  await hands.type('#d1-period', '2026');
  await hands.leave();
  await hands.choose('#d1-period-part', 'H1');
  await hands.tick('#d1-periodInferred');
  await hands.choose('#d1-role', 'top');
  await hands.press('#card-d1 .accept');

  // A new destination: a group pressed in the text, kept as a group; its quote is the sentence, shortened by a cut.
  await hands.press('#add-destination');
  await hands.press('.release-view .mention[data-mention="cis"]');
  await page.waitForSelector('#d2-quote-0');
  const sentence = await page.$eval('#d2-quote-0', (el) => (el as HTMLTextAreaElement).value);
  assert.equal(sentence, 'Больше всего продукции купили Казахстан и Армения, а медицинские изделия впервые отправились в страны СНГ.');
  await hands.type('#d2-quote-0', 'медицинские изделия впервые отправились в страны СНГ');
  await hands.leave();
  await hands.type('#d2-period', '2026');
  await hands.leave();
  await hands.choose('#d2-period-part', 'H1');
  await hands.tick('#d2-periodInferred');
  await hands.choose('#d2-role', 'new');
  await hands.press('#card-d2 .accept');
  await says(page, '#check-summary', /Ошибок нет/);

  // The preview reads the edited data, in Russian at 1200 px, then in Uzbek at 360 px.
  await previewShows(page, 'export-growth', /2026/);
  await previewShows(page, 'destination-list', /Армения/);
  await hands.pick('preview-width', '360');
  await hands.pick('preview-lang', 'uz');
  await previewShows(page, 'destination-list', /Арманистон/);
  assert.equal(await page.$eval('.frame export-growth', (el) => Math.round(el.getBoundingClientRect().width)), 360);
  assert.ok((await text(page, '#preview-warnings')).length > 0, 'the preview lists its warnings, or says there are none');

  if (checkAxe) violations.push(...(await axe(page)));

  // The result: what changed, the next step, and the two files.
  const changes = await text(page, '#changes');
  assert.match(
    changes,
    new RegExp(`Версия данных: ${PUBLISHED.version.replaceAll('.', '\\.')} → ${EXPECTED.version.replaceAll('.', '\\.')}`),
  );
  assert.match(changes, /Добавлено: экспорт за I пол\. 2026, около 1,3 млрд ₽/);
  assert.match(await text(page, '#next-steps'), /src/);
  const dir = mkdtempSync(join(tmpdir(), 'ew-desk-'));
  const cdp = await page.createCDPSession();
  const download = await downloads(page, cdp, dir);
  const data = await download(() => hands.press('#download-data'));
  const release = await download(() => hands.press('#download-text'));
  const csp = await page.evaluate(() => (window as any).__violations ?? []);
  return { data, release, dir, violations, csp };
}

/** The downloaded dataset: the published one, version and date raised, with exactly the expected entries added. */
function assertResult({
  data,
  release,
  dir,
}: {
  data: { name: string; text: string };
  release: { name: string; text: string };
  dir: string;
}) {
  assert.equal(data.name, 'technopolis-moscow.json');
  assert.equal(release.name, 'oez-2026-h1.txt');
  assert.equal(release.text, RELEASE, 'the release text downloads byte for byte as pasted');
  const expected = {
    ...PUBLISHED,
    version: EXPECTED.version,
    asOf: EXPECTED.asOf,
    sources: [...PUBLISHED.sources, ...EXPECTED.sources],
    figures: [...PUBLISHED.figures, ...EXPECTED.figures],
    destinations: [...PUBLISHED.destinations, ...EXPECTED.destinations],
  };
  assert.equal(data.text, `${JSON.stringify(expected, null, 2)}\n`);
  // It validates, quotes and all, beside the shipped texts and the new one.
  cpSync(join(ROOT, 'data/sources'), join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, 'sources', release.name), release.text);
  assert.deepEqual(validateFile(join(dir, data.name)), []);
  rmSync(dir, { recursive: true, force: true });
}

describe('the desk: a made-up release becomes data', () => {
  it('with the mouse: paste, accept, correct a period, add a destination with a group, preview, download; axe finds nothing', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 900 });
    try {
      const result = await addRelease(page, mouse(page), true);
      assertResult(result);
      assert.deepEqual(result.violations, [], 'axe violations');
      assert.deepEqual(result.csp, [], 'CSP violations');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  it('with the keyboard alone, the same way to the same file', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    try {
      assertResult(await addRelease(page, keyboard(page)));
    } finally {
      await context.close();
    }
  });
});

describe('the desk: a release that names a company and a speaker the data does not have', () => {
  const COMPANY =
    'Компания «Альфа-Микро» в первом полугодии 2026 года экспортировала электронику на 120 млн рублей, сообщил директор ОЭЗ Иван Петров.\n';

  it('adds the company with the figure that names it, and credits the speaker to the source', async () => {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setViewport({ width: 1280, height: 900 });
    const hands = mouse(page);
    try {
      await page.goto(`${origin}/desk/`, { waitUntil: 'load' });
      await page.waitForSelector('data-desk #open-published');
      await hands.press('#open-published');
      await says(page, '[role="status"]', /версия/);
      await hands.type('#release-text', COMPANY);
      await hands.type('#release-outlet', 'Пресс-служба ОЭЗ');
      await hands.type('#release-date', '2026-07-21');
      await hands.type('#release-id', 'oez-alfa-2026');
      await hands.press('#add-speaker');
      await hands.type('#speaker-0-name', 'Иван Петров');
      await hands.type('#speaker-0-role', 'директор ОЭЗ');
      await hands.leave();
      await hands.press('#draft');
      await page.waitForSelector('#card-x1');

      // The company's card asks for what the text does not say; each message leads to its field.
      await says(page, '#all-messages', /экспортёр «Альфа-Микро»: выберите отрасль компании/);
      assert.equal(await page.$eval('#x1-sector', (el) => el.getAttribute('aria-invalid')), 'true');
      const sector = PUBLISHED.sectors[0].id;
      await hands.choose('#x1-sector', sector);
      await hands.type('#x1-products', 'электроника');
      await hands.type('#x1-name-en', 'Alfa-Mikro');
      await hands.leave();
      await stops(page, '#all-messages', /экспортёр «Альфа-Микро»/);
      await hands.choose('#f1-measure', 'exports');
      await hands.press('#card-f1 .accept');
      await says(page, '#check-summary', /Ошибок нет/);
      assert.deepEqual(await axe(page), [], 'axe violations');

      const dir = mkdtempSync(join(tmpdir(), 'ew-desk-'));
      const data = await (await downloads(page, await page.createCDPSession(), dir))(() => hands.press('#download-data'));
      const dataset = JSON.parse(data.text);
      assert.deepEqual(dataset.exporters.slice(PUBLISHED.exporters.length), [
        { id: 'alfa-mikro', name: { ru: 'Альфа-Микро', en: 'Alfa-Mikro' }, sector, products: { ru: 'электроника' } },
      ]);
      const figure = dataset.figures.at(-1);
      assert.equal(figure.kind, 'exporter-export');
      assert.equal(figure.exporter, 'alfa-mikro');
      assert.deepEqual(dataset.sources.at(-1).speakers, [{ name: { ru: 'Иван Петров' }, role: { ru: 'директор ОЭЗ' } }]);
      cpSync(join(ROOT, 'data/sources'), join(dir, 'sources'), { recursive: true });
      writeFileSync(join(dir, 'sources', 'oez-alfa-2026.txt'), COMPANY);
      assert.deepEqual(validateFile(join(dir, data.name)), []);
      rmSync(dir, { recursive: true, force: true });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
