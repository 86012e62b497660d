// The desk's state and checks without a browser: the dataset it composes from a release and the decisions on its draft,
// and the messages its form shows, in plain Russian, naming the figure and pointing at its field. Reads the frozen
// fixture dataset, so a new release in data/ changes nothing here.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Dataset } from '../../src/data/schema.js';
import { validateDataset } from '../../src/data/validate.js';
import { checkDesk, scriptOf } from '../../src/desk/checks.js';
import { compose, datasetFile, fromDraft, raiseVersion, type Desk, type Release } from '../../src/desk/state.js';
import { draftRelease } from '../../src/draft/draft.js';

const root = new URL('../../', import.meta.url).pathname;
const TEXT = readFileSync(join(root, 'test/fixtures/desk/made-up-release.txt'), 'utf8');
const base = (): Dataset => {
  const result = validateDataset(JSON.parse(readFileSync(join(root, 'test/fixtures/frozen/dataset.json'), 'utf8')));
  assert.ok(result.ok);
  return result.dataset;
};
const release = (patch: Partial<Release> = {}): Release => ({
  text: TEXT,
  id: 'oez-2026-h1',
  outlet: { ru: 'Пресс-служба ОЭЗ' },
  title: '',
  dated: true,
  published: '2026-07-20',
  dateNote: '',
  language: 'ru',
  retells: '',
  speakers: [],
  ...patch,
});

/** The made-up release drafted, every figure as the release words it, all accepted. */
function desk(): Desk {
  const r = release();
  const d = fromDraft(base(), r, draftRelease(TEXT, { source: r.id, date: r.published }));
  const [volume, growth, hightech] = d.figures;
  Object.assign(volume!.figure, { measure: 'exports', period: '2026-H1' });
  Object.assign(growth!.figure, { measure: 'exports', period: '2026-H1', basePeriod: '2025-H1' });
  Object.assign(hightech!.figure, { measure: 'high-tech-products', period: '2026-H1', periodInferred: true });
  for (const item of [...d.figures, ...d.destinations]) item.status = 'accepted';
  Object.assign(d.destinations[0]!.destination, { period: '2026-H1', periodInferred: true });
  return d;
}

/** Each message as `item.field: the figure in words: the text`, no-break spaces read as spaces. */
const messages = (d: Desk) =>
  checkDesk(d, 'ru').messages.map((m) => `${m.target}.${m.field}: ${m.what}: ${m.text}`.replaceAll('\u00a0', ' '));

describe('the desk composes the next dataset', () => {
  it('raises the minor version, moves asOf to a later release and appends the source and the kept entries', () => {
    assert.equal(raiseVersion('1.0.0'), '1.1.0');
    assert.equal(raiseVersion('2.3.9'), '2.4.0');
    assert.equal(raiseVersion('1.0.0-frozen'), '1.0.0-frozen.1');
    const d = desk();
    d.figures[2]!.status = 'rejected';
    const { dataset } = compose(d, d.base, ['accepted']);
    assert.equal(dataset.asOf, '2026-07-20');
    assert.deepEqual(dataset.sources.at(-1), {
      id: 'oez-2026-h1',
      file: 'oez-2026-h1.txt',
      outlet: { ru: 'Пресс-служба ОЭЗ' },
      published: '2026-07-20',
      dateInferred: false,
      language: 'ru',
      speakers: [],
    });
    assert.deepEqual(
      dataset.figures.slice(d.base.figures.length).map((f) => f.id),
      ['export-2026-h1', 'growth-2026-h1-vs-2025-h1'],
    );
    assert.ok(validateDataset(dataset).ok);
  });

  it('writes each new entry with its keys in the format’s order, whatever order the form set them in', () => {
    const d = desk();
    const figure = d.figures[0]!;
    figure.figure = { citations: figure.figure.citations, value: figure.figure.value, ...figure.figure, periodInferred: true };
    const { dataset } = compose(d, d.base, ['accepted']);
    assert.deepEqual(Object.keys(dataset.figures[d.base.figures.length]!), [
      'id',
      'kind',
      'period',
      'periodInferred',
      'value',
      'unit',
      'qualifier',
      'measure',
      'citations',
    ]);
    assert.ok(datasetFile(dataset).endsWith('}\n'));
  });

  it('keeps an undated release’s note, and never dates it by the text', () => {
    const d = desk();
    d.release = release({ dated: false, published: '2026', dateNote: 'В тексте «в первом полугодии 2026 года».' });
    const source = compose(d).dataset.sources.at(-1)!;
    assert.equal(source.dateInferred, true);
    assert.deepEqual(source.dateNote, { ru: 'В тексте «в первом полугодии 2026 года».' });
  });
});

