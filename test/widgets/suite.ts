/**
 * What every widget of the kit does, written once and run for each one in the registry (in the spirit of Shoelace's
 * shared form-control tests): its heading and the `heading` attribute, a visible hint for a bad value of each of its
 * attributes, `lang` from an ancestor, dark mode, `ew-ready` and `ew-error`, its height kept while loading and on
 * error, the CSV download, and axe in light and dark. A widget's own behaviour stays in its own test file.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import json from '../fixtures/frozen/dataset.json';
import type { ErrorDetail, ReadyDetail } from '../../src/shared/events.js';
import { widgets, type WidgetTag } from '../../src/widgets/registry.js';
import { csvLines, downloaded, mount, shadow, textOf } from '../helpers.js';

export interface WidgetCase {
  /** The generated heading in Russian (the default language) and in English (from an ancestor's `lang="en-GB"`). */
  readonly heading: { readonly ru: string; readonly en: string };
  /** Each attribute of the widget's own, with a value it does not accept (`src` and `heading` take any string). */
  readonly badValues: Readonly<Record<string, string>>;
  /** The start of a line of the default view's CSV: the widget's own data. */
  readonly csvLine: string;
}

/** The attributes every widget has, with a value none accepts. */
const COMMON_BAD_VALUES = { lang: 'de', theme: 'sepia' };
const CSV_HEADER = '"Что";"Период";"Значение";"Единица";"Точность";"Цитата или расчёт";"Источники";"Показатель"';

/** The widget's attributes, as Lit declares them (reactive state left out). */
function attributesOf(tag: WidgetTag): string[] {
  return [...widgets[tag].elementProperties]
    .filter(([, options]) => !options.state && options.attribute !== false)
    .map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase()));
}

const mountTag = <T extends HTMLElement>(tag: WidgetTag, attributes = '', wrap = (inner: string) => inner) =>
  mount<T>(staticHtml`${unsafeStatic(wrap(`<${tag} ${attributes}></${tag}>`))}`);
const heading = (el: Element) => textOf(shadow(el).querySelector('h2'));
const base = (el: Element) => shadow(el).querySelector('.base')!;

/** A new element, not yet on the page: a test listens to it before it can send anything. */
function create<K extends WidgetTag>(tag: K, attributes: Record<string, string>): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

