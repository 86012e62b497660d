// The keyboard and the screen reader: Tab stops only on visible controls of a usable size, the table behind a chart
// never revealed, and a period selected from the keyboard as by a click.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TAGS } from '../../src/widgets/registry.js';
import { mountIn, shadow } from '../helpers.js';

/** Presses Tab from a button before the widget until focus leaves it; returns each element focused inside. */
async function tabStops(el: HTMLElement): Promise<HTMLElement[]> {
  const before = document.createElement('button');
  const after = document.createElement('button');
  before.textContent = 'before';
  after.textContent = 'after';
  el.before(before);
  el.after(after);
  before.focus();
  const stops: HTMLElement[] = [];
  try {
    for (let i = 0; i < 80; i++) {
      await sendKeys({ press: 'Tab' });
      if (document.activeElement === after) return stops;
      stops.push(shadow(el).activeElement as HTMLElement);
    }
    throw new Error('Tab never left the widget');
  } finally {
    before.remove();
    after.remove();
  }
}

describe('the keyboard and the screen reader', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: Tab stops only on controls, each visible, at least 24 × 24 px, and no jump on the way`, async () => {
      const el = await mountIn(tag, 'lang="en"', 'style="width: 768px"');
      const height = el.getBoundingClientRect().height;
      const stops = await tabStops(el);
      expect(stops.length, 'stops').to.be.greaterThan(0);
      expect(stops.filter((s) => !s.matches('button, summary')).map((s) => s.outerHTML)).to.deep.equal([]);
      for (const stop of stops) {
        const box = stop.getBoundingClientRect();
        expect(stop.closest('.sr-only'), stop.outerHTML).to.equal(null);
        expect(box.width, stop.outerHTML).to.be.at.least(24);
        expect(box.height, stop.outerHTML).to.be.at.least(24);
      }
      expect(el.getBoundingClientRect().height).to.equal(height);
      // Note numbers are a pointer's shortcut: neither Tab stops nor read out one by one.
      for (const mark of shadow(el).querySelectorAll('a[data-note]')) expect(mark.closest('[aria-hidden="true"]')).not.to.equal(null);
    });
  }

  it('<export-growth> never reveals the table behind the chart when focus moves through it', async () => {
    const el = await mountIn('export-growth', '', 'style="width: 768px"');
    const table = shadow(el).querySelector<HTMLElement>('.table')!;
    expect(table.matches('.sr-only')).to.equal(true);
    expect(shadow(el).querySelector('table')!.textContent).to.include('326'); // still there for screen readers
    for (const stop of await tabStops(el)) expect(table.contains(stop)).to.equal(false);
    expect(table.getBoundingClientRect().height).to.be.at.most(1);
  });

  it('<export-growth>: a keyboard selects a period with the same ew-select as a click on its bar', async () => {
    const el = await mountIn('export-growth', 'comparison="years" view="table"', '');
    const stops = await tabStops(el);
    const button = stops.find((s) => s.textContent?.trim() === '2019');
    expect(button, stops.map((s) => s.outerHTML).join('\n')).to.exist;
    button!.focus();
    const selected = new Promise<CustomEvent>((resolve) => el.addEventListener('ew-select', resolve as EventListener, { once: true }));
    await sendKeys({ press: 'Enter' });
    const event = await selected;
    expect(event.detail).to.deep.equal({ kind: 'period', id: '2019' });
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
  });
});
