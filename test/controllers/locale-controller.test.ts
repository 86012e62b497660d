import { expect, fixture, html } from '@open-wc/testing';
import type { KeyFigures } from '../../src/widgets/key-figures/key-figures.js';
import { mount, shadow, textOf } from '../helpers.js';

const heading = (el: Element) => textOf(shadow(el).querySelector('h2'));
/** Waits until the widget has rendered what a `lang` change asked for. */
async function settled(el: Element) {
  // The MutationObserver reports in a microtask; the update it requests follows.
  await new Promise((resolve) => setTimeout(resolve));
  await (el as KeyFigures).updateComplete;
}

describe('LocaleController', () => {
  const html0 = document.documentElement;
  const pageLang = html0.getAttribute('lang');
  afterEach(() => (pageLang === null ? html0.removeAttribute('lang') : html0.setAttribute('lang', pageLang)));

  it("renders again when an ancestor's lang changes after the first render", async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="ru"></div>`);
    const settledOnce = new Promise((resolve) => box.addEventListener('ew-ready', resolve, { once: true }));
    box.innerHTML = '<key-figures></key-figures>';
    await settledOnce;
    const el = box.querySelector('key-figures')!;
    expect(heading(el)).to.equal('ОЭЗ «Технополис Москва» в цифрах');
    box.setAttribute('lang', 'en');
    await settled(el);
    expect(heading(el)).to.equal('Technopolis Moscow SEZ in figures');
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('en');
    box.setAttribute('lang', 'uz-Cyrl-UZ');
    await settled(el);
    expect(shadow(el).querySelector('.base')!.getAttribute('lang')).to.equal('uz-Cyrl');
    expect(heading(el)).to.match(/рақамларда$/);
  });

  it('follows <html lang> switched at runtime', async () => {
    html0.setAttribute('lang', 'ru');
    const el = await mount<KeyFigures>(html`<key-figures></key-figures>`);
    expect(heading(el)).to.equal('ОЭЗ «Технополис Москва» в цифрах');
    html0.setAttribute('lang', 'en-GB');
    await settled(el);
    expect(heading(el)).to.equal('Technopolis Moscow SEZ in figures');
    html0.removeAttribute('lang');
    await settled(el);
    expect(heading(el)).to.equal('ОЭЗ «Технополис Москва» в цифрах');
  });

  it("follows an ancestor across a shadow root, and its own lang beats the ancestor's", async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const ready = new Promise((resolve) => root.addEventListener('ew-ready', resolve));
    root.innerHTML = '<section lang="en"><key-figures></key-figures><key-figures lang="ru"></key-figures></section>';
    await ready;
    const [inherits, own] = [...root.querySelectorAll('key-figures')] as [KeyFigures, KeyFigures];
    await Promise.all([inherits.updateComplete, own.updateComplete]);
    expect(heading(inherits)).to.equal('Technopolis Moscow SEZ in figures');
    expect(heading(own)).to.equal('ОЭЗ «Технополис Москва» в цифрах');
    root.querySelector('section')!.setAttribute('lang', 'uz');
    await settled(inherits);
    await settled(own);
    expect(heading(inherits)).to.match(/рақамларда$/);
    expect(heading(own)).to.equal('ОЭЗ «Технополис Москва» в цифрах');
    own.lang = 'en';
    await own.updateComplete;
    expect(heading(own)).to.equal('Technopolis Moscow SEZ in figures');
  });

  it('keeps the hint for an unknown own lang and uses the inherited one', async () => {
    const box = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const ready = new Promise((resolve) => box.addEventListener('ew-ready', resolve, { once: true }));
    box.innerHTML = '<key-figures lang="de"></key-figures>';
    await ready;
    const el = box.querySelector('key-figures')!;
    expect(heading(el)).to.equal('Technopolis Moscow SEZ in figures');
    expect(textOf(shadow(el).querySelector('.hint'))).to.equal(
      'Attribute lang="de" is not recognised; allowed: ru, en, uz. Showing the default: en.',
    );
  });
});
