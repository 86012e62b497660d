// CSV formula injection through `;`, and a file that opens in columns in a Russian Excel.
import { expect } from '@open-wc/testing';
import { toCsv } from '../../src/shared/csv.js';

/** The lines of a CSV file without its byte-order mark. */
const lines = (file: string) => file.replace(/^\ufeff/, '').split('\r\n');

describe('CSV download format', () => {
  it('quotes every text cell, so `ООО Ромашка;=1+1` stays one cell and starts no formula', () => {
    const [ru] = lines(toCsv([['ООО Ромашка;=1+1', 'a,@SUM(A1)', '=1+1', 'x\t-2', 'y\r+3']], 'ru'));
    expect(ru).to.equal(`"ООО Ромашка;'=1+1";"a,'@SUM(A1)";"'=1+1";"x\t'-2";"y\r'+3"`);
    const [en] = lines(toCsv([['ООО Ромашка;=1+1', 'plain']], 'en'));
    expect(en).to.equal(`"ООО Ромашка;'=1+1","plain"`);
  });

  it('a file whose text a program splits on any separator, ignoring quotes, still has no cell starting a formula', () => {
    const file = toCsv([['ООО Ромашка;=1+1', 'a,+1', 'b\t@x', '-5 %', 'quote "a";-1']], 'ru');
    const naive = file
      .replace(/^\ufeff/, '')
      .split(/[,;\t\r\n]/)
      .map((cell) => cell.replace(/^"/, ''));
    expect(naive.filter((cell) => /^[=+\-@]/.test(cell))).to.deep.equal([]);
  });

  it('ru and uz: `;` between cells and a decimal comma, as a Russian Excel expects; en: `,` and a point; UTF-8 with a BOM', () => {
    const rows = [['Экспорт', 206.8, 326e6, '']] as const;
    expect(toCsv(rows, 'ru')).to.equal('\ufeff"Экспорт";206,8;326000000;""\r\n');
    expect(toCsv(rows, 'uz')).to.equal('\ufeff"Экспорт";206,8;326000000;""\r\n');
    expect(toCsv(rows, 'en')).to.equal('\ufeff"Экспорт",206.8,326000000,""\r\n');
    const bytes = new TextEncoder().encode(toCsv(rows, 'ru'));
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(toCsv(rows, 'ru')).not.to.match(/^\ufeff?sep=/);
  });

  it('never writes a number that is not finite, nor -0, as a figure', () => {
    const [line] = lines(toCsv([[Infinity, NaN, -0, -Infinity]], 'en'));
    expect(line).not.to.match(/Infinity|NaN|-0/);
    expect(line).to.equal('"—","—",0,"—"');
  });
});
