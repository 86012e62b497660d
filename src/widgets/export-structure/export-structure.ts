import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Model } from '../../data/model.js';
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
import { ExportWidget } from '../../shared/export-widget.js';
import { measureName, shownQualifier, tagDerived } from '../../shared/figures.js';
import { derivedTag } from '../../shared/derived.js';
import { factRow, figureRow, precision, type CsvRow } from '../../shared/csv.js';
import { lowerFirst, sectorList } from '../../shared/names.js';
import { citationLines, SourceNotes } from '../../shared/sources.js';
import { VIEWS, viewToggle, type View } from '../../shared/view-toggle.js';
import { bar, hatchDefs } from './export-structure.bar.js';
import { messages, type StructureTerms } from './export-structure.messages.js';
import { styles } from './export-structure.styles.js';

/** The remainder with the mark its shares carry through the subtraction: < 7 %, > 50 %, ≈ 30 %, 49,4 %. */
const restValue = ({ value, bound }: Remainder, lang: Lang) =>
  bound === 'upper'
    ? `<\u00a0${formatPercent(value, lang)}`
    : formatAmount(value, 'percent', bound === 'lower' ? 'lower-bound' : bound, lang);

/** What one render of the structure reads: the structure, its source notes, its period and sectors in words. */
interface StructureContext {
  readonly structure: Structure;
  readonly notes: SourceNotes;
  readonly period: string;
  names(ids: readonly string[]): string;
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
export class ExportStructure extends ExportWidget<StructureTerms> {
  static override styles = [...ExportWidget.styles, styles];

  constructor() {
    super(messages);
  }

  /** The period to show, e.g. `2019` or `2021-Q1`. Defaults to the latest period the data breaks down by sector. */
  @property() period?: string | number;

  /** What is shown first: `chart` (bars on a 0–100 % scale) or `table`. A toggle in the widget switches. */
  @property() view: View = 'chart';

  @state() private shown?: View;
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
    const { lang, term } = this.locale;
    const zone = pick(model.dataset.zone.name, lang);
    const structure = this.#structure;
    if (!structure)
      return html`<h2>${this.headingOr(term.heading(zone))}</h2>
        <p>${term.empty}</p>`;
    const notes = new SourceNotes(model, lang);
    const context: StructureContext = {
      structure,
      notes,
      period: formatPeriod(structure.period, lang),
      names: (ids) => sectorList(model, ids, lang),
    };
    const heading = this.headingOr(term.heading(zone, context.period));
    const table = this.shown === 'table';
    return html`<h2>${heading}</h2>
      <p class="summary">${this.#summary(context)}</p>
      ${viewToggle(this.shown, term, (view) => (this.shown = view))}
      ${
        // The chart view is already text (names, values, notes): the table is its alternative view, not a duplicate.
        table ? this.#renderTable(heading, context) : this.#renderChart(context)
      }
      ${structure.portfolio.map((named) => html`<p class="also">${term.also(context.names(named.sectors))}${notes.marks(named.citations)}</p>`)}
      ${notes.render()}`;
  }

