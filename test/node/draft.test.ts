// The release drafter: how it reads single sentences, and a whole synthetic release
// (test/fixtures/draft/synthetic-release.txt, made up, not a seed). Its recall and precision on the five seeds are
// measured by `npm run draft-release -- --measure`, not here.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dateOf, draftRelease, quoteOf } from '../../src/draft/draft.js';

const root = new URL('../../', import.meta.url).pathname;
const FIXTURE = join(root, 'test/fixtures/draft/synthetic-release.txt');
const one = (sentence: string, date?: string) =>
  draftRelease(sentence, { source: 's', ...(date ? { date } : {}) }).figures.map((f) => f.figure);
const brief = (sentence: string, date?: string) =>
  one(sentence, date).map((f) => [f.kind, f.period, f.basePeriod, f.qualifier, f.value, f.unit].filter((x) => x !== undefined).join(' '));

describe('draft-release reads a sentence', () => {
  it('reads the qualifier from the words before the number, Russian and Uzbek', () => {
    assert.equal(one('Экспорт составил порядка 1 миллиарда рублей.')[0]!.qualifier, 'approximate');
    assert.equal(one('Экспорт составил около 75 тыс. рублей.')[0]!.qualifier, 'approximate');
    assert.equal(one('Экспорт составил почти 40 млн рублей.')[0]!.qualifier, 'almost');
    assert.equal(one('Экспорт составил более 615 млн рублей.')[0]!.qualifier, 'lower-bound');
    assert.equal(one('Поставки на сумму свыше 164 млн рублей.')[0]!.qualifier, 'lower-bound');
    assert.equal(one('Выручка превысила 8,1 миллиарда рублей.')[0]!.qualifier, 'lower-bound');
    assert.equal(one('Поставки не менее чем в 12 стран.')[0]!.qualifier, 'lower-bound');
    assert.equal(one('Экспорт 326 млн рублей.')[0]!.qualifier, 'exact');
    assert.equal(one('Экспорт ҳажми қарийб 1 миллиард рублни ташкил этди.')[0]!.qualifier, 'approximate');
    assert.equal(one('Экспорт даромади ҳажми 8,1 миллиард рублдан ошди.')[0]!.qualifier, 'lower-bound');
  });

  it('reads the unit and scale: тыс., млн, млрд, %, раза, баробар, га, кв. м, каждый n-й', () => {
    const values = (s: string) => one(s).map((f) => `${f.value} ${f.unit}`);
    assert.deepEqual(values('Экспорт 1,18 млн рублей.'), ['1180000 RUB']);
    assert.deepEqual(values('Инвестиции 28,6 млрд рублей.'), ['28600000000 RUB']);
    assert.deepEqual(values('Создадут 90 тыс. новых рабочих мест.'), ['90000 count']);
    assert.deepEqual(values('Заполненность достигла 99%.'), ['99 percent']);
    assert.deepEqual(values('Это в 3,3 раза больше, чем в 2024 году.'), ['3.3 times']);
    assert.deepEqual(values('Бу кўрсаткич 3,3 баробар ошди.'), ['3.3 times']);
    assert.deepEqual(values('Общей площадью 206,8 га.'), ['206.8 ha']);
    assert.deepEqual(values('Площадью свыше 2 млн кв. м.'), ['2000000 m2']);
    assert.deepEqual(values('Экспортером выступил каждый восьмой резидент.'), ['8 one-in']);
  });

  it('leaves years and dates out', () => {
    assert.deepEqual(one('МОСКВА, 5 ноя — РИА Новости. В 2019 году, 28.10.2025, с 2006 года.'), []);
  });

  it("reads the period and the base of a growth, resolving «прошлого года» from the text's date", () => {
    assert.deepEqual(
      brief(
        'За первые три месяца 2021 года экспорт составил 248 млн рублей, это в 2,7 раза больше, чем за аналогичный период прошлого года.',
      ),
      ['export 2021-Q1 exact 248000000 RUB', 'growth 2021-Q1 2020-Q1 exact 2.7 times'],
    );
    assert.deepEqual(brief('Экспорт в 2019 году составил 326 млн рублей, что на 32 процента больше, чем в 2018 году.'), [
      'export 2019 exact 326000000 RUB',
      'growth 2019 2018 exact 32 percent',
    ]);
    assert.deepEqual(brief('За январь-июнь текущего года отгрузили продукцию на сумму около 1 миллиарда рублей.', '2025-11-05'), [
      'export 2025-H1 approximate 1000000000 RUB',
    ]);
    const unresolved = draftRelease('По итогам прошлого года экспорт составил 163,93 млн рублей.', { source: 's' }).figures[0]!;
    assert.equal(unresolved.figure.period, undefined);
    assert.match(unresolved.check.join(' '), /«прошлого года» \(прошлый год\): в тексте нет даты/);
  });

  it('leaves out times, addresses, telephone numbers, postcodes and ids', () => {
    assert.deepEqual(
      one('Пресс-центр: 115088, Москва, ул. Угрешская, д. 2, стр. 4, тел. +7 (499) 321-54-76, ИНН 7701234567, с 9:30 до 17:45.'),
      [],
    );
  });

  it('reads a quarter written in digits, a full stop as the decimal mark before a unit, and «полмиллиарда»', () => {
    assert.deepEqual(brief('В 4 квартале 2022 года экспорт составил 1.25 млрд рублей.'), ['export 2022-Q4 exact 1250000000 RUB']);
    assert.deepEqual(brief('В 2023 году экспорт превысил полмиллиарда рублей.'), ['export 2023 lower-bound 500000000 RUB']);
    assert.deepEqual(one('Версия 2.0 вышла 01.02.2023.'), []);
  });

  it('gives no period where the text names one the dataset cannot hold, nor to the sentences after it', () => {
    const draft = draftRelease('За девять месяцев 2023 года экспорт составил 900 млн рублей. Рост составил 20%.', { source: 's' });
    assert.deepEqual(
      draft.figures.map((f) => [f.figure.kind, f.figure.period]),
      [
        ['export', undefined],
        ['growth', undefined],
      ],
    );
    assert.match(draft.figures[0]!.check.join(' '), /«девять месяцев 2023 года» — такого периода в наборе нет/);
  });

  it('quotes the sentence verbatim, without the attribution after a direct quote', () => {
    assert.equal(quoteOf('«Экспорт превысил 1,5 млрд рублей», – сказал директор.'), 'Экспорт превысил 1,5 млрд рублей');
    assert.equal(quoteOf('Поставки «Альфы» – на 5 млн рублей.'), 'Поставки «Альфы» – на 5 млн рублей.');
    assert.equal(dateOf(' date 2025-10-28 Столица'), '2025-10-28');
  });
});

