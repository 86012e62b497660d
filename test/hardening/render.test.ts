// Issue 17, generated hostile input in the browser: every generated dataset (test/hardening/hostile.ts) is served to
// one widget of every tag. Each widget ends showing the data, a hint or an error, never blank; no uncaught error;
// no NaN, Infinity or ∞ in its text, its chart labels and ticks, or its CSV; Object.prototype untouched.
import { expect } from '@open-wc/testing';
import { Chart } from 'chart.js';
import fc from 'fast-check';
import json from '../fixtures/frozen/dataset.json';
import '../../src/index.js';
import { validateDataset } from '../../src/data/validate.js';
import { hostileDataset, prototypeClean, SEED, showsNonFigure } from './hostile.js';
import { downloaded } from '../helpers.js';

const TAGS = ['export-growth', 'top-exporters', 'destination-list', 'export-structure', 'key-figures'];
const ORIGIN = 'https://hostile.test';

/** `FC_RUNS` and `FC_SEED` from the environment of `web-test-runner` (served by a plugin in its config). */
const env = (await import('/__fc-env.js' as string)).default as { FC_RUNS?: string; FC_SEED?: string };

/** Serves generated files at https://hostile.test/… through the page's fetch, which the loader calls. */
const files = new Map<string, string>();
const realFetch = window.fetch;
before(() => {
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = files.get(url);
    if (body === undefined) return realFetch(input, init);
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  };
});
after(() => {
  window.fetch = realFetch;
});

const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`rejection: ${String(e.reason)}`);

/** Each widget's outcome, with all it shows as text: its shadow text, chart labels and ticks, and its CSV. */
async function render(src: string, lang: string) {
  const box = document.createElement('div');
  const els = TAGS.map((tag) => {
    const el = document.createElement(tag);
    el.setAttribute('lang', lang);
    el.setAttribute('src', src);
    return el;
  });
  const outcomes = els.map(
    (el) =>
      new Promise<string>((resolve) => {
        el.addEventListener('ew-ready', () => resolve('ready'), { once: true });
        el.addEventListener('ew-error', () => resolve('error'), { once: true });
        setTimeout(() => resolve('nothing after 10 s'), 10_000);
      }),
  );
  box.append(...els);
  document.body.append(box);
  try {
    const states = await Promise.all(outcomes);
    return await Promise.all(
      els.map(async (el, i) => {
        const root = el.shadowRoot!;
        const charts = [...root.querySelectorAll('canvas')].flatMap((canvas) => {
          const chart = Chart.getChart(canvas);
          if (!chart) return [];
          return [
            ...(chart.data.labels ?? []).map(String),
            ...(chart.options.plugins?.valueLabels?.labels ?? []),
            ...Object.values(chart.scales).flatMap((scale) => scale.ticks.map((t) => String(t.label))),
          ];
        });
        const csv = root.querySelector('button.download') ? await (await downloaded(el)).text() : '';
        return {
          tag: el.localName,
          state: states[i]!,
          text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
          shown: Boolean(root.querySelector('[role="alert"], [role="note"]')) || states[i] === 'ready',
          labels: charts.join('\n'),
          csv,
        };
      }),
    );
  } finally {
    box.remove();
  }
}

describe('generated hostile datasets in every widget (fast-check)', () => {
  it('each widget shows the data, a hint or an error; no uncaught error, no NaN or ∞ anywhere; Object.prototype untouched', async function () {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    let n = 0;
    let accepted = 0;
    const runs = Number(env.FC_RUNS) || 40;
    this.timeout(20_000 + runs * 1000);
    try {
      await fc.assert(
        fc.asyncProperty(hostileDataset(json), fc.constantFrom('ru', 'en', 'uz'), async ({ json: text }, lang) => {
          const src = `${ORIGIN}/case-${n++}.json`;
          files.set(src, text);
          const valid = validateDataset(JSON.parse(text)).ok;
          if (valid) accepted++;
          for (const w of await render(src, lang)) {
            expect(w.state, `${w.tag}: ${w.text.slice(0, 200)}`).to.equal(valid ? 'ready' : 'error');
            expect(w.shown && w.text.length > 0, `${w.tag} is blank`).to.equal(true);
            for (const [what, shown] of [
              ['text', w.text],
              ['chart', w.labels],
              ['CSV', w.csv],
            ] as const)
              expect(showsNonFigure(shown, text), `${w.tag} ${what}: ${shown.match(/.{0,60}(NaN|Infinity|∞).{0,60}/)?.[0]}`).to.equal(
                false,
              );
          }
          expect(uncaught).to.deep.equal([]);
          expect(prototypeClean(), 'Object.prototype changed').to.equal(true);
          files.delete(src);
        }),
        { seed: Number(env.FC_SEED) || SEED, numRuns: runs },
      );
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    // The generator must reach files the format accepts, or the widgets were only shown errors.
    expect(accepted, `${accepted} of ${runs} files accepted`).to.be.greaterThan(runs / 10);
  });
});
