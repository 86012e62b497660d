/**
 * A synthetic dataset about 100 times the size of data/technopolis-moscow.json, in the kit's format, for the
 * benchmark only. Every name, number and quote in it is made up and says so («синтетическ…», "synthetic"):
 * it is written at run time under .tmp/ (gitignored), never into data/, whose figures all come from press releases.
 *
 * Its shape follows the real file, scaled: 100 consecutive years of export volumes with their quarters and
 * half-years, the growth between comparable periods (some volumes derived from it), cumulative totals, sector
 * figures and shares, 600 exporters with their amounts and destinations among every real ISO country code,
 * key figures, sources and their texts (so that every quote is found verbatim, as `npm run validate-data` checks).
 *
 * Usage: npx tsx bench/synthetic.ts [out.json] [--scale 100]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isCountryCode } from '../src/data/rules.js';
import { checkQuotes } from '../src/data/quotes.js';
import { validateDataset } from '../src/data/validate.js';
import { LIMITS, type Dataset, type Figure, type LocalText } from '../src/data/schema.js';

/** A small deterministic generator (mulberry32), so every run writes the same file. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every real ISO 3166-1 alpha-2 code, as the dataset rules accept them. */
export function countryCodes(): string[] {
  const codes: string[] = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (isCountryCode(code)) codes.push(code);
    }
  return codes;
}

const text = (ru: string, en: string, uz: string): LocalText => ({ ru, en, uz });
const FILLER = ' Синтетическое дополнение для объёма файла.';
const round3 = (x: number) => Number(x.toPrecision(3));

export interface Synthetic {
  readonly dataset: Dataset & { $comment: string };
  /** Source file name → its text, holding every quote that cites it. */
  readonly texts: Map<string, string>;
}

/**
 * Builds the synthetic dataset; `scale` is the number of years, and every list grows with it (100 gives ≈ 100×).
 * `pad` lengthens every quote by that many characters of made-up words: more bytes without more items.
 */
