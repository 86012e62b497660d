// The kit as a guest on other pages: theme signals, colours reaching the canvas, widths, print, CSV, no-JS fallback.
import { expect, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { emulateMedia } from '@web/test-runner-commands';
import { applyPrintRules, canEmulateMedia, osPrefersDark } from './media.js';
import { Chart } from 'chart.js';
import type { ChartController } from '../src/controllers/chart-controller.js';
import type { ExportGrowth } from '../src/widgets/export-growth/export-growth.js';
import { TAGS, widgets } from '../src/widgets/registry.js';
import { csvLines, downloaded, mount, shadow } from './helpers.js';

const base = (el: Element) => shadow(el).querySelector('.base')!;
const isDark = (el: Element) => base(el).classList.contains('dark');
const firstChart = (el: Element) => Chart.getChart(shadow(el).querySelector('canvas')!)!;
const root = document.documentElement;

describe('dark mode', () => {
  afterEach(async () => {
    root.removeAttribute('data-theme');
    root.classList.remove('dark');
    root.style.colorScheme = '';
  });

  it('follows the theme attribute first', async () => {
    root.dataset.theme = 'dark';
    const el = await mount<ExportGrowth>(html`<export-growth theme="light"></export-growth>`);
    expect(isDark(el)).to.equal(false);
    el.theme = 'dark';
    await el.updateComplete;
    expect(isDark(el)).to.equal(true);
  });

  it('follows the page: data-theme, a dark class, color-scheme', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth></export-growth>`);
    expect(isDark(el)).to.equal(false);
    for (const [signal, undo] of [
      [() => (root.dataset.theme = 'dark'), () => root.removeAttribute('data-theme')],
      [() => root.classList.add('dark'), () => root.classList.remove('dark')],
      [() => (root.style.colorScheme = 'dark'), () => (root.style.colorScheme = '')],
    ] as const) {
      signal();
      await new Promise((r) => setTimeout(r)); // the MutationObserver reports after this task
      await el.updateComplete;
      expect(isDark(el), String(signal)).to.equal(true);
      undo();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(isDark(el), String(undo)).to.equal(false);
    }
  });

  it("follows the reader's OS setting when the page says nothing", async () => {
    const undo = osPrefersDark();
    await new Promise((r) => setTimeout(r)); // the page's theme, read by an earlier test, is kept until its task ends
    try {
      const el = await mount<ExportGrowth>(html`<export-growth></export-growth>`);
      expect(isDark(el)).to.equal(true);
    } finally {
      undo();
    }
  });

  it('redraws the charts in the new colours when the page switches at runtime', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth></export-growth>`);
    const chart = firstChart(el);
    const light = chart.data.datasets[0]!.borderColor;
    root.dataset.theme = 'dark';
    // The page's observer asks for an update in a microtask; the render waits for the next paint, the chart for its batch.
    await null;
    while (el.isUpdatePending) await el.updateComplete;
    await (el as unknown as { charts: ChartController }).charts.drawn;
    expect(firstChart(el)).to.equal(chart); // updated in place, not recreated
    expect(chart.data.datasets[0]!.borderColor).not.to.equal(light);
    expect(chart.data.datasets[0]!.borderColor).to.equal('#8ab4f8');
  });
});

describe('theming through custom properties', () => {
  it("takes the page's colours onto the canvas", async () => {
    const el = await mount<ExportGrowth>(
      html`<export-growth comparison="years" style="--ew-series-1: rgb(200, 0, 0); --ew-bg: rgb(250, 250, 240)"></export-growth>`,
    );
    const chart = firstChart(el);
    expect(chart.data.datasets[0]!.borderColor).to.equal('rgb(200, 0, 0)');
    const bar = chart.getDatasetMeta(0).data[1]!; // 2019, a reported value: solid
    const ratio = chart.canvas.width / chart.canvas.clientWidth;
    const [r, g, b] = chart.ctx.getImageData(Math.round(bar.x * ratio), Math.round((bar.y + 20) * ratio), 1, 1).data;
    expect([r, g, b]).to.deep.equal([200, 0, 0]);
    expect(getComputedStyle(base(el)).backgroundColor).to.equal('rgb(250, 250, 240)');
  });

  it("inherits the page's font", async () => {
    const el = await mount<ExportGrowth>(html`<export-growth style="font-family: 'Courier New', monospace"></export-growth>`);
    expect(getComputedStyle(shadow(el).querySelector('h2')!).fontFamily).to.include('Courier New');
    expect(firstChart(el).options.font?.family).to.include('Courier New');
  });
});

