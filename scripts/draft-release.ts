#!/usr/bin/env -S npx tsx
/**
 * npm run draft-release -- <release.txt> [--source <id>] [--date 2025-11-05] [--json]
 *   Prints a draft of the release's figures and destinations in the dataset's format, each with what to check.
 *   Nothing is written: the maintainer reviews the draft, completes it and copies the entries into the dataset.
 *
 * npm run draft-release -- --measure
 *   Runs the drafter on the five seed releases (data/sources/) and compares the drafts with the curated dataset:
 *   recall is the share of the dataset's reported figures (not derived ones) that a draft proposes with the right
 *   value, unit and qualifier and a quote found verbatim in the text; precision is the share of proposals that match
 *   a dataset figure of that release; fully right is the share of the dataset's figures whose proposal also has their
 *   kind, period, base period, measure, sectors and exporter. Per seed and overall. The drafter is given what the desk
 *   gives it: the dataset's exporters, and a release's date where the dataset knows the day.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Dataset, Figure } from '../src/data/schema.js';
import { draftRelease, DraftInputError, type Draft, type DraftFigure } from '../src/draft/draft.js';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

/**
 * Text for the terminal: control and format characters (ESC, C1, U+202E and the other bidi controls, zero-width ones)
 * written as JSON escapes (`\u202e`), so a file name or a release cannot move the cursor, recolour or reorder the screen.
 * In JSON output the escapes are the same characters to a parser.
 */