  #share(share: Share) {
    const { lang } = this.locale;
    return html`${formatAmount(share.value, 'percent', shownQualifier(share.qualifier, share.computed), lang)}${share.computed ? derivedTag(lang) : nothing}`;
  }

  /** A sector's amount; named by its measure when the total counts something else (revenue beside high-tech exports). */
  #amount(part: StructurePart) {
    const { amount } = part;
    if (!amount) return '';
    const lang = this.locale.lang;
    const other = amount.measure !== this.#structure?.total?.measure ? ` (${measureName(amount, lang)})` : '';
    return `${formatAmount(amount.value, 'RUB', amount.qualifier, lang)}${other}`;
  }

  #total({ structure: { total }, notes }: StructureContext) {
    return total
      ? html`${formatAmount(total.value, 'RUB', total.qualifier, this.locale.lang)}${notes.marks(total.figure.citations)}
        (${measureName(total, this.locale.lang)})`
      : nothing;
  }

  #restText({ rest }: Structure) {
    return rest && html`${restValue(rest, this.locale.lang)}${derivedTag(this.locale.lang)}`;
  }

  /** How far a lower-bound share may reach beyond its bound: at most the part not broken down. */
  #open(structure: Structure, share?: Share) {
    return share?.qualifier === 'lower-bound' ? (structure.rest?.value ?? 0) : 0;
  }

  #label(part: StructurePart, context: StructureContext) {
    return html`${context.names(part.sectors)}${part.note ? html` <small>${pick(part.note, this.locale.lang)}</small>` : nothing}`;
  }

  #renderChart(context: StructureContext) {
    const { structure } = context;
    const { term } = this.locale;
    return html`<div class="chart">
      ${hatchDefs} ${structure.total ? html`<p class="total">${term.total}, ${context.period}: ${this.#total(context)}</p>` : nothing}
      <ul class="rows">
        ${structure.parts.map(
          (part) =>
            html`<li>
              <span class="label">${this.#label(part, context)}</span>
              <span class="value"
                >${part.share ? this.#share(part.share) : nothing}${part.share && part.amount ? html` · ` : nothing}${this.#amount(part)}${context.notes.marks(part.citations)}</span
              >
              ${bar(part.share?.value ?? 0, this.#open(structure, part.share), part.share?.computed ? 'computed' : 'fill')}
            </li>`,
        )}
        ${this.#renderRestRow(context)}
      </ul>
      ${this.#renderLegend(structure)}
    </div>`;
  }

  #renderRestRow({ structure, notes }: StructureContext) {
    const { rest } = structure;
    if (!rest) return nothing;
    return html`<li class="rest">
      <span class="label">${this.locale.term.rest}</span>
      <span class="value">${this.#restText(structure)}${notes.marks(rest.citations)}</span>
      ${bar(rest.value, 0, 'remainder')}
    </li>`;
  }

  /** What each look of a bar means; the part not broken down has one look in every period, named here. */
  #renderLegend(structure: Structure) {
    const { term } = this.locale;
    const { parts, rest } = structure;
    const legend = [
      ...(parts.some((part) => this.#open(structure, part.share)) ? [[0, 100, '', term.open] as const] : []),
      ...(parts.some((part) => part.share?.computed) ? [[100, 0, 'computed', term.computed] as const] : []),
      ...(rest ? [[100, 0, 'remainder', term.restLegend] as const] : []),
    ];
    if (!legend.length) return nothing;
    return html`<ul class="legend">
      ${legend.map(([value, dashed, kind, text]) => html`<li>${bar(value, dashed, kind)}${text}</li>`)}
    </ul>`;
  }

  #renderTable(heading: string, context: StructureContext) {
    const { term } = this.locale;
    return html`<div class="table">
      <table>
        <caption>
          ${heading}
        </caption>
        <thead>
          <tr>
            <th scope="col">${term.sectors}</th>
            <th scope="col" class="num">${term.share}</th>
            <th scope="col" class="num">${term.amount}</th>
          </tr>
        </thead>
        <tbody>
          ${context.structure.parts.map(
            (part) =>
              html`<tr>
                <th scope="row">${this.#label(part, context)}</th>
                <td class="num" data-label=${term.share}>
                  ${part.share ? html`${this.#share(part.share)}${context.notes.marks(part.citations)}` : '—'}
                </td>
                <td class="num" data-label=${term.amount}>
                  ${part.amount ? html`${this.#amount(part)}${context.notes.marks(part.amount.figure.citations)}` : '—'}
                </td>
              </tr>`,
          )}
          ${this.#renderTableEnd(context)}
        </tbody>
      </table>
    </div>`;
  }

  /** The rows after the sectors: the part not broken down and the whole. */
  #renderTableEnd(context: StructureContext) {
    const { term } = this.locale;
    const { rest, total } = context.structure;
    return html`${
      rest
        ? html`<tr>
            <th scope="row">${term.rest}</th>
            <td class="num" data-label=${term.share}>${this.#restText(context.structure)}${context.notes.marks(rest.citations)}</td>
            <td class="num" data-label=${term.amount}>—</td>
          </tr>`
        : nothing
    }
    ${
      total
        ? html`<tr class="sum">
            <th scope="row">${term.total}</th>
            <td class="num" data-label=${term.share}>${formatPercent(100, this.locale.lang)}</td>
            <td class="num" data-label=${term.amount}>${this.#total(context)}</td>
          </tr>`
        : nothing
    }`;
  }

  protected override csvRows(model: Model): CsvRow[] {
    const { lang, term } = this.locale;
    const qualifierName = term.qualifierName;
    const rows: CsvRow[] = [term.csvHeader];
    if (!this.#structure) return rows;
    const { period: id, parts, rest, portfolio } = this.#structure;
    const names = (ids: readonly string[]) => sectorList(model, ids, lang);
    const period = formatPeriod(id, lang);
    for (const part of parts) {
      if (part.share) {
        const how = part.share.computed ? term.computed : (part.citations[0]?.quote ?? '');
        const measured = part.amount ?? this.#structure.total;
        rows.push([
          names(part.sectors),
          period,
          part.share.value,
          '%',
          precision(part.share.qualifier, part.share.computed, lang),
          how,
          citationLines(model, part.citations),
          measured ? measureName(measured, lang) : '',
        ]);
      }
      if (part.amount) rows.push(figureRow(model, part.amount, names(part.sectors), lang));
    }
    if (rest)
      rows.push([
        term.rest,
        period,
        rest.bound === 'upper' ? `< ${rest.value}` : rest.bound === 'lower' ? `> ${rest.value}` : rest.value,
        '%',
        [
          term.derived,
          ...(rest.bound === 'exact'
            ? []
            : [rest.bound === 'upper' ? term.upperBound : qualifierName[rest.bound === 'lower' ? 'lower-bound' : 'approximate']]),
        ].join(', '),
        term.restHow,
        citationLines(model, rest.citations),
        '',
      ]);
    for (const named of portfolio) rows.push(factRow(model, names(named.sectors), id, term.named, named.citations, lang));
    return rows;
  }

  #summary({ structure: { parts, total }, period, names }: StructureContext) {
    const { lang, term } = this.locale;
    const top = parts[0];
    if (!top?.share) return term.summaryNone(period);
    const { value, qualifier, computed, measure = 'exports' } = top.share;
    const words = formatAmountInWords(value, 'percent', shownQualifier(qualifier, computed), lang);
    const of = term.shareOf(words, measure, total ? measureName(total, lang) : '');
    return term.summary({
      period,
      sectors: lowerFirst(names(top.sectors), lang),
      share: tagDerived(of, computed, lang),
      amount: top.amount ? formatAmountInWords(top.amount.value, 'RUB', top.amount.qualifier, lang) : '',
      total: total ? formatAmount(total.value, 'RUB', total.qualifier, lang) : '',
    });
  }
}