describe('any width', () => {
  for (const width of [288, 320, 768, 1200]) {
    for (const tag of TAGS) {
      for (const view of widgets[tag].elementProperties.has('view') ? ['chart', 'table'] : ['']) {
        it(`fits <${tag}${view ? ` view="${view}"` : ''}> in a ${width} px container`, async () => {
          const wrapper = await mount<HTMLElement>(
            staticHtml`<div style="width: ${width}px"><${unsafeStatic(tag)} view=${view || nothing}></${unsafeStatic(tag)}></div>`,
          );
          const el = wrapper.firstElementChild!;
          // Open every details, so that what a reader can unfold is measured too.
          shadow(el)
            .querySelectorAll('details')
            .forEach((d) => (d.open = true));
          const frame = base(el);
          const limit = frame.getBoundingClientRect().right - parseFloat(getComputedStyle(frame).paddingRight) + 0.5;
          const overflowing = [...shadow(el).querySelectorAll('*')].filter(
            // A wide table scrolls in its own box (.table): the box must fit, not what it scrolls.
            (node) =>
              node !== frame &&
              !node.closest('.sr-only, svg.defs') &&
              !node.parentElement?.closest('.table') &&
              node.getBoundingClientRect().right > limit,
          );
          expect(overflowing.map((n) => n.outerHTML.slice(0, 100))).to.deep.equal([]);
          expect(el.scrollWidth).to.be.at.most(width);
        });
      }
    }
  }
});