const terminalSafe = (s: string) =>
  s.replace(/(?!\n)[\p{Cc}\p{Cf}]/gu, (c) =>
    [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );

/** The draft as the maintainer reads it: each entry as JSON to copy, after the points to check. */
function print(draft: Draft, file: string) {
  const out: string[] = [
    `DRAFT from ${file}: ${draft.figures.length} figures and ${draft.destinations.length} destination entries proposed.`,
    'Nothing has been written into the dataset. Review every entry against the text, complete what each "check" line',
    'asks, give each figure a meaningful id, and copy the entries you keep into data/technopolis-moscow.json (figures',
    'into "figures", destinations into "destinations"). Then run: npm run validate-data -- data/technopolis-moscow.json',
    draft.date
      ? `Date of the text: ${draft.date} (used for «этого года», «прошлого года»).`
      : 'The text states no date: pass --date YYYY-MM-DD to resolve «этого года» and «прошлого года».',
    '',
  ];
  const entry = (n: number, json: unknown, check: string[]) => {
    out.push(`// ${n}.${check.map((c) => `\n//    check: ${c}`).join('')}`);
    out.push(`${JSON.stringify(json, null, 2)},`, '');
  };
  out.push('// ---- figures');
  draft.figures.forEach((f, i) => entry(i + 1, f.figure, f.check));
  out.push('// ---- destinations');
  draft.destinations.forEach((d, i) => entry(i + 1, d.destination, d.check));
  console.log(terminalSafe(out.join('\n')));
}

// ------------------------------------------------------------------------------------------------------- measure
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const matches = (p: DraftFigure, f: Figure, text: string) =>
  f.value !== undefined &&
  sameValue(p.figure.value, f.value) &&
  p.figure.unit === f.unit &&
  p.figure.qualifier === f.qualifier &&
  p.figure.citations!.every((c) => text.includes(c.quote));

function measure() {
  const data = JSON.parse(readFileSync(join(ROOT, 'data/technopolis-moscow.json'), 'utf8')) as Dataset;
  const rows: string[] = [];
  const total = { figures: 0, found: 0, proposals: 0, right: 0, full: 0 };
  const distinct = new Set<string>();
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)} %` : '—');
  for (const source of data.sources) {
    const text = readFileSync(join(ROOT, 'data/sources', source.file), 'utf8');
    // the date the press office gives (the desk asks for it), where the dataset knows the day
    const date = /^\d{4}-\d{2}-\d{2}$/.test(source.published) ? source.published : undefined;
    const draft = draftRelease(text, { source: source.id, exporters: data.exporters, ...(date ? { date } : {}) });
    const figures = data.figures.filter((f) => !f.derived && f.citations?.some((c) => c.source === source.id));
    // one to one: each dataset figure justifies one proposal; a second proposal of the same figure counts as extra
    const matched = new Map<DraftFigure, Figure>();
    for (const p of draft.figures) {
      const f = figures.find((f) => matches(p, f, text) && ![...matched.values()].includes(f));
      if (f) matched.set(p, f);
    }
    const missed = figures.filter((f) => ![...matched.values()].includes(f));
    const wrong = draft.figures.filter((p) => !matched.has(p));
    for (const f of matched.values()) distinct.add(f.id);
    const field = (f: Partial<Figure>) => JSON.stringify([f.kind, f.period, f.basePeriod, f.measure, f.sectors ?? [], f.exporter]);
    const full = [...matched].filter(([p, f]) => field(p.figure) === field(f));
    for (const [p, f] of matched)
      if (field(p.figure) !== field(f)) console.log(`  ${source.id}: ${f.id} proposed as ${field(p.figure)}, not ${field(f)}`);
    const found = figures.length - missed.length;
    const right = draft.figures.length - wrong.length;
    Object.assign(total, {
      figures: total.figures + figures.length,
      found: total.found + found,
      proposals: total.proposals + draft.figures.length,
      right: total.right + right,
      full: total.full + full.length,
    });
    rows.push(
      `| ${source.file} (${source.id}) | ${found} / ${figures.length} = ${pct(found, figures.length)} | ${right} / ${draft.figures.length} = ${pct(right, draft.figures.length)} | ${full.length} / ${figures.length} = ${pct(full.length, figures.length)} |`,
    );
    for (const f of missed) console.log(`  ${source.id}: missed ${f.id} (${f.qualifier} ${f.value} ${f.unit})`);
    for (const p of wrong)
      console.log(
        `  ${source.id}: extra proposal ${p.figure.qualifier} ${p.figure.value} ${p.figure.unit}: «${p.figure.citations![0]!.quote.slice(0, 90)}»`,
      );
  }
  const recall = total.found / total.figures;
  const precision = total.right / total.proposals;
  console.log(
    [
      '| seed | recall (dataset figures proposed right) | precision (proposals that match a figure) | fully right |',
      '| --- | --- | --- | --- |',
      ...rows,
      `| all five | ${total.found} / ${total.figures} = ${pct(total.found, total.figures)} | ${total.right} / ${total.proposals} = ${pct(total.right, total.proposals)} | ${total.full} / ${total.figures} = ${pct(total.full, total.figures)} |`,
      '',
      `Distinct figures (the Uzbek retelling cites five of them again): ${distinct.size} of ${data.figures.filter((f) => !f.derived).length} reported figures proposed right.`,
      `Targets: recall ≥ 90 % (${recall >= 0.9 ? 'met' : 'missed'}), precision ≥ 70 % (${precision >= 0.7 ? 'met' : 'missed'}).`,
    ].join('\n'),
  );
  process.exit(recall >= 0.9 && precision >= 0.7 ? 0 : 1);
}

if (argv.includes('--measure')) measure();
else {
  const file = argv.find((a, i) => !a.startsWith('--') && !argv[i - 1]?.match(/^--(source|date)$/));
  if (!file) {
    console.error(
      'usage: npm run draft-release -- <release.txt> [--source <id>] [--date YYYY-MM-DD] [--json]\n       npm run draft-release -- --measure',
    );
    process.exit(2);
  }
  const text = readFileSync(file, 'utf8');
  const fromName = basename(file)
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const source = option('source') ?? (fromName || 'new-release');
  const date = option('date');
  let draft: Draft;
  try {
    draft = draftRelease(text, { source, ...(date ? { date } : {}) });
  } catch (error) {
    if (!(error instanceof DraftInputError)) throw error;
    console.error(`draft-release: ${terminalSafe(file)}: ${error.message}`);
    process.exit(1);
  }
  if (argv.includes('--json')) console.log(terminalSafe(JSON.stringify(draft, null, 2)));
  else print(draft, file);
}
