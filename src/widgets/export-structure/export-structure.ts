import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { Model } from '../../data/model.js';
import type { Citation } from '../../data/schema.js';
import {
  exportStructure,
  structurePeriods,
  type Remainder,
  type Share,
  type Structure,
  type StructurePart,
} from '../../data/selectors/structure.js';
import { formatAmount, formatAmountInWords, formatPercent, formatPeriod } from '../../i18n/format.js';
import { pick, type Lang } from '../../i18n/lang.js';
import { shared } from '../../i18n/messages.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { measureName, shownQualifier } from '../../shared/figures.js';
import { factRow, figureRow, type CsvRow } from '../../shared/csv.js';
import { lowerFirst, sectorList } from '../../shared/names.js';
import { citationLines, SourceNotes } from '../../shared/sources.js';
import { VIEWS, viewToggle, type View } from '../../shared/view-toggle.js';
import type { BarRow, Block } from '../../shared/picture.js';
import { bar, hatchDefs } from './export-structure.bar.js';
import { messages } from './export-structure.messages.js';
import { styles } from './export-structure.styles.js';

/** The remainder with the mark its shares carry through the subtraction: < 7 %, > 50 %, ≈ 30 %, 49,4 %. */
const restValue = ({ value, bound }: Remainder, lang: Lang) =>
  bound === 'upper'
    ? `<\u00a0${formatPercent(value, lang)}`
    : formatAmount(value, 'percent', bound === 'lower' ? 'lower-bound' : bound, lang);

/** What one render draws with: the structure, its source notes, and how its parts are written. */
interface Pen {
  readonly structure: Structure;
  readonly notes: SourceNotes;
  readonly period: string;
  names(ids: readonly string[]): string;
  cite(citations: readonly Citation[] | undefined): unknown;
}

/**
 * What the zone exports, by sector: the shares of a period's export as the sources state them. A share stated as a
 * lower bound stays one (solid up to the bound, dashed beyond); a share computed from stated amounts is hatched and
 * tagged; whatever the sources do not split is one "not broken down" row, never spread across sectors. Sectors a
 * source names without figures are listed apart.
 *
 * @tag export-structure
 * @summary A period's export by sector, with lower bounds and the part not broken down kept as the sources state them.
 */
export class ExportStructure extends ExportWidget {
  static override styles = [...ExportWidget.styles, styles];

  /** The period to show, e.g. `2019` or `2021-Q1`. Defaults to the latest period the data breaks down by sector. */
  @property() period?: string | number;

  /** What is shown first: `chart` (bars on a 0–100 % scale) or `table`. A toggle in the widget switches. */
  @property() view: View = 'chart';