describe('print', () => {
  const PRINTED = { table: true, '.summary': true, 'details.sources ol': true, canvas: false, '.toolbar': false };
  const shown = (el: Element) =>
    Object.fromEntries(
      Object.keys(PRINTED).map((selector) => {
        const node = shadow(el).querySelector<HTMLElement>(selector)!;
        return [selector, node.getClientRects().length > 0 && node.offsetHeight > 1];
      }),
    );

  it('prints the table, the summary and the sources, not the canvas or the controls', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth></export-growth>`);
    const undo = applyPrintRules(el);
    try {
      expect(shown(el), 'with its print rules applied').to.deep.equal(PRINTED);
    } finally {
      undo();
    }
    // Where the engine can emulate print media for a test (Chromium), the real print layout too.
    if (canEmulateMedia) {
      await emulateMedia({ media: 'print' });
      try {
        expect(shown(el), 'in print media').to.deep.equal(PRINTED);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    }
  });
});

describe('CSV download', () => {
  it('offers the shown data as UTF-8 CSV with a BOM, the quotes, the sources and the dataset version', async () => {
    const el = await mount<ExportGrowth>(html`<export-growth></export-growth>`);
    const blob = await downloaded(el);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = await csvLines(blob);
    expect(lines[0]).to.equal('"Что";"Период";"Значение";"Единица";"Точность";"Цитата или расчёт";"Источники";"Показатель"');
    expect(lines).to.include(
      '"Экспорт высокотехнологичной продукции";"2019";326000000;"руб.";"точно";"Объём экспорта высокотехнологичной продукции резидентов особой экономической зоны «Технополис «Москва» в 2019 году составил 326 млн рублей, что на 32 процента больше, чем в 2018 году";"издание не указано, «Владимир Ефимов: Резиденты «Технополиса «Москва» за год увеличили экспорт высокотехнологичной продукции на треть», 2020 (дата выведена из текста), на русском";"экспорт высокотехнологичной продукции"',
    );
    const derived = lines.find((line) => line.startsWith('"Экспорт высокотехнологичной продукции";"2018";'))!;
    expect(derived).to.include('247000000;"руб.";"расчёт, приблизительно"');
    expect(derived).to.include('326\u00a0млн\u00a0₽ за 2019 ÷ 1,32');
    expect(lines.some((line) => line.includes('версия 1.0.0'))).to.equal(true);
    expect(lines).to.include('"Источники";"РИА Новости, 5 ноября 2025 г. (дата выведена из текста), на русском"');
  });
});

/** Loads a page in an iframe and waits until `ready` says so. */
async function frame(src: string, ready: (doc: Document) => boolean, srcdoc?: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.width = '1000px';
  iframe.style.height = '800px';
  if (srcdoc) iframe.srcdoc = srcdoc;
  else iframe.src = src;
  document.body.append(iframe);
  await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  for (let i = 0; i < 200 && !ready(iframe.contentDocument!); i++) await new Promise((r) => setTimeout(r, 25));
  expect(ready(iframe.contentDocument!), `${src} became ready`).to.equal(true);
  return iframe;
}

const allReady = (doc: Document) => {
  const widgets = [...doc.querySelectorAll(TAGS.join(','))];
  return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('footer, .state.error'));
};

describe('without JavaScript', () => {
  it('shows the content placed inside the element until the kit loads, then the widget replaces it', async () => {
    const iframe = await frame(
      '',
      (doc) => doc.readyState === 'complete',
      '<export-growth><p id="fallback">Экспорт в 2019 году: 326 млн ₽.</p></export-growth>',
    );
    const doc = iframe.contentDocument!;
    const fallback = doc.getElementById('fallback')!;
    expect(fallback.getClientRects().length).to.be.greaterThan(0);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = new URL('/dist/export-widgets.js', location.href).href;
    doc.head.append(script);
    for (let i = 0; i < 200 && !allReady(doc); i++) await new Promise((r) => setTimeout(r, 25));
    expect(allReady(doc)).to.equal(true);
    expect(fallback.isConnected).to.equal(true); // still there for search engines and reader mode
    expect(fallback.getClientRects().length).to.equal(0); // but not shown
    iframe.remove();
  });
});

describe('a good guest', () => {
  for (const page of ['news', 'government', 'uz']) {
    it(`keeps /demo/${page}.html still (CLS 0), asks no third party, writes no cookie or storage`, async () => {
      const iframe = await frame(`/demo/${page}.html`, allReady);
      const win = iframe.contentWindow as Window & typeof globalThis;
      const shifts = await new Promise<number>((resolve) => {
        new win.PerformanceObserver((list) =>
          resolve(
            list
              .getEntries()
              .reduce(
                (sum, e) =>
                  sum +
                  ((e as unknown as { hadRecentInput: boolean; value: number }).hadRecentInput
                    ? 0
                    : (e as unknown as { value: number }).value),
                0,
              ),
          ),
        ).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500); // no entry at all: nothing shifted
      });
      expect(shifts).to.equal(0);
      const hosts = new Set(win.performance.getEntriesByType('resource').map((e) => new URL(e.name).host));
      expect([...hosts]).to.deep.equal([location.host]);
      expect(iframe.contentDocument!.cookie).to.equal('');
      expect(win.localStorage.length + win.sessionStorage.length).to.equal(0);
      iframe.remove();
    });
  }

  it('loads twice (module and classic script) without an error or a warning', async () => {
    const iframe = await frame(
      '',
      (doc) => doc.readyState === 'complete',
      `<script src="/test/fixtures/console-spy.js"></script><script src="/dist/export-widgets.iife.js"></script><script type="module" src="/dist/export-widgets.js"></script><export-growth></export-growth>`,
    );
    const doc = iframe.contentDocument!;
    for (let i = 0; i < 200 && !allReady(doc); i++) await new Promise((r) => setTimeout(r, 25));
    const spy = (iframe.contentWindow as unknown as { spy: { errors: string[]; warnings: string[] } }).spy;
    expect(allReady(doc)).to.equal(true);
    expect(spy.errors).to.deep.equal([]);
    expect(spy.warnings).to.deep.equal([]);
    iframe.remove();
  });

  it('warns once when another version of the kit is already on the page', async () => {
    const iframe = await frame(
      '',
      (doc) => doc.readyState === 'complete',
      `<script src="/test/fixtures/console-spy.js"></script><script src="/test/fixtures/older-kit.js"></script><script src="/dist/export-widgets.iife.js"></script><export-growth></export-growth>`,
    );
    const spy = (iframe.contentWindow as unknown as { spy: { errors: string[]; warnings: string[] } }).spy;
    expect(spy.errors).to.deep.equal([]);
    expect(spy.warnings).to.have.length(1);
    expect(spy.warnings[0]).to.match(/^export-widgets \S+: version 0\.0\.1 is already on this page/);
    iframe.remove();
  });

  it('names both elements when another script holds a tag, and keeps the others working', async () => {
    const iframe = await frame(
      '',
      (doc) => doc.readyState === 'complete',
      `<script src="/test/fixtures/console-spy.js"></script><script src="/test/fixtures/foreign-key-figures.js"></script><script src="/dist/export-widgets.iife.js"></script><export-growth></export-growth>`,
    );
    const win = iframe.contentWindow as unknown as Window & { spy: { errors: string[]; warnings: string[] } };
    expect(win.spy.errors).to.deep.equal([]);
    expect(win.spy.warnings).to.have.length(1);
    expect(win.spy.warnings[0]).to.match(/<key-figures> is already defined by another script \(OtherFigures\), not by this kit/);
    expect(win.customElements.get('key-figures')!.name).to.equal('OtherFigures');
    expect(win.customElements.get('export-growth')).to.not.equal(undefined);
    iframe.remove();
  });
});