export function synthetic(scale = 100, pad = 0, seed = 20251112): Synthetic {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const sample = <T>(list: readonly T[], n: number) => {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]!);
    return out;
  };
  const countries = countryCodes();
  const first = 2026 - scale;
  const years = Array.from({ length: scale }, (_, i) => first + i);

  // Sources: five per year, as many as the real file has for its whole span.
  const sources: Dataset['sources'] = [];
  const texts = new Map<string, string[]>();
  for (const year of years)
    for (let k = 1; k <= 5; k++) {
      const id = `synthetic-source-${year}-${k}`;
      const file = `${id}.txt`;
      texts.set(file, [`Синтетический текст для бенчмарка, не пресс-релиз (${year}, №${k}).`]);
      sources.push({
        id,
        file,
        outlet: text(`Синтетическое издание ${k}`, `Synthetic outlet ${k}`, `Синтетик нашр ${k}`),
        published: `${year + 1}-0${k}-1${k}`,
        dateInferred: k % 2 === 0,
        ...(k % 2 === 0
          ? { dateNote: text('Синтетическая дата для бенчмарка.', 'A synthetic date for the benchmark.', 'Бенчмарк учун синтетик сана.') }
          : {}),
        language: 'ru',
        title: `Синтетический релиз ${year}-${k}: экспорт резидентов синтетической зоны`,
        speakers: [
          {
            name: text(`Синтетический спикер ${k}`, `Synthetic speaker ${k}`, `Синтетик нотиқ ${k}`),
            role: text('должность для бенчмарка', 'a role for the benchmark', 'бенчмарк учун лавозим'),
          },
        ],
      });
    }
  /** A citation whose quote is added to its source's text, so that it is found there verbatim. */
  const cite = (year: number, what: string) => {
    const source = `synthetic-source-${year}-${1 + Math.floor(rnd() * 5)}`;
    const quote = `Синтетическая цитата: ${what} (данные придуманы для бенчмарка, проверяющего скорость виджетов на большом наборе, и ничего не сообщают ни о реальной зоне, ни о её резидентах, ни о странах экспорта).${FILLER.repeat(Math.ceil(pad / FILLER.length)).slice(0, pad)}`;
    texts.get(`${source}.txt`)!.push(quote);
    return [{ source, quote }];
  };

  const sectors: Dataset['sectors'] = Array.from({ length: 12 * scale }, (_, i) => ({
    id: `synthetic-sector-${i + 1}`,
    name: text(`Синтетическая отрасль ${i + 1}`, `Synthetic sector ${i + 1}`, `Синтетик соҳа ${i + 1}`),
  }));
  const exporters: Dataset['exporters'] = Array.from({ length: 6 * scale }, (_, i) => ({
    id: `synthetic-exporter-${i + 1}`,
    name: i % 3 === 2 ? null : text(`Синтетический экспортёр ${i + 1}`, `Synthetic exporter ${i + 1}`, `Синтетик экспортчи ${i + 1}`),
    sector: pick(sectors).id,
    products: text(`синтетическая продукция ${i + 1}`, `synthetic products ${i + 1}`, `синтетик маҳсулот ${i + 1}`),
  }));

  const figures: Figure[] = [];
  const rub = (id: string, kind: Figure['kind'], period: string, value: number, qualifier: Figure['qualifier'], what: string, extra = {}) =>
    figures.push({
      id,
      kind,
      period,
      value: round3(value),
      unit: 'RUB',
      measure: 'exports',
      qualifier,
      citations: cite(Number(period.slice(0, 4)), what),
      ...extra,
    });
  const growthOf = (period: string, base: string, value: number, unit: 'percent' | 'times') =>
    figures.push({
      id: `growth-${period.toLowerCase()}-vs-${base.toLowerCase()}`,
      kind: 'growth',
      period,
      basePeriod: base,
      value,
      unit,
      measure: 'exports',
      qualifier: 'exact',
      citations: cite(Number(period.slice(0, 4)), `рост ${period} к ${base}: ${value} ${unit}`),
    });

  // Export volumes: a year, its four quarters and two half-years, each growing from the one a year before.
  const parts = ['', '-Q1', '-Q2', '-Q3', '-Q4', '-H1', '-H2'];
  const level = new Map(parts.map((p) => [p, (p === '' ? 4e8 : p.includes('H') ? 2e8 : 1e8) * (0.8 + rnd() * 0.4)]));
  let cumulative = 0;
  years.forEach((year, i) => {
    for (const part of parts) {
      const period = `${year}${part}`;
      const growth = 1 + 0.01 + rnd() * 0.14;
      const value = (level.get(part)! * growth) as number;
      level.set(part, value);
      // Every tenth year (but the first) one volume is derived from the next year's volume and growth, as 2018 is.
      const derived = i > 0 && i < scale - 1 && i % 10 === 8;
      const id = `export-${period.toLowerCase()}`;
      if (derived) {
        const next = `${year + 1}${part}`;
        figures.push({
          id,
          kind: 'export',
          period,
          unit: 'RUB',
          derived: {
            method: 'base-from-growth',
            value: `export-${next.toLowerCase()}`,
            growth: `growth-${next.toLowerCase()}-vs-${period.toLowerCase()}`,
          },
        });
      } else
        rub(
          id,
          'export',
          period,
          value,
          part.includes('H') ? 'approximate' : 'exact',
          `экспорт за ${period} составил ${round3(value)} рублей`,
        );
      if (i > 0) {
        const base = `${year - 1}${part}`;
        if (part.includes('Q')) growthOf(period, base, Number(growth.toFixed(2)), 'times');
        else growthOf(period, base, Math.round((growth - 1) * 100), 'percent');
      }
    }
    cumulative += level.get('')!;
    rub(`cumulative-export-${year}`, 'cumulative-export', String(year), cumulative, 'lower-bound', `накопленный экспорт к ${year} году`);

    const [a, b, c, d] = sample(sectors, 4).map((s) => s.id);
    rub(`sector-${a}-${year}`, 'sector-export', String(year), level.get('')! * 0.5, 'exact', `экспорт отрасли ${a} в ${year} году`, {
      sectors: [a],
    });
    rub(`sector-${b}-${c}-${year}`, 'sector-export', String(year), level.get('')! * 0.3, 'lower-bound', `экспорт отраслей ${b} и ${c}`, {
      sectors: [b, c],
    });
    const share = (id: string, s: string[], value: number) =>
      figures.push({
        id,
        kind: 'sector-share',
        period: `${year}-Q1`,
        sectors: s,
        value,
        unit: 'percent',
        measure: 'exports',
        qualifier: 'lower-bound',
        citations: cite(year, `доля отраслей ${s.join(', ')}: ${value} %`),
      });
    share(`share-${b}-${c}-${year}-q1`, [b!, c!], 40 + Math.floor(rnd() * 20));
    share(`share-${d}-${year}-q1`, [d!], 10 + Math.floor(rnd() * 20));

    for (let k = 0; k < 12; k++) {
      const exporter = exporters[i * 6 + (k % 6)]!.id;
      const period = (k + Math.floor(k / 6)) % 2 ? `${year}-H1` : String(year);
      rub(
        `exporter-${exporter}-${period.toLowerCase()}`,
        'exporter-export',
        period,
        level.get('')! * (0.02 + rnd() * 0.2),
        'exact',
        `экспорт ${exporter}`,
        {
          exporter,
        },
      );
    }
    figures.push({
      id: `countries-${year}`,
      kind: 'country-count',
      period: String(year),
      value: 10 + Math.floor(rnd() * 100),
      unit: 'count',
      qualifier: 'exact',
      citations: cite(year, `страны экспорта в ${year} году`),
    });
    const key = (id: string, kind: 'zone' | 'city', unit: Figure['unit'], value: number, label: string) =>
      figures.push({
        id: `${id}-${year}`,
        kind,
        period: String(year),
        value,
        unit,
        qualifier: 'exact',
        label: text(`${label} (синтетика)`, `${label} (synthetic)`, `${label} (синтетик)`),
        citations: cite(year, `${label} ${year}`),
      });
    key('residents', 'zone', 'count', 100 + i, 'резиденты');
    key('area', 'zone', 'ha', 200 + i / 10, 'площадь');
    key('investment', 'zone', 'RUB', round3(2e10 + i * 1e8), 'инвестиции');
    key('sites', 'city', 'count', 40 + (i % 10), 'площадки');
    key('occupancy', 'city', 'percent', 90 + (i % 10), 'заполняемость');
  });

  const portfolio: Dataset['portfolio'] = years.flatMap((year) =>
    ['', '-Q1'].map((part) => ({
      period: `${year}${part}`,
      sectors: sample(sectors, 4).map((s) => s.id),
      citations: cite(year, `портфель отраслей ${year}${part}`),
    })),
  );
  const destinations: Dataset['destinations'] = years.flatMap((year, i) => [
    { period: String(year), countries: sample(countries, 5), role: 'top' as const, citations: cite(year, `крупнейшие рынки ${year}`) },
    {
      period: String(year),
      countries: sample(countries, 4),
      role: 'new' as const,
      sector: pick(sectors).id,
      products: text('синтетические элементы', 'synthetic parts', 'синтетик қисмлар'),
      citations: cite(year, `новые рынки ${year}`),
    },
    { period: `${year}-Q1`, countries: sample(countries, 10), role: 'market' as const, citations: cite(year, `рынки ${year}`) },
    ...Array.from({ length: 6 }, (_, k) => ({
      period: k % 2 ? `${year}-H1` : String(year),
      ...(k === 3 ? { periodInferred: true } : {}),
      countries: sample(countries, 1 + Math.floor(rnd() * 5)),
      role: 'market' as const,
      ...(k === 5 ? { status: 'ongoing' as const } : {}),
      exporter: exporters[i * 6 + k]!.id,
      citations: cite(year, `поставки ${exporters[i * 6 + k]!.id}`),
    })),
    {
      period: `${year}-H1`,
      countries: sample(countries, 3),
      role: 'market' as const,
      citations: cite(year, `рынки первого полугодия ${year}`),
    },
    { period: `${year}-Q1`, countries: sample(countries, 2), role: 'new' as const, citations: cite(year, `новые страны ${year}`) },
  ]);

  const dataset = {
    $comment: `SYNTHETIC benchmark data (${scale} years): every name, figure and quote is made up. Not from any press release; never put it in data/.`,
    format: 1 as const,
    version: `synthetic-${scale}x`,
    asOf: `${years.at(-1)}-12-31`,
    zone: {
      id: 'synthetic-benchmark-zone',
      name: text('Синтетическая зона (бенчмарк)', 'Synthetic zone (benchmark)', 'Синтетик зона (бенчмарк)'),
      currency: 'RUB' as const,
    },
    sources,
    sectors,
    exporters,
    figures,
    portfolio,
    destinations,
  };
  return { dataset, texts: new Map([...texts].map(([file, lines]) => [file, lines.join('\n')])) };
}