describe('a company or a speaker the dataset does not have yet', () => {
  const NAMED = `${TEXT}\n\nКомпания «Альфа-Микро» в первом полугодии 2026 года экспортировала электронику на 120 млн рублей.\n`;
  const withCompany = () => {
    const r = release({ text: NAMED });
    const d = fromDraft(base(), r, draftRelease(NAMED, { source: r.id, date: r.published, exporters: base().exporters }));
    const company = d.figures.find((f) => f.figure.kind === 'exporter-export')!;
    return { d, company };
  };

  it('opens a new company from the draft, says what it lacks, and adds it with the figure that names it', () => {
    const { d, company } = withCompany();
    assert.equal(d.exporters.length, 1);
    const [item] = d.exporters;
    assert.equal(company.figure.exporter, item!.exporter.id);
    assert.deepEqual(item!.exporter.name, { ru: 'Альфа-Микро' });
    const lacking = messages(d).filter((m) => m.startsWith(`${item!.key}.`));
    assert.deepEqual(lacking, [
      `${item!.key}.sector: экспортёр «Альфа-Микро»: выберите отрасль компании`,
      `${item!.key}.products: экспортёр «Альфа-Микро»: впишите текст хотя бы на одном языке`,
    ]);
    item!.exporter = { ...item!.exporter, sector: d.base.sectors[0]!.id, products: { ru: 'электроника' } };
    assert.deepEqual(
      messages(d).filter((m) => m.startsWith(`${item!.key}.`)),
      [],
    );
    const { dataset } = compose(d, d.base, ['accepted', 'pending']);
    assert.deepEqual(dataset.exporters.at(-1), item!.exporter);
    assert.equal(dataset.exporters.length, d.base.exporters.length + 1);
  });

  it('leaves a new company out when the figure that names it is rejected', () => {
    const { d, company } = withCompany();
    company.status = 'rejected';
    const { dataset } = compose(d, d.base, ['accepted', 'pending']);
    assert.deepEqual(dataset.exporters, d.base.exporters);
    assert.ok(!messages(d).some((m) => m.startsWith('x')));
  });

  it('credits the speakers the maintainer names to the new source', () => {
    const d = desk();
    d.release = { ...d.release, speakers: [{ name: { ru: 'Анна Петрова' }, role: { ru: 'директор ОЭЗ' } }] };
    const { dataset } = compose(d, d.base, ['accepted']);
    assert.deepEqual(dataset.sources.at(-1)!.speakers, [{ name: { ru: 'Анна Петрова' }, role: { ru: 'директор ОЭЗ' } }]);
    assert.ok(validateDataset(dataset).ok);
  });
});

describe('the desk’s messages', () => {
  it('says nothing of a release taken down right', () => {
    assert.deepEqual(messages(desk()), []);
  });

  it('names a growth left without the volume of its period, in Russian, at the growth’s period', () => {
    const d = desk();
    d.figures[0]!.figure.period = '2025-H1';
    assert.deepEqual(messages(d), [
      'f2.period: рост за I пол. 2026 к I пол. 2025, ×1,3: у роста нет объёма за 2026-H1 той же меры («экспорт»): виджет нарисовал бы только базовый период. Проверьте период роста или примите объём за 2026-H1',
    ]);
  });

  it('names a destination without a period and still checks the rest', () => {
    const d = desk();
    delete d.destinations[0]!.destination.period;
    d.figures[1]!.figure.basePeriod = '2027-H1';
    const said = messages(d);
    assert.equal(said.length, 2);
    assert.match(said[0]!, /^d1\.period: направление .*Казахстан.*: не указан период/);
    assert.match(said[1]!, /^f2\.basePeriod: рост за I пол\. 2026 к I пол\. 2027, ×1,3: базовый период 2027-H1 должен быть раньше 2026-H1/);
  });

  it('refuses a quote the text does not hold word for word', () => {
    const d = desk();
    d.figures[2]!.figure.citations = [{ source: 'oez-2026-h1', quote: 'Объём экспорта составил 520 млн рублей.' }];
    assert.deepEqual(messages(d), ['f3.quote: экспорт за I пол. 2026, 520 млн ₽: цитаты нет в тексте слово в слово']);
  });

  it('asks for a quote that names the figure’s measure, at its quote', () => {
    const d = desk();
    d.figures[2]!.figure.citations = [{ source: 'oez-2026-h1', quote: 'составил 520 млн рублей' }];
    const [said, ...rest] = messages(d);
    assert.deepEqual(rest, []);
    assert.match(
      said!,
      /^f3\.quote: экспорт за I пол\. 2026, 520 млн ₽: цитата не называет меру \(«экспорт высокотехнологичной продукции»\): продлите её/,
    );
  });

  it('warns when the text is not in the language given: its quotes would be shown as that language', () => {
    assert.equal(scriptOf(TEXT), 'ru');
    assert.equal(scriptOf(readFileSync(join(root, 'data/sources/003_cd4e457b81cfc732.txt'), 'utf8')), 'uz');
    const d = desk();
    d.release = release({ language: 'uz' });
    assert.deepEqual(messages(d), [
      'release.language: язык релиза: текст написан на языке «русский», а указан «узбекский»: цитаты из перевода были бы показаны читателям как узбекские',
    ]);
  });
});
