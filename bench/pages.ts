/**
 * The benchmark's pages: plain article pages that embed the kit as a reader's news page would (one module script,
 * markup in the body), and reference pages that draw bare chart.js charts of the same export figures. Written at
 * run time under .tmp/bench/pages/, because the all-widgets page follows the `define()` calls in src/index.ts.
 */

export interface PageSpec {
  /** File name without `.html`; also the row name in the results. */
  readonly name: string;
  /** What the row means, for the results table. */
  readonly title: string;
  /** A diagnostic page: loaded only when named in `--pages`. */
  readonly extra?: boolean;
  readonly html: string;
  /** How many `ew-ready` (widgets) or `ref-drawn` (reference charts) events mean "done". */
  readonly units: number;
}

export interface PageInputs {
  /** Every tag the kit defines. */
  readonly tags: readonly string[];
  /** URL paths on the bench server. */
  readonly kit: string;
  readonly reference: string;
  readonly probe: string;
  readonly dataset: string;
  /** The synthetic datasets, smallest first: URL path and how it was made (bench/synthetic.ts). */
  readonly synthetic: readonly { readonly name: string; readonly url: string; readonly title: string }[];
  /** The export volumes <export-growth> draws (period id → value), oldest first. */
  readonly figures: readonly { period: string; value: number }[];
  /** Each tag's pre-rendered embed code with its default attributes (scripts/prerender.ts), without its loader. */
  readonly prerendered: Readonly<Record<string, string>>;
}

const STYLE = `body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff }
main { max-width: 46rem; margin: 0 auto; padding: 1rem }
.chart { position: relative; height: 13rem }`;

// Neutral filler around the widgets, so that content below them exists and any shift of it is counted.
const PARAGRAPH =
  '<p>Текст статьи, в которую встроены виджеты: абзац нужен только затем, чтобы под виджетами была вёрстка, сдвиг которой заметил бы читатель.</p>';

function page(name: string, attrs: { units: number; tags?: readonly string[] }, script: string, inputs: PageInputs, body: string) {
  return `<!doctype html>
<html lang="ru" data-bench-page="${name}" data-bench-units="${attrs.units}" data-bench-tags="${(attrs.tags ?? []).join(',')}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bench: ${name}</title>
    <style>
      ${STYLE}
    </style>
    <script src="${inputs.probe}"></script>
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <main>
      <h1>Экспорт резидентов особой экономической зоны</h1>
      ${PARAGRAPH}
      ${body}
      ${PARAGRAPH}
    </main>
  </body>
</html>
`;
}

const widgets = (tags: readonly string[], attrs: string) => tags.map((tag) => `<${tag}${attrs}></${tag}>\n${PARAGRAPH}`).join('\n');
const prerenderedWidgets = (tags: readonly string[], code: Readonly<Record<string, string>>) =>
  tags.map((tag) => `${code[tag]}\n${PARAGRAPH}`).join('\n');

export function pages(inputs: PageInputs): PageSpec[] {
  const { tags } = inputs;
  const kitPage = (name: string, title: string, list: readonly string[], attrs = '', extra = false, prerendered = false) => ({
    extra,
    name,
    title,
    units: list.length,
    html: page(
      name,
      { units: list.length, tags: [...new Set(list)] },
      inputs.kit,
      inputs,
      prerendered ? prerenderedWidgets(list, inputs.prerendered) : widgets(list, attrs),
    ),
  });
  const labels = inputs.figures.map((f) => f.period).join('|');
  const values = inputs.figures.map((f) => f.value).join('|');
  const chart = `<div class="chart"><canvas data-labels="${labels}" data-values="${values}" aria-label="Экспорт, руб."></canvas></div>`;
  const refPage = (name: string, title: string, n: number) => ({
    name,
    title,
    units: n,
    html: page(name, { units: n }, inputs.reference, inputs, Array.from({ length: n }, () => `${chart}\n${PARAGRAPH}`).join('\n')),
  });
  const fifty = Array.from({ length: 50 }, () => 'export-growth');
  return [
    kitPage('all', `every widget once (${tags.join(', ')}), embedded dataset`, tags),
    kitPage('all-src', 'every widget once, `src` = data/technopolis-moscow.json', tags, ` src="${inputs.dataset}"`),
    ...inputs.synthetic.map((d) => kitPage(`all-${d.name}`, `every widget once, \`src\` = ${d.title}`, tags, ` src="${d.url}"`)),
    kitPage('growth-50', '50 × `<export-growth>`, embedded dataset', fifty),
    kitPage('growth-50-src', '50 × `<export-growth>`, `src` = data/technopolis-moscow.json', fifty, ` src="${inputs.dataset}"`),
    // The kit's module script in <head> as on the other pages: it takes the pre-rendered content over in place.
    kitPage(
      'all-prerendered',
      'every widget once as pre-rendered embed code, taken over by the kit; embedded dataset',
      tags,
      '',
      false,
      true,
    ),
    kitPage(
      'growth-1-prerendered',
      '1 × `<export-growth>` as pre-rendered embed code, adopted by the kit',
      ['export-growth'],
      '',
      false,
      true,
    ),
    kitPage('growth-50-prerendered', '50 × `<export-growth>` as pre-rendered embed code, taken over by the kit', fifty, '', false, true),
    refPage('ref-1', 'reference: 1 bare chart.js bar chart', 1),
    refPage('ref-50', 'reference: 50 bare chart.js bar charts', 50),
    // Diagnostics: the kit loaded with no widget, one widget, and 50 without their charts (what the charts cost).
    kitPage('kit-only', 'the kit loaded, no widget on the page', [], '', true),
    kitPage('growth-1', '1 × `<export-growth>`, embedded dataset', ['export-growth'], '', true),
    kitPage('growth-50-table', '50 × `<export-growth view="table">` (no charts), embedded dataset', fifty, ' view="table"', true),
  ];
}