  @state() private shown?: View;
  readonly #t = new LocaleController(this, messages);
  #structure?: Structure;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.data.value;
    const periods = model ? structurePeriods(model) : [];
    const latest = periods.at(-1);
    this.#structure = model && latest ? exportStructure(model, this.allowed('period', this.period, periods, latest)) : undefined;
    const view = this.allowed('view', this.view, VIEWS, 'chart');
    if (changed.has('view') || !this.shown) this.shown = view;
  }

  protected renderWidget(model: Model) {
    const { lang, term: m } = this.#t;
    const zone = pick(model.dataset.zone.name, lang);
    const structure = this.#structure;
    if (!structure)
      return html`<h2>${this.headingOr(m.heading(zone))}</h2>
        <p>${m.empty}</p>`;
    const notes = new SourceNotes(model, lang);
    const pen: Pen = {
      structure,
      notes,
      period: formatPeriod(structure.period, lang),
      names: (ids) => sectorList(model, ids, lang),
      cite: (citations) => notes.marks(notes.cite(citations)),
    };
    const heading = this.headingOr(m.heading(zone, pen.period));
    const table = this.shown === 'table';
    return html`<h2>${heading}</h2>
      <p class="summary">${this.#summary(pen)}</p>
      ${viewToggle(this.shown, this.locale.term, (view) => (this.shown = view))}
      ${
        // The chart view is already text (names, values, notes): the table is its alternative view, not a duplicate.
        table ? this.#renderTable(heading, pen) : this.#renderChart(pen)
      }
      ${structure.portfolio.map((p) => html`<p class="also">${m.also(pen.names(p.sectors))}${pen.cite(p.citations)}</p>`)} ${notes.render()}`;
  }

  #share(sh: Share) {
    return html`${formatAmount(sh.value, 'percent', shownQualifier(sh.qualifier, sh.computed), this.#t.lang)}${sh.computed ? this.#tag() : nothing}`;
  }

  #tag() {
    return html` <span class="tag">${this.locale.term.derived}</span>`;
  }

  /** A sector's amount; named by its measure when the total counts something else (revenue beside high-tech exports). */
  #amount(p: StructurePart) {
    const { amount } = p;
    if (!amount) return '';
    const lang = this.#t.lang;
    const other = amount.measure !== this.#structure?.total?.measure ? ` (${measureName(amount, lang)})` : '';
    return `${formatAmount(amount.value, 'RUB', amount.qualifier, lang)}${other}`;
  }

  #total({ structure: { total }, cite }: Pen) {
    return total
      ? html`${formatAmount(total.value, 'RUB', total.qualifier, this.#t.lang)}${cite(total.figure.citations)}
        (${measureName(total, this.#t.lang)})`
      : nothing;
  }

  #restText({ rest }: Structure) {
    return rest && html`${restValue(rest, this.#t.lang)}${this.#tag()}`;
  }

  /** How far a lower-bound share may reach beyond its bound: at most the part not broken down. */
  #open(structure: Structure, sh?: Share) {
    return sh?.qualifier === 'lower-bound' ? (structure.rest?.value ?? 0) : 0;
  }

  #label(p: StructurePart, pen: Pen) {
    return html`${pen.names(p.sectors)}${p.note ? html` <small>${pick(p.note, this.#t.lang)}</small>` : nothing}`;
  }

  #renderChart(pen: Pen) {
    const { structure } = pen;
    const m = this.#t.term;
    return html`<div class="chart">
      ${hatchDefs} ${structure.total ? html`<p class="total">${m.total}, ${pen.period}: ${this.#total(pen)}</p>` : nothing}
      <ul class="rows">
        ${structure.parts.map(
          (p) =>
            html`<li>
              <span class="label">${this.#label(p, pen)}</span>
              <span class="value"
                >${p.share ? this.#share(p.share) : nothing}${p.share && p.amount ? html` · ` : nothing}${this.#amount(p)}${pen.cite(p.citations)}</span
              >
              ${bar(p.share?.value ?? 0, this.#open(structure, p.share), p.share?.computed ? 'computed' : 'fill')}
            </li>`,
        )}
        ${this.#renderRestRow(pen)}
      </ul>
      ${this.#renderLegend(structure)}
    </div>`;
  }

  #renderRestRow({ structure, cite }: Pen) {
    const { rest } = structure;
    if (!rest) return nothing;
    return html`<li class="rest">
      <span class="label">${this.#t.term.rest}</span>
      <span class="value">${this.#restText(structure)}${cite(rest.citations)}</span>
      ${bar(rest.value, 0, 'remainder')}
    </li>`;
  }

  /** What each look of a bar means; the part not broken down has one look in every period, named here. */
  #renderLegend(structure: Structure) {
    const m = this.#t.term;
    const { parts, rest } = structure;
    const legend = [
      ...(parts.some((p) => this.#open(structure, p.share)) ? [[0, 100, '', m.open] as const] : []),
      ...(parts.some((p) => p.share?.computed) ? [[100, 0, 'computed', m.computed] as const] : []),
      ...(rest ? [[100, 0, 'remainder', m.restLegend] as const] : []),
    ];
    if (!legend.length) return nothing;
    return html`<ul class="legend">
      ${legend.map(([value, dashed, kind, text]) => html`<li>${bar(value, dashed, kind)}${text}</li>`)}
    </ul>`;
  }

  #renderTable(heading: string, pen: Pen) {
    const m = this.#t.term;
    return html`<div class="table">
      <table>
        <caption>
          ${heading}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.sectors}</th>
            <th scope="col" class="num">${m.share}</th>
            <th scope="col" class="num">${m.amount}</th>
          </tr>
        </thead>
        <tbody>
          ${pen.structure.parts.map(
            (p) =>
              html`<tr>
                <th scope="row">${this.#label(p, pen)}</th>
                <td class="num" data-label=${m.share}>${p.share ? html`${this.#share(p.share)}${pen.cite(p.citations)}` : '—'}</td>
                <td class="num" data-label=${m.amount}>
                  ${p.amount ? html`${this.#amount(p)}${pen.cite(p.amount.figure.citations)}` : '—'}
                </td>
              </tr>`,
          )}
          ${this.#renderTableEnd(pen)}
        </tbody>
      </table>
    </div>`;
  }

  /** The rows after the sectors: the part not broken down and the whole. */
  #renderTableEnd(pen: Pen) {
    const m = this.#t.term;
    const { rest, total } = pen.structure;
    return html`${
      rest
        ? html`<tr>
            <th scope="row">${m.rest}</th>
            <td class="num" data-label=${m.share}>${this.#restText(pen.structure)}${pen.cite(rest.citations)}</td>
            <td class="num" data-label=${m.amount}>—</td>
          </tr>`
        : nothing
    }
    ${
      total
        ? html`<tr class="sum">
            <th scope="row">${m.total}</th>
            <td class="num" data-label=${m.share}>${formatPercent(100, this.#t.lang)}</td>
            <td class="num" data-label=${m.amount}>${this.#total(pen)}</td>
          </tr>`
        : nothing
    }`;
  }

  protected override pictureContent(model: Model) {
    const { lang, term: m } = this.#t;
    const zone = pick(model.dataset.zone.name, lang);
    const structure = this.#structure;
    if (!structure) return { heading: this.headingOr(m.heading(zone)), blocks: [{ text: m.empty }] };
    const period = formatPeriod(structure.period, lang);
    const { parts, rest, total } = structure;
    const tagged = (text: string, computed: boolean) => (computed ? `${text} (${this.locale.term.derived})` : text);
    const share = (sh: Share) => tagged(formatAmount(sh.value, 'percent', shownQualifier(sh.qualifier, sh.computed), lang), sh.computed);
    const label = (p: StructurePart) => [sectorList(model, p.sectors, lang), pick(p.note, lang)].filter(Boolean).join(' ');
    const totalText = total && `${formatAmount(total.value, 'RUB', total.qualifier, lang)} (${measureName(total, lang)})`;
    const restText = rest && tagged(restValue(rest, lang), true);
    const blocks: Block[] = [{ text: this.#summary({ structure, period, names: (ids) => sectorList(model, ids, lang) }), style: 'muted' }];
    if (this.shown === 'table') {
      const rows = parts.map((p) => [label(p), p.share ? share(p.share) : '—', this.#amount(p) || '—']);
      if (rest && restText) rows.push([m.rest, restText, '—']);
      if (totalText) rows.push([m.total, formatPercent(100, lang), totalText]);
      blocks.push({ head: [m.sectors, m.share, m.amount], rows });
    } else {
      if (totalText) blocks.push({ text: `${m.total}, ${period}: ${totalText}` });
      const bars = parts.map((p): BarRow => ({
        label: label(p),
        value: [p.share && share(p.share), this.#amount(p)].filter(Boolean).join(' · '),
        fill: (p.share?.value ?? 0) / 100,
        open: this.#open(structure, p.share) / 100,
        look: p.share?.computed ? 'computed' : 'fill',
      }));
      if (rest && restText) bars.push({ label: m.rest, value: restText, fill: rest.value / 100, open: 0, look: 'remainder' });
      blocks.push({ bars });
      if (parts.some((p) => this.#open(structure, p.share))) blocks.push({ text: m.open, style: 'muted' });
      if (parts.some((p) => p.share?.computed)) blocks.push({ text: m.computed, style: 'muted', swatch: 'computed' });
      if (rest) blocks.push({ text: m.restLegend, style: 'muted', swatch: 'remainder' });
    }
    for (const p of structure.portfolio) blocks.push({ text: m.also(sectorList(model, p.sectors, lang)) });
    return { heading: this.headingOr(m.heading(zone, period)), blocks };
  }

  protected override csvRows(model: Model): CsvRow[] {
    const { lang, term: m } = this.#t;
    const q = this.locale.term.qualifierName;
    const rows: CsvRow[] = [this.locale.term.csvHeader];
    if (!this.#structure) return rows;
    const { period: id, parts, rest, portfolio } = this.#structure;
    const names = (ids: readonly string[]) => sectorList(model, ids, lang);
    const period = formatPeriod(id, lang);
    for (const p of parts) {
      if (p.share) {
        const how = p.share.computed ? m.computed : (p.citations[0]?.quote ?? '');
        const precision = p.share.computed ? `${this.locale.term.derived}, ${q[p.share.qualifier]}` : q[p.share.qualifier];
        const measured = p.amount ?? this.#structure.total;
        rows.push([
          names(p.sectors),
          period,
          p.share.value,
          '%',
          precision,
          how,
          citationLines(model, p.citations),
          measured ? measureName(measured, lang) : '',
        ]);
      }
      if (p.amount) rows.push(figureRow(model, p.amount, names(p.sectors), lang));
    }
    if (rest)
      rows.push([
        m.rest,
        period,
        rest.bound === 'upper' ? `< ${rest.value}` : rest.bound === 'lower' ? `> ${rest.value}` : rest.value,
        '%',
        [
          this.locale.term.derived,
          ...(rest.bound === 'exact'
            ? []
            : [rest.bound === 'upper' ? this.locale.term.upperBound : q[rest.bound === 'lower' ? 'lower-bound' : 'approximate']]),
        ].join(', '),
        m.restHow,
        citationLines(model, rest.citations),
        '',
      ]);
    for (const p of portfolio) rows.push(factRow(model, names(p.sectors), id, m.named, p.citations, lang));
    return rows;
  }

  #summary({ structure: { parts, total }, period, names }: Pick<Pen, 'structure' | 'period' | 'names'>) {
    const { lang, term: m } = this.#t;
    const top = parts[0];
    if (!top?.share) return m.summaryNone(period);
    const { value, qualifier, computed, measure = 'exports' } = top.share;
    const words = formatAmountInWords(value, 'percent', shownQualifier(qualifier, computed), lang);
    const of = shared[lang].shareOf(words, measure, total ? measureName(total, lang) : '');
    return m.summary({
      period,
      sectors: lowerFirst(names(top.sectors), lang),
      share: `${of}${computed ? ` (${this.locale.term.derived})` : ''}`,
      amount: top.amount ? formatAmountInWords(top.amount.value, 'RUB', top.amount.qualifier, lang) : '',
      total: total ? formatAmount(total.value, 'RUB', total.qualifier, lang) : '',
    });
  }
}