describe('draft-release on a synthetic release', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const draft = draftRelease(text, { source: 'synthetic' });

  it('proposes every figure with its value, unit, qualifier, period and a verbatim quote', () => {
    assert.equal(draft.date, '2026-08-14');
    assert.deepEqual(
      draft.figures.map((f) =>
        [f.figure.kind, f.figure.period, f.figure.basePeriod, f.figure.qualifier, f.figure.value, f.figure.unit]
          .filter((x) => x !== undefined)
          .join(' '),
      ),
      [
        'export 2026-H1 almost 40000000 RUB',
        'growth 2026-H1 2025-H1 exact 2.5 times',
        'export 2026-Q1 exact 15500000 RUB',
        'growth 2026-Q1 2025-Q1 exact 15 percent',
        'cumulative-export 2026 lower-bound 1500000000 RUB',
        'country-count 2026-H1 lower-bound 12 count',
        'zone exact 120 ha',
        'zone approximate 3000 m2',
        'zone 2026-H1 exact 5 one-in',
        'export 2026-H1 approximate 2000000000 RUB',
        'export 2026-H1 lower-bound 500000000 RUB',
      ],
    );
    for (const f of draft.figures) for (const c of f.figure.citations!) assert.ok(text.includes(c.quote), c.quote);
  });

  it('says what to check: the measure, a key figure needs a label, a period the text leaves open', () => {
    assert.equal(draft.figures[0]!.figure.measure, 'exports');
    assert.match(draft.figures[0]!.check.join(' '), /нет более узкой, чем «экспорт»/);
    assert.equal(one('Экспорт высокотехнологичной продукции составил 326 млн рублей.')[0]!.measure, 'high-tech-products');
    assert.equal(one('Экспортная выручка превысила 8,1 миллиарда рублей.')[0]!.measure, 'export-revenue');
    assert.match(draft.figures[6]!.check.join(' '), /дайте ему подпись/);
    assert.match(draft.figures[4]!.check.join(' '), /период 2026: из периода релиза/);
  });

  it('places every proposal in the text: the number where it stands and its quoted sentence', () => {
    for (const f of draft.figures) {
      assert.equal(f.mentions.length, f.figure.citations!.length);
      assert.deepEqual(f.mentions[0], { at: f.at, sentence: f.sentence });
      f.mentions.forEach((m, i) => {
        assert.equal(text.slice(m.sentence.start, m.sentence.end), f.figure.citations![i]!.quote);
        assert.ok(m.sentence.start <= m.at.start && m.at.end <= m.sentence.end);
        assert.match(text.slice(m.at.start, m.at.end), /^(?:\d|каждый|\p{L})/u);
      });
    }
    assert.equal(text.slice(draft.figures[0]!.at.start, draft.figures[0]!.at.end), '40 млн рублей');
    for (const d of draft.destinations) assert.equal(text.slice(d.sentence.start, d.sentence.end), d.destination.citations[0]!.quote);
  });

  it('names the countries as ISO codes', () => {
    assert.deepEqual(
      draft.destinations.map((d) => d.destination.countries),
      [['TR', 'IN', 'VN']],
    );
  });

  it('prints the draft for review and writes nothing into the dataset', () => {
    const dataset = readFileSync(join(root, 'data/technopolis-moscow.json'), 'utf8');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/draft-release.ts'), FIXTURE], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /^DRAFT from .*synthetic-release\.txt: 11 figures and 1 destination entries proposed\.\nNothing has been written into the dataset\./,
    );
    assert.match(run.stdout, /"quote": "За все время работы зоны экспорт превысил 1,5 млрд рублей"/);
    assert.equal(readFileSync(join(root, 'data/technopolis-moscow.json'), 'utf8'), dataset);
  });
});
