// Formatting is checked in Chromium, whose Intl data differs from Node's.
import { expect } from '@open-wc/testing';
import json from '../fixtures/frozen/dataset.json';
import { countryName, regionOf } from '../../src/i18n/countries.js';
import {
  formatAmount,
  formatAmountInWords,
  formatDate,
  formatGrowth,
  formatList,
  formatMoney,
  formatPeriod,
  NO_FIGURE,
  plural,
} from '../../src/i18n/format.js';
import { LANGS, toLang } from '../../src/i18n/lang.js';
import { fold } from '../helpers.js';

describe('formatting in ru, en and uz', () => {
  it('writes money in millions and billions, keeping every stated digit', () => {
    const cases: [number, string, string, string][] = [
      [326e6, '326 млн ₽', '₽326 million', '326 млн рубль'],
      [163.93e6, '163,93 млн ₽', '₽163.93 million', '163,93 млн рубль'],
      [1.18e6, '1,18 млн ₽', '₽1.18 million', '1,18 млн рубль'],
      [8.1e9, '8,1 млрд ₽', '₽8.1 billion', '8,1 млрд рубль'],
      [28.6e9, '28,6 млрд ₽', '₽28.6 billion', '28,6 млрд рубль'],
    ];
    for (const [value, ru, en, uz] of cases) {
      expect(fold(formatMoney(value, 'ru'))).to.equal(ru);
      expect(fold(formatMoney(value, 'en'))).to.equal(en);
      expect(fold(formatMoney(value, 'uz'))).to.equal(uz);
    }
  });

  it('shows qualifiers as ≈ and >, and in words in sentences', () => {
    expect(fold(formatAmount(1e9, 'RUB', 'approximate', 'ru'))).to.equal('≈ 1 млрд ₽');
    expect(fold(formatAmount(615e6, 'RUB', 'lower-bound', 'en'))).to.equal('> ₽615 million');
    expect(fold(formatAmount(68, 'percent', 'lower-bound', 'ru'))).to.equal('> 68 %');
    expect(fold(formatAmount(68, 'percent', 'lower-bound', 'en'))).to.equal('> 68%');
    expect(fold(formatAmount(206.8, 'ha', 'exact', 'ru'))).to.equal('206,8 га');
    expect(fold(formatAmount(2e6, 'm2', 'lower-bound', 'ru'))).to.equal('> 2 млн м²');
    expect(fold(formatAmount(8, 'one-in', 'exact', 'en'))).to.equal('1 in 8');
    expect(fold(formatAmountInWords(1e9, 'RUB', 'approximate', 'ru'))).to.equal('около 1 млрд ₽');
    expect(fold(formatAmountInWords(8.1e9, 'RUB', 'lower-bound', 'en'))).to.equal('more than ₽8.1 billion');
    expect(fold(formatAmountInWords(8.1e9, 'RUB', 'lower-bound', 'uz'))).to.equal('8,1 млрд рублдан ортиқ');
  });

  it('writes growth as a percentage or a multiple', () => {
    expect(fold(formatGrowth(32, 'percent', 'ru'))).to.equal('+32 %');
    expect(formatGrowth(32, 'percent', 'en')).to.equal('+32%');
    expect(formatGrowth(3.3, 'times', 'ru')).to.equal('×3,3');
    expect(formatGrowth(3.3, 'times', 'en')).to.equal('×3.3');
    expect(formatGrowth(2.7, 'times', 'uz')).to.equal('×2,7');
  });

  it('names periods and dates', () => {
    expect(formatPeriod('2021-Q1', 'ru')).to.equal('I\u00a0кв.\u00a02021'); // never broken across lines
    expect(fold(formatPeriod('2025-H1', 'en'))).to.equal('H1 2025');
    expect(fold(formatPeriod('2025-H1', 'uz'))).to.equal('2025 й. I ярим йил');
    expect(formatPeriod('2019', 'uz')).to.equal('2019');
    expect(fold(formatDate('2025-11-05', 'ru'))).to.equal('5 ноября 2025 г.');
    expect(formatDate('2025-11-05', 'en')).to.equal('November 5, 2025');
    // As the Uzbek release writes dates, not CLDR's «5 ноябр, 2025».
    expect(fold(formatDate('2025-11-05', 'uz'))).to.equal('2025 йил 5 ноябрь');
    expect(fold(formatDate('2025-06', 'uz'))).to.equal('2025 йил июнь');
    expect(formatDate('2020', 'ru')).to.equal('2020');
  });

  it('joins lists and picks plural forms', () => {
    expect(formatList(['Китай', 'Казахстан', 'Германия'], 'ru')).to.equal('Китай, Казахстан и Германия');
    expect(formatList(['China', 'Kazakhstan', 'Germany'], 'en')).to.equal('China, Kazakhstan, and Germany');
    expect(formatList(['Хитой', 'Қозоғистон', 'Германия'], 'uz')).to.equal('Хитой, Қозоғистон ва Германия');
    const forms = {
      one: (n: string) => `${n} страна`,
      few: (n: string) => `${n} страны`,
      many: (n: string) => `${n} стран`,
      other: (n: string) => `${n} страны`,
    };
    expect(plural(21, 'ru', forms)).to.equal('21 страна');
    expect(plural(23, 'ru', forms)).to.equal('23 страны');
    expect(plural(26, 'ru', forms)).to.equal('26 стран');
  });

  it('maps lang values to the kit languages', () => {
    expect(toLang('ru-RU')).to.equal('ru');
    expect(toLang('uz-Cyrl-UZ')).to.equal('uz');
    expect(toLang('EN')).to.equal('en');
    expect(toLang('de')).to.equal(undefined);
  });

  it('names every country of the dataset in every language, never by its code', () => {
    const codes = new Set(json.destinations.flatMap((d) => d.countries));
    expect(codes.size).to.be.greaterThan(20);
    for (const code of codes) {
      expect(regionOf(code), code).not.to.equal('other');
      for (const lang of LANGS) {
        const name = countryName(code, lang);
        expect(name, `${code} ${lang}`).not.to.equal(code);
        expect(name.length, `${code} ${lang}`).to.be.greaterThan(2);
        if (lang !== 'en') expect(name, `${code} ${lang} is Cyrillic`).to.match(/[А-Яа-яЁёЎўҚқҒғҲҳ]/);
      }
    }
    expect(countryName('KZ', 'uz')).to.equal('Қозоғистон');
    expect(countryName('KR', 'ru')).to.equal('Южная Корея');
    expect(countryName('CN', 'en')).to.equal('China');
  });

  it('never shows -0, NaN or ∞ as a figure: a non-finite number is «—», -0 is 0 (issue 17, finding 4)', () => {
    for (const lang of LANGS) {
      for (const bad of [NaN, Infinity, -Infinity]) {
        for (const text of [
          formatMoney(bad, lang),
          formatGrowth(bad, 'times', lang),
          formatGrowth(bad, 'percent', lang),
          ...['RUB', 'percent', 'times', 'count', 'one-in', 'ha', 'm2'].map((unit) => formatAmount(bad, unit, 'approximate', lang)),
          formatAmountInWords(bad, 'RUB', 'lower-bound', lang),
          plural(bad, lang, { other: (n) => `${n} countries` }),
        ]) {
          expect(text, `${lang} ${bad}`).to.include(NO_FIGURE);
          expect(text, `${lang} ${bad}`).not.to.match(/NaN|Infinity|∞/);
        }
      }
      for (const text of [formatMoney(-0, lang), formatAmount(-0, 'percent', 'exact', lang), formatGrowth(-0, 'percent', lang)])
        expect(text, lang).not.to.match(/-0|−0/);
    }
    expect(fold(formatMoney(-0, 'en'))).to.equal('₽0');
  });
});