const LISTS = ['sources', 'sectors', 'exporters', 'figures', 'portfolio', 'destinations'] as const;

/** Writes the dataset and its source texts (in `sources/` beside it), after checking both; returns the JSON's size. */
export function writeSynthetic(out: string, scale = 100, pad = 0): { bytes: number; counts: Record<(typeof LISTS)[number], number> } {
  const { dataset, texts } = synthetic(scale, pad);
  const result = validateDataset(dataset);
  if (!result.ok)
    throw new Error(
      `synthetic dataset is invalid: ${result.issues
        .slice(0, 5)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}`,
    );
  const quotes = checkQuotes(result.dataset, texts);
  if (quotes.length) throw new Error(`synthetic quotes: ${quotes[0]!.path}: ${quotes[0]!.message}`);
  mkdirSync(join(dirname(out), 'sources'), { recursive: true });
  for (const [file, body] of texts) writeFileSync(join(dirname(out), 'sources', file), body);
  const json = JSON.stringify(dataset);
  writeFileSync(out, json);
  const counts = Object.fromEntries(LISTS.map((k) => [k, dataset[k].length])) as Record<(typeof LISTS)[number], number>;
  return { bytes: Buffer.byteLength(json), counts };
}

/**
 * The largest file the widgets accept: as many years as the format's list limit allows (LIMITS.list figures), and
 * quotes padded until the file is just under `maxBytes` (the loader's limit, counted on the unpacked body).
 */
export function largestSynthetic(out: string, maxBytes: number) {
  const perYear = synthetic(2).dataset.figures.length / 2;
  let scale = Math.floor(LIMITS.list / perYear) + 1;
  while (synthetic(scale).dataset.figures.length > LIMITS.list) scale--;
  const bytes = (pad: number) => Buffer.byteLength(JSON.stringify(synthetic(scale, pad).dataset));
  const base = bytes(0);
  // Bytes grow in a straight line with the padding: measure the slope once, then step down until the file fits.
  const slope = (bytes(100) - base) / 100;
  let pad = Math.floor((maxBytes - base) / slope);
  while (bytes(pad) >= maxBytes) pad--;
  return { ...writeSynthetic(out, scale, pad), scale, pad };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--scale');
  const scale = at >= 0 ? Number(args.splice(at, 2)[1]) : 100;
  const out = resolve(args[0] ?? '.tmp/bench/data/synthetic-100x.json');
  const { bytes, counts } = writeSynthetic(out, scale);
  console.log(
    `${out}: ${bytes} bytes, valid; ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
}
