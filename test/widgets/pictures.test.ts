// A picture of any widget, PNG and SVG, as a reader downloads it: what it shows as drawn, with its sources.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LANGS, type Lang } from '../../src/i18n/lang.js';
import { shared } from '../../src/i18n/messages.js';
import { TAGS, type WidgetTag } from '../../src/widgets/registry.js';
import { fold, mountIn, shadow } from '../helpers.js';
import { applyPrintRules } from '../media.js';

type Widget = HTMLElement & { toPicture(format: 'png' | 'svg'): Promise<Blob> };

/** The elements that hold the figures each widget shows (with their marks), and the views it can be drawn in. */
const FIGURES: Record<WidgetTag, { selector: string; views: readonly string[] }> = {
  'destination-list': { selector: 'summary .name, summary .marker', views: [''] },
  'export-growth': { selector: 'td.num', views: ['chart', 'table'] },
  'export-structure': { selector: '.rows .value, td.num', views: ['chart', 'table'] },
  'key-figures': { selector: 'dd.value', views: [''] },
  'top-exporters': { selector: '.row .name, .row .value', views: [''] },
};

/** A figure as the widget shows it, without its note numbers, a «computed» tag written as the picture writes it. */
function shownText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  for (const mark of copy.querySelectorAll('sup.cite')) mark.remove();
  for (const tag of copy.querySelectorAll('.tag')) tag.textContent = `(${tag.textContent?.trim()})`;
  return fold(copy.textContent);
}

/** The text of an SVG document as a reader selecting it gets it. */
function svgText(doc: Document): string {
  return fold([...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '));
}

describe('pictures of a widget', () => {
  for (const tag of TAGS)
    for (const lang of LANGS)
      for (const view of FIGURES[tag].views)
        it(`<${tag}> ${lang}${view ? `, ${view} view` : ''}: the SVG has the heading, every figure shown with its marks, the sources and the dataset`, async () => {
          const el = (await mountIn(tag, `lang="${lang}"${view ? ` view="${view}"` : ''}`, 'style="width: 640px"')) as Widget;
          const root = shadow(el);
          const doc = new DOMParser().parseFromString(await (await el.toPicture('svg')).text(), 'image/svg+xml');
          expect(doc.querySelector('parsererror'), 'parse error').to.equal(null);
          expect(doc.documentElement.localName).to.equal('svg');
          expect(doc.querySelector('image, foreignObject'), 'a bitmap or HTML inside').to.equal(null);
          const text = svgText(doc);
          expect(text).to.include(fold(root.querySelector('h2')!.textContent));
          const figures = [...root.querySelectorAll(FIGURES[tag].selector)].map(shownText).filter(Boolean);
          expect(figures.length, 'figures shown').to.be.greaterThan(0);
          for (const figure of figures) expect(text, figure).to.include(figure);
          const outlets = [...root.querySelectorAll('details.sources li')].map((li) => fold(li.querySelector('.outlet')?.textContent));
          const dates = [...root.querySelectorAll('details.sources li > time')].map((t) => fold(t.textContent));
          expect(outlets.length, 'sources').to.be.greaterThan(0);
          for (const line of [...outlets, ...dates]) expect(text, line).to.include(line);
          const footer = root.querySelector('footer p')!.cloneNode(true) as Element;
          for (const button of footer.querySelectorAll('button')) button.remove();
          expect(text).to.include(fold(footer.textContent));
        });

  for (const tag of TAGS)
    it(`<${tag}>: the PNG is twice the picture's CSS size and not blank`, async () => {
      const el = (await mountIn(tag, 'lang="ru" theme="dark"', 'style="width: 480px"')) as Widget;
      const svg = new DOMParser().parseFromString(await (await el.toPicture('svg')).text(), 'image/svg+xml').documentElement;
      const [width, height] = ['width', 'height'].map((a) => Number(svg.getAttribute(a)));
      expect(width).to.equal(Math.round(shadow(el).querySelector('.base')!.getBoundingClientRect().width));
      const png = await el.toPicture('png');
      expect(png.type).to.equal('image/png');
      const image = await createImageBitmap(png);
      expect([image.width, image.height]).to.deep.equal([2 * width!, 2 * height!]);
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) inked++;
      // Text and bars: well over 1 % of the pixels differ from the background (the dark theme's, read from the widget).
      expect(inked / (image.width * image.height)).to.be.greaterThan(0.01);
      expect([data[0], data[1], data[2]], 'background').to.deep.equal([0x17, 0x19, 0x1c]);
    });

  for (const lang of LANGS)
    it(`the PNG and SVG buttons are reached by Tab and labelled in ${lang}`, async () => {
      const el = await mountIn('export-growth', `lang="${lang}"`, 'style="width: 640px"');
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.picture')];
      const t = shared[lang as Lang].picture;
      expect(buttons.map((b) => fold(b.textContent))).to.deep.equal([t.png, t.svg]);
      const start = shadow(el).querySelector<HTMLButtonElement>('footer button.download')!;
      start.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(buttons[0]);
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(buttons[1]);
    });

  it('a chart prints as an SVG with its labels in place of its canvas', async () => {
    const el = await mountIn('export-growth', 'lang="en"', 'style="width: 640px"');
    const root = shadow(el);
    window.dispatchEvent(new Event('beforeprint'));
    const undo = applyPrintRules(el);
    const plots = [...root.querySelectorAll('.plot')];
    expect(plots.length).to.be.greaterThan(0);
    for (const plot of plots) {
      const svg = plot.querySelector('svg.printed');
      expect(svg, 'printed SVG').to.not.equal(null);
      expect(svg!.getBoundingClientRect().height, 'SVG printed').to.be.greaterThan(50);
      expect(getComputedStyle(plot.querySelector('canvas')!).display, 'canvas printed').to.equal('none');
      const label = plot.querySelector('canvas')!.getAttribute('aria-label')!;
      // Every bar's label in the chart's accessible name («2019: 326 million RUB; …») is drawn as text.
      for (const item of label.slice(label.indexOf(':') + 1).split('; '))
        expect(fold(svg!.textContent), item).to.include(fold(item.slice(item.indexOf(':') + 1)));
    }
    undo();
    window.dispatchEvent(new Event('afterprint'));
    expect(root.querySelector('svg.printed')).to.equal(null);
  });
});
