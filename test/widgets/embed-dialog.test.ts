// The "Embed" dialog (attribute `embed-link`): a button in the footer opens a modal dialog with the widget's embed
// codes as configured on the page, made from what the build published beside the kit (a fixture here); the keyboard
// stays inside it, Escape closes it, and focus goes back to the button.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountIn, shadow } from '../helpers.js';

/** The focused element, looked for through shadow roots. */
function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Resolves when `test` holds after a change in `root` (the codes arrive after the fetch). */
function until(root: ShadowRoot, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => test() && (observer.disconnect(), resolve()));
    observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

async function openDialog(el: HTMLElement, by: 'keyboard' | 'pointer' = 'keyboard') {
  const root = shadow(el);
  const button = root.querySelector<HTMLButtonElement>('footer button.embed-link')!;
  button.focus();
  if (by === 'keyboard') await sendKeys({ press: 'Enter' });
  else button.click();
  const dialog = root.querySelector<HTMLDialogElement>('dialog.embed')!;
  await until(root, () => dialog.open && root.querySelectorAll('dialog textarea').length === 3);
  return { root, button, dialog };
}

describe('the embed dialog', () => {
  it('is absent unless embed-link is set', async () => {
    const el = await mountIn('key-figures', 'lang="en"', '');
    expect(shadow(el).querySelector('button.embed-link')).to.equal(null);
    expect(shadow(el).querySelector('dialog')).to.equal(null);
  });

  it('opens from the footer with focus inside, and gives the three codes of the widget as configured', async () => {
    const el = await mountIn('export-growth', 'embed-link comparison="years" heading="Growth" style="--ew-accent: #7a1f6b"', 'lang="uz"');
    const { root, button, dialog } = await openDialog(el);
    expect(button.textContent?.trim()).to.equal('Жойлаш');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(focused())).to.equal(true);
    const codes = [...root.querySelectorAll('textarea')].map((area) => area.value);
    expect(codes).to.have.length(3);
    const [script, iframeResize, iframe] = codes as [string, string, string];
    expect(script).to.contain('src="https://cdn.example.org/export-widgets/export-widgets.0123456789.js"');
    expect(script).to.contain(
      '<export-growth lang="uz" embed-link comparison="years" heading="Growth" style="--ew-accent: #7a1f6b"></export-growth>',
    );
    for (const code of [iframeResize, iframe]) {
      expect(code).to.contain('embed.html?widget=export-growth&amp;lang=uz&amp;embed-link=&amp;comparison=years&amp;--ew-accent=%237a1f6b');
      expect(code).to.contain('height="800"');
      // Free text is not passed through the embed page's address; the heading shown titles the frame.
      expect(/src="([^"]*)"/.exec(code)![1]).not.to.contain('Growth');
      expect(code).to.contain('title="Growth"');
    }
    expect(iframeResize).to.contain('resize.0123456789.js');
    expect([...root.querySelectorAll('dialog label')].map((l) => l.textContent?.trim())).to.deep.equal([
      'Скрипт ва элемент',
      'Iframe ва баландлик скрипти',
      'Фақат iframe',
    ]);
    await expect(el).to.be.accessible();
    dialog.close();
  });

  it('keeps Tab inside, closes on Escape and gives focus back to its button', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'A button of the page';
    document.body.append(outside);
    try {
      const el = await mountIn('key-figures', 'embed-link lang="en"', '');
      const { button, dialog } = await openDialog(el);
      // Tab walks the dialog's own controls; the page behind is inert, so neither Tab nor a script can focus it. Tab is
      // not pressed past the last control: focus would leave for the browser's address bar and take the next test's keys.
      expect(dialog.matches(':modal')).to.equal(true);
      const controls: (Element | null)[] = [...dialog.querySelectorAll('button, textarea, input, select, a[href]')];
      expect(controls).to.include(focused());
      for (let i = controls.indexOf(focused()!); i < controls.length - 1; i++) {
        await sendKeys({ press: 'Tab' });
        expect(dialog.contains(focused()), `Tab ${i + 1} went to ${focused()?.outerHTML.slice(0, 80)}`).to.equal(true);
      }
      const last = focused();
      outside.focus();
      expect(focused()).to.equal(last);
      expect(document.activeElement).to.not.equal(outside);
      await sendKeys({ press: 'Escape' });
      await until(shadow(el), () => !dialog.open);
      expect(focused()).to.equal(button);
    } finally {
      outside.remove();
    }
  });

  it('closes by its button, and copies a code or selects it for the reader to copy', async () => {
    const el = await mountIn('top-exporters', 'embed-link lang="ru"', '');
    const { root, button, dialog } = await openDialog(el, 'pointer');
    const copy = root.querySelector<HTMLButtonElement>('dialog .code button')!;
    copy.click();
    const status = root.querySelector('dialog .copied')!;
    await until(root, () => Boolean(status.textContent?.trim()));
    const area = root.querySelector('textarea')!;
    // Either the clipboard took it, or the whole code is selected with a word on how to copy it.
    if (status.textContent!.includes('выделен')) expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    else expect(status.textContent!.trim()).to.equal('Код скопирован.');
    root.querySelector<HTMLButtonElement>('dialog button.close')!.click();
    await until(root, () => !dialog.open);
    expect(focused()).to.equal(button);
  });
});
