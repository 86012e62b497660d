import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { RENDER_SLICE_MS, renderInTurn } from '../../src/controllers/render-scheduler.js';
import { readyEvents } from '../helpers.js';
import '../../src/index.js';

/** Keeps the main thread busy for `ms`: a render that uses up the task's slice. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
/** A new task, so that a test starts with a fresh slice. */
const newTask = () => new Promise((resolve) => setTimeout(resolve));
/**
 * Lets this task's microtasks run, and stays in this task: a render that was not deferred (the observer's callback, then
 * Lit's update, a few promise hops) has run by then. A later task's message or timer would not do: engines order them
 * differently against a turn's frame.
 */
const microtasksOfThisTask = async () => {
  for (let hop = 0; hop < 20; hop++) await null;
};

/**
 * Widgets' first renders with data, and their renders on a theme switch, take turns: in the task that asks while it has room, else in later tasks after the
 * next frame, in the order asked. Whether a render ran is checked right after the call, before any await: a render
 * that ran then ran in the asking task.
 */
describe('render scheduler: first renders take turns', () => {
  afterEach(() => fixtureCleanup());

  it('renders at once while the task has room', async () => {
    await newTask();
    const ran: string[] = [];
    const turns = [renderInTurn(() => ran.push('a')), renderInTurn(() => ran.push('b'))];
    expect(ran, 'in the asking task').to.deep.equal(['a', 'b']);
    await Promise.all(turns);
  });

  it('once a task has rendered for its slice, the next renders wait for later tasks, in the order asked', async () => {
    await newTask();
    const ran: string[] = [];
    const first = renderInTurn(() => (busy(RENDER_SLICE_MS + 5), ran.push('slow')));
    const later = [renderInTurn(() => ran.push('second')), renderInTurn(() => ran.push('third'))];
    expect(ran, 'in the asking task').to.deep.equal(['slow']);
    await Promise.all([first, ...later]);
    expect(ran).to.deep.equal(['slow', 'second', 'third']);
  });

  it('a render that throws rejects its own turn only; the next one renders', async () => {
    await newTask();
    busy(RENDER_SLICE_MS + 5);
    const failing = renderInTurn(() => busy(RENDER_SLICE_MS + 5));
    const ran: string[] = [];
    const broken = renderInTurn(() => {
      throw new Error('broken render');
    });
    const next = renderInTurn(() => ran.push('next'));
    await failing;
    let error: unknown;
    await broken.catch((e: unknown) => (error = e));
    await next;
    expect((error as Error).message).to.equal('broken render');
    expect(ran).to.deep.equal(['next']);
  });

  it('renders in a document that gets no animation frames (a background tab, an iframe out of view on another origin)', async () => {
    const requestFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      await newTask();
      const ran: string[] = [];
      void renderInTurn(() => busy(RENDER_SLICE_MS + 5));
      await renderInTurn(() => ran.push('later'));
      expect(ran).to.deep.equal(['later']);
    } finally {
      window.requestAnimationFrame = requestFrame;
    }
  });

  it("a theme switch re-renders the page's widgets in turns, not all in the task that switched it", async () => {
    const count = 3;
    const ready = readyEvents(count);
    const page = await fixture(html`<div>${Array.from({ length: count }, () => html`<key-figures></key-figures>`)}</div>`);
    await ready;
    const widgets = [...page.querySelectorAll('key-figures')];
    const dark = () => widgets.filter((el) => el.shadowRoot!.querySelector('.base.dark')).length;
    try {
      await newTask();
      // This task has rendered for its slice: the switch's renders must wait for turns of their own.
      void renderInTurn(() => busy(RENDER_SLICE_MS + 5));
      document.documentElement.dataset.theme = 'dark';
      await microtasksOfThisTask();
      expect(dark(), 'dark at the end of the switching task').to.equal(0);
      while (widgets.some((el) => el.isUpdatePending)) await Promise.all(widgets.map((el) => el.updateComplete));
      expect(dark(), 'dark after their turns').to.equal(count);
    } finally {
      delete document.documentElement.dataset.theme;
    }
  });

  it('a theme switch renders no widget in the task that switched it, even with room: the page paints its own switch first', async () => {
    const ready = readyEvents(1);
    const page = await fixture(html`<div><key-figures></key-figures></div>`);
    await ready;
    const widget = page.querySelector('key-figures')!;
    const dark = () => Boolean(widget.shadowRoot!.querySelector('.base.dark'));
    try {
      await newTask();
      document.documentElement.dataset.theme = 'dark';
      await microtasksOfThisTask();
      expect(dark(), 'dark at the end of the switching task').to.equal(false);
      while (widget.isUpdatePending) await widget.updateComplete;
      expect(dark(), 'dark after its turn').to.equal(true);
    } finally {
      delete document.documentElement.dataset.theme;
    }
  });

  it('30 widgets on one page all render their data and say ew-ready', async () => {
    const count = 30;
    const allReady = readyEvents(count);
    const page = await fixture(html`<div>${Array.from({ length: count }, () => html`<key-figures></key-figures>`)}</div>`);
    await allReady;
    const headings = [...page.querySelectorAll('key-figures')].map((el) => el.shadowRoot!.querySelector('h2')?.textContent ?? '');
    expect(headings.filter((h) => h.length > 10)).to.have.length(count);
  });
});
