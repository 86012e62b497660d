import { expect } from '@open-wc/testing';
import json from '../../data/technopolis-moscow.json';
import frozen from '../fixtures/frozen/dataset.json';
import { validateDataset } from '../../src/data/validate.js';
import { buildModel } from '../../src/data/model.js';

const clone = () => structuredClone(frozen) as Record<string, any>;

describe('the shipped dataset', () => {
  it('passes the schema and the rules', () => {
    const result = validateDataset(json);
    expect(result.ok, JSON.stringify(!result.ok && result.issues)).to.equal(true);
  });

  it('quotes every source verbatim', async () => {
    const texts = new Map<string, string>();
    for (const source of json.sources) {
      const response = await fetch(new URL(`../../data/sources/${source.file}`, import.meta.url));
      expect(response.ok, source.file).to.equal(true);
      texts.set(source.id, await response.text());
    }
    const quotes: { source: string; quote: string }[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        const { source, quote } = node as { source?: unknown; quote?: unknown };
        if (typeof source === 'string' && typeof quote === 'string') quotes.push({ source, quote });
        Object.values(node).forEach(walk);
      }
    };
    walk(json);
    expect(quotes.length).to.be.greaterThan(50);
    for (const { source, quote } of quotes) expect(texts.get(source), `${source}: ${quote}`).to.include(quote);
  });

  it('counts the Uzbek retelling as a source of the same facts, not as new figures', () => {
    const uz = json.sources.find((s) => s.language === 'uz')!;
    expect(uz.retells).to.equal('ria-2025-11-05');
    const citedOnlyByUz = json.figures.filter((f) => f.citations && f.citations.every((c) => c.source === uz.id));
    expect(citedOnlyByUz).to.deep.equal([]);
  });
});

describe('derived values and qualifiers, on the frozen fixture', () => {
  it('computes derived values from their formula, to the precision of their inputs', () => {
    const result = validateDataset(frozen);
    if (!result.ok) throw new Error('invalid');
    const { figures } = buildModel(result.dataset);
    const derived = (id: string) => figures.get(id)!;
    expect(derived('export-2018').value).to.equal(247e6); // 326 ÷ 1.32 = 246.97
    expect(derived('export-2018').derived?.raw).to.be.closeTo(246.97e6, 0.01e6);
    expect(derived('export-2020-q1').value).to.equal(92e6); // 248 ÷ 2.7 = 91.85
    expect(derived('export-2019-q1').value).to.equal(55e6); // 248 ÷ 4.5 = 55.1
    expect(derived('export-2024-h1').value).to.equal(300e6); // ≈ 1 bn ÷ 3.3: one significant digit
    for (const id of ['export-2018', 'export-2020-q1', 'export-2019-q1', 'export-2024-h1']) {
      expect(derived(id).qualifier).to.equal('approximate');
      expect(derived(id).figure.citations).to.equal(undefined);
    }
  });

  it('keeps the qualifiers the quotes state', () => {
    const byId = new Map(frozen.figures.map((f) => [f.id, f as { qualifier?: string }]));
    expect(byId.get('export-2025-h1')!.qualifier).to.equal('approximate'); // «порядка 1 миллиарда»
    expect(byId.get('cumulative-export-2019')!.qualifier).to.equal('lower-bound'); // «более 615 млн»
    expect(byId.get('cumulative-export-2025')!.qualifier).to.equal('lower-bound'); // «превысил 8,1 миллиарда»
    expect(byId.get('sector-microelectronics-fibre-2021-q1')!.qualifier).to.equal('lower-bound'); // «свыше 164 млн»
    expect(byId.get('export-2019')!.qualifier).to.equal('exact');
  });
});

describe('dataset rules', () => {
  it('names the path of a figure whose source is removed', () => {
    const data = clone();
    data.figures[0].citations[0].source = 'nowhere';
    const result = validateDataset(data);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues).to.deep.include({ path: '$.figures[0].citations[0].source', message: 'unknown source "nowhere"' });
  });

  it('refuses runaway input before the schema walks it, naming where', () => {
    const long = clone();
    long.figures[0].citations = Array.from({ length: 5001 }, () => long.figures[0].citations[0]);
    expect(validateDataset(long)).to.deep.equal({
      ok: false,
      issues: [{ path: '$.figures[0].citations', message: 'has 5001 items; at most 5000 are allowed' }],
    });
    const deep = clone();
    let node: any = {};
    deep.zone.extra = node;
    for (let i = 0; i < 20; i++) node = (node.next = [{}])[0];
    const result = validateDataset(deep);
    expect(!result.ok && result.issues).to.deep.equal([
      { path: '$.zone.extra.next[0].next[0].next[0].next[0].next[0].next', message: 'is nested more than 12 levels deep' },
    ]);
  });

  it('rejects a reported figure without citations', () => {
    const data = clone();
    delete data.figures[0].citations;
    const result = validateDataset(data);
    expect(!result.ok && result.issues.map((i) => i.path)).to.include('$.figures[0].citations');
  });

  it('rejects an empty quote', () => {
    const data = clone();
    data.figures[0].citations[0].quote = '   ';
    const result = validateDataset(data);
    expect(!result.ok && result.issues[0]).to.deep.include({ path: '$.figures[0].citations[0].quote' });
  });

  it('rejects a derived figure whose input is missing', () => {
    const data = clone();
    const derived = data.figures.find((f: any) => f.derived);
    derived.derived.growth = 'missing-growth';
    const index = data.figures.indexOf(derived);
    const result = validateDataset(data);
    expect(!result.ok && result.issues).to.deep.include({
      path: `$.figures[${index}].derived.growth`,
      message: 'unknown figure "missing-growth"',
    });
  });

  it('rejects a growth between periods of different kinds', () => {
    const data = clone();
    const growth = data.figures.find((f: any) => f.kind === 'growth');
    growth.basePeriod = '2018-Q1';
    const result = validateDataset(data);
    expect(!result.ok && result.issues.some((i) => i.path.endsWith('.basePeriod'))).to.equal(true);
  });

  it('rejects duplicate ids, malformed periods and unknown country codes', () => {
    const data = clone();
    data.figures[1].id = data.figures[0].id;
    data.figures[2].period = '2019-Q5';
    data.destinations[0].countries[0] = 'XX';
    const result = validateDataset(data);
    const paths = !result.ok ? result.issues.map((i) => i.path) : [];
    expect(paths).to.include('$.figures[2].period');
    const rules = validateDataset({
      ...clone(),
      figures: [...data.figures.slice(0, 2), ...clone().figures.slice(2)],
      destinations: data.destinations,
    });
    const rulePaths = !rules.ok ? rules.issues.map((i) => i.path) : [];
    expect(rulePaths).to.include('$.figures[1].id');
    expect(rulePaths).to.include('$.destinations[0].countries[0]');
  });

  it('rejects numbers written as strings and NaN-like values with their path', () => {
    const data = clone();
    data.figures[0].value = '326000000';
    const result = validateDataset(data);
    expect(!result.ok && result.issues[0]!.path).to.equal('$.figures[0].value');
  });

  it('refuses a runaway list before walking it', () => {
    const result = validateDataset({ ...clone(), figures: new Array(1_000_000).fill(0) });
    expect(!result.ok && result.issues[0]!.path).to.equal('$.figures');
  });
});
