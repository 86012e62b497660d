// The table view and print as a reader meets them: a narrow table read without scrolling sideways, a period button
// whose press is seen, and a printout that says each thing once and names no hatching it does not show.
// The embedded dataset is the frozen test fixture; test/fixtures/grown.json has many periods.
import { expect, html } from '@open-wc/testing';
import { mount, shadow, textOf } from '../helpers.js';
import { applyPrintRules } from '../media.js';

const GROWN = '/test/fixtures/grown.json';

/** Whether a reader sees the element: laid out, with some height. */
const seen = (node: Element | null) => !!node && node.getClientRects().length > 0 && (node as HTMLElement).offsetHeight > 1;

describe('a table in a narrow widget', () => {
  for (const tag of ['export-growth', 'export-structure'] as const)
    for (const lang of ['uz', 'ru'])
      it(`<${tag}> at 320 px (${lang}): every row stacked, nothing past the edge, each value under its column's name`, async () => {
        const box = await mount<HTMLElement>(
          html`<div style="width: 320px">
            ${
              tag === 'export-growth'
                ? html`<export-growth src=${GROWN} view="table" lang=${lang}></export-growth>`
                : html`<export-structure src=${GROWN} view="table" lang=${lang} period="2021-H1"></export-structure>`
            }
          </div>`,
        );
        const el = box.firstElementChild!;
        const table = shadow(el).querySelector<HTMLElement>('.table')!;
        expect(table.scrollWidth, 'scrolls sideways').to.be.at.most(table.clientWidth);
        const right = table.getBoundingClientRect().right;
        for (const cell of shadow(el).querySelectorAll('td, th'))
          for (const rect of cell.getClientRects()) expect(rect.right, textOf(cell)).to.be.at.most(right + 0.5);
        const labelled = [...shadow(el).querySelectorAll<HTMLElement>('td[data-label]')].filter(seen);
        expect(labelled.length).to.be.greaterThan(2);
        for (const td of labelled) {
          // Chromium gives the generated text, Firefox the declaration: either way, the cell's own label.
          expect(getComputedStyle(td, '::before').content).to.match(new RegExp(`${td.dataset.label}|^attr\\(data-label\\)`));
          expect(textOf(td), 'a column name with nothing under it').not.to.equal('');
        }
        // The column names stay table headers for screen readers, out of sight.
        const head = shadow(el).querySelector('thead')!;
        expect(head.querySelectorAll('th[scope="col"]')).to.have.length(3);
        expect(head.getBoundingClientRect().height).to.be.at.most(1);
      });

  it('stays a table of columns where there is room', async () => {
    const box = await mount<HTMLElement>(
      html`<div style="width: 900px"><export-growth src=${GROWN} view="table" lang="ru"></export-growth></div>`,
    );
    const row = shadow(box.firstElementChild!).querySelector('tbody tr:nth-child(2)')!;
    expect(getComputedStyle(row).display).to.equal('table-row');
  });
});

describe('a period button in the table view', () => {
  it('marks the chosen row and presses its button, so the press is seen on a page that does nothing with it', async () => {
    const el = await mount(html`<export-growth src=${GROWN} view="table" lang="ru"></export-growth>`);
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('button.select')];
    expect(buttons.length).to.be.greaterThan(2);
    const [first, second] = buttons as [HTMLButtonElement, HTMLButtonElement];
    const background = (b: HTMLButtonElement) => getComputedStyle(b.closest('tr')!.querySelector('th')!).backgroundColor;
    const plain = background(first);
    for (const button of buttons) expect(button.getAttribute('aria-pressed')).to.equal('false');
    first.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    expect(background(first)).not.to.equal(plain);
    second.click();
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect([first.getAttribute('aria-pressed'), second.getAttribute('aria-pressed')]).to.deep.equal(['false', 'true']);
    expect(background(first)).to.equal(plain);
  });
});

describe('hatching named only where bars are hatched, each total printed once', () => {
  it('the chart view names the hatching; the table view, which has none, does not', async () => {
    const chart = await mount(html`<export-growth lang="ru"></export-growth>`);
    expect(seen(shadow(chart).querySelector('.notes .hatch'))).to.equal(true);
    for (const [lang, word] of [
      ['ru', 'Штрих'],
      ['en', 'atched'],
      ['uz', 'Штрих'],
    ]) {
      const table = await mount(html`<export-growth view="table" lang=${lang}></export-growth>`);
      expect(textOf(shadow(table).querySelector('.notes'))).to.include(lang === 'en' ? 'Computed' : '«');
      expect(textOf(shadow(table)), lang).not.to.include(word);
    }
  });

  it('print shows the cumulative totals once, in the table, and no hatching legend', async () => {
    const el = await mount(html`<export-growth lang="ru"></export-growth>`);
    // The widget's print rules, as printing applies them (media.ts: every engine, not only one that emulates print).
    applyPrintRules(el);
    const root = shadow(el);
    const shown = [...root.querySelectorAll('dt, th, caption, li, dd')].filter(seen).map(textOf);
    expect(shown.filter((t) => t.startsWith('Накопленные итоги'))).to.have.length(1);
    expect(seen(root.querySelector('table'))).to.equal(true);
    expect(seen(root.querySelector('.cumulative'))).to.equal(false);
    expect(seen(root.querySelector('.notes'))).to.equal(true);
    expect(seen(root.querySelector('.notes .hatch'))).to.equal(false);
  });
});