export function widgetSuite(tag: WidgetTag, c: WidgetCase): void {
  const badValues = { ...COMMON_BAD_VALUES, ...c.badValues };

  describe(`<${tag}>: what every widget does`, () => {
    it('shows its generated heading, and the heading attribute instead', async () => {
      expect(heading(await mountTag(tag))).to.equal(c.heading.ru);
      expect(heading(await mountTag(tag, 'heading="Заголовок страницы"'))).to.equal('Заголовок страницы');
    });

    // src and heading take any text (a bad address is an error state); embed-link is boolean: present or not.
    it('has a bad value in the table below for every attribute it declares', () => {
      expect(attributesOf(tag).sort()).to.deep.equal([...Object.keys(badValues), 'src', 'heading', 'embed-link'].sort());
    });

    for (const [name, value] of Object.entries(badValues)) {
      it(`names ${name}="${value}" in a visible hint and still shows its data`, async () => {
        const el = await mountTag(tag, `${name}="${value}"`);
        const hints = [...shadow(el).querySelectorAll<HTMLElement>('.hint')].filter((hint) => hint.checkVisibility());
        const hint = hints.map(textOf).find((text) => text.includes(name) && text.includes(value));
        expect(hint, `hints: ${hints.map(textOf).join(' | ')}`).to.be.a('string');
        expect(shadow(el).querySelector('.state')).to.equal(null);
        expect(shadow(el).querySelector('footer')).to.exist;
      });
    }

    it('takes its language from the nearest ancestor', async () => {
      const wrapper = await mountTag(tag, '', (inner) => `<div lang="en-GB">${inner}</div>`);
      const el = wrapper.firstElementChild!;
      expect(heading(el)).to.equal(c.heading.en);
      expect(base(el).getAttribute('lang')).to.equal('en');
    });

    it('turns dark with theme="dark"', async () => {
      const light = await mountTag(tag, 'theme="light"');
      const dark = await mountTag(tag, 'theme="dark"');
      expect(base(light).classList.contains('dark')).to.equal(false);
      expect(base(dark).classList.contains('dark')).to.equal(true);
      const luminance = (el: Element) =>
        getComputedStyle(base(el))
          .backgroundColor.match(/\d+/g)!
          .slice(0, 3)
          .reduce((sum, channel) => sum + Number(channel), 0);
      expect(luminance(dark)).to.be.below(luminance(light));
    });

    it('sends ew-ready with the dataset version once it shows its data', async () => {
      const el = create(tag, {});
      const ready = new Promise<ReadyDetail>((resolve) => el.addEventListener('ew-ready', (e) => resolve(e.detail), { once: true }));
      await fixture(html`${el}`);
      expect(await ready).to.deep.equal({ version: json.version, src: 'embedded' });
      expect(shadow(el).querySelector('footer')).to.exist;
    });

    it('gives a listener that comes after ew-ready its detail through `ready`', async () => {
      const el = create(tag, {});
      const fired = new Promise<ReadyDetail>((resolve) => el.addEventListener('ew-ready', (e) => resolve(e.detail), { once: true }));
      await fixture(html`${el}`);
      const detail = await fired;
      expect(await el.ready).to.equal(detail);
    });

    it('sends ew-error with its kind for a broken src, says so inside, and the page carries on', async () => {
      for (const [src, kind] of [
        ['/test/fixtures/wrong-shape.json', 'invalid'],
        ['/test/fixtures/truncated.json', 'json'],
      ] as const) {
        const el = create(tag, { src });
        const failed = new Promise<ErrorDetail>((resolve) => el.addEventListener('ew-error', (e) => resolve(e.detail), { once: true }));
        await fixture(html`${el}`);
        const detail = await failed;
        expect(detail.kind).to.equal(kind);
        await el.updateComplete;
        const state = shadow(el).querySelector<HTMLElement>('.state.error')!;
        expect(state.getAttribute('role')).to.equal('alert');
        expect(state.checkVisibility() && textOf(state).length > 10, textOf(state)).to.equal(true);
      }
      const neighbour = await mountTag(tag);
      expect(heading(neighbour)).to.equal(c.heading.ru);
    });

    it("says why a dataset is invalid in the widget's language, and gives the checker's own words to ew-error and the console", async () => {
      const warn = console.warn;
      const warned: string[] = [];
      console.warn = (...args: unknown[]) => void warned.push(args.join(' '));
      try {
        for (const [lang, words] of [
          ['ru', /ошибка в \$\.sources/],
          ['uz', /хато: \$\.sources/],
          ['en', /error in \$\.sources/],
        ] as const) {
          const el = create(tag, { src: '/test/fixtures/wrong-shape.json', lang });
          const failed = new Promise<ErrorDetail>((resolve) => el.addEventListener('ew-error', (e) => resolve(e.detail), { once: true }));
          await fixture(html`${el}`);
          const detail = await failed;
          await el.updateComplete;
          const shown = textOf(shadow(el).querySelector('.state.error'));
          expect(shown, lang).to.match(words);
          expect(detail.message, lang).to.match(words);
          // valibot's English ("Invalid type: Expected Array but received "none"") stays out of the reader's view.
          expect(shown, lang).not.to.match(/Invalid|Expected|received/);
          expect(detail.detail, lang).to.match(/\$\.sources: Invalid type: Expected Array/);
        }
        expect(warned.filter((w) => w.startsWith(tag) && /Expected Array/.test(w))).to.have.length(3);
      } finally {
        console.warn = warn;
      }
    });

    it('keeps its --ew-min-height while loading and on error', async () => {
      const style = 'style="--ew-min-height: 33rem"';
      const loading = create(tag, { src: '/test/fixtures/other-zone.json', style: '--ew-min-height: 33rem' });
      const ready = new Promise((resolve) => loading.addEventListener('ew-ready', resolve, { once: true }));
      document.body.append(loading);
      await loading.updateComplete;
      const pending = shadow(loading).querySelector<HTMLElement>('.state.loading')!;
      expect(pending.getAttribute('role')).to.equal('status');
      expect(loading.getBoundingClientRect().height).to.be.at.least(33 * 16);
      await ready;
      loading.remove();
      const failed = await mountTag(tag, `src="/test/fixtures/missing.json" ${style}`);
      expect(shadow(failed).querySelector('.state.error')).to.exist;
      expect(failed.getBoundingClientRect().height).to.be.at.least(33 * 16);
    });

    it('hands the reader a CSV: the header and its data, then the dataset with its version and its sources', async () => {
      const lines = await csvLines(await downloaded(await mountTag(tag)));
      expect(lines[0]).to.equal(CSV_HEADER);
      expect(
        lines.some((line) => line.startsWith(c.csvLine)),
        `a line starting ${c.csvLine}\n${lines.join('\n')}`,
      ).to.equal(true);
      const end = lines.slice(lines.lastIndexOf('', -2) + 1).filter(Boolean);
      expect(end[0]).to.include(`версия ${json.version}`);
      // Only the sources its rows cite, each once: a source the widget does not use is not listed.
      const listed = end.slice(1);
      expect(listed.length).to.be.within(1, json.sources.length);
      expect(new Set(listed).size).to.equal(listed.length);
      for (const line of listed) {
        expect(line.split(';')[0]).to.equal('"Источники"');
        const source = line.slice('"Источники";'.length);
        expect(
          lines.slice(1, lines.lastIndexOf('', -2)).some((row) => row.includes(source.slice(1, 20))),
          source,
        ).to.equal(true);
      }
    });

    for (const theme of ['light', 'dark']) {
      it(`is accessible, ${theme} theme`, async () => {
        await expect(await mountTag(tag, `theme="${theme}"`)).to.be.accessible();
      });
    }
  });
}
