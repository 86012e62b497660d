// The shipped dataset (data/, or the copy EW_DATA_DIR names) in every widget and language, loaded by `src` as a page
// would: each shows its data, with no error, no hint and no number it cannot show. Asserts nothing about which figures
// are there, so a new release changes nothing here unless a widget cannot show it.
import { expect } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { TAGS } from '../../src/widgets/registry.js';
import { csvLines, downloaded, mount, shadow, textOf } from '../helpers.js';

const SRC = '/data/technopolis-moscow.json';
const NOT_A_FIGURE = /NaN|Infinity|∞|undefined|\[object /;

describe('the shipped dataset in every widget', () => {
  for (const tag of TAGS)
    for (const lang of ['ru', 'en', 'uz'])
      it(`<${tag} lang="${lang}"> shows it: no error, no hint, every number a number`, async () => {
        const el = await mount(staticHtml`${unsafeStatic(`<${tag} lang="${lang}" src="${SRC}"></${tag}>`)}`);
        const root = shadow(el);
        expect(textOf(root.querySelector('.state'))).to.equal('');
        const hints = [...root.querySelectorAll<HTMLElement>('.hint')].filter((hint) => hint.checkVisibility()).map(textOf);
        expect(hints).to.deep.equal([]);
        const text = textOf(root);
        expect(text.length).to.be.greaterThan(100);
        expect(text.match(NOT_A_FIGURE), text).to.equal(null);
        const csv = (await csvLines(await downloaded(el))).join('\n');
        expect(csv.match(NOT_A_FIGURE), csv).to.equal(null);
      });
});
