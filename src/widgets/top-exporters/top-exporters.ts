import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { ComputedShare, Model, ResolvedFigure } from '../../data/model.js';
import { BY, defaultPeriod, ranking, rankingPeriods, type By, type Ranking, type RankingRow } from '../../data/selectors/exporters.js';
import { formatAmount, formatAmountInWords, formatList, formatPeriod } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { factRow, figureRow, precision, type CsvRow } from '../../shared/csv.js';
import { derivedTag } from '../../shared/derived.js';
import { figureValue, figureWords, measureName, measureNames, periodText, shownQualifier, tagDerived } from '../../shared/figures.js';
import { lowerFirst, placesOf, sectorList } from '../../shared/names.js';
import { citationLines, SourceNotes } from '../../shared/sources.js';
import { messages, type ExportersTerms } from './top-exporters.messages.js';
import { styles, widths } from './top-exporters.styles.js';

/**
 * Which companies of the zone export, and how much: exporters (or sectors) of a period ranked by the export revenue
 * the sources state, as bars over a real list; then those the sources name without a figure, with what they ship and
 * where. Unnamed residents stay unnamed; shares are computed only from figures of the same period, and marked.
 *
 * @tag top-exporters
 * @summary Exporters or sectors of a period, ranked by the amounts the sources state.
 * @cssproperty [--ew-bar=var(--ew-series-1)] - Colour of the bars.
 */
export class TopExporters extends ExportWidget<ExportersTerms> {
  static override styles = [...ExportWidget.styles, widths, styles];

  constructor() {
    super(messages);
  }

  /** The period: one the dataset ranks for `by` (with today's data `2025-H1` or `2025` by company, `2019` or `2021-Q1` by sector). Default: the latest. Any other shows a hint listing the valid ones. */
  @property() period?: string | number;

  /** How many ranked rows to show at most (a positive whole number). Those without a stated figure are always listed. */
  @property() limit?: string | number;

  /** What is ranked: `company` (exporters) or `sector`. */
  @property() by: By = 'company';

  #ranking?: Ranking;
  /** The measures of the ranked rows, named: one is said once in their heading, several value by value. */
  #measures: string[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const by = this.allowed('by', this.by, BY, 'company');
    const limit = this.count('limit', this.limit, 5) ?? 5;
    const model = this.data.value;
    if (!model) return;
    const periods = rankingPeriods(model, by);
    const fallback = defaultPeriod(periods, model.dataset.asOf);
    const period = fallback ? this.allowed('period', this.period, periods, fallback) : undefined;
    this.#ranking = ranking(model, { by, period, limit });
    this.#measures = measureNames(
      this.#ranking.ranked.flatMap((row) => [row.amount, row.share]),
      this.locale.lang,
    );
  }

  /** A share with what it is of: «> 68 % экспорта»; a computed one as the kit rounds it, tagged apart by the caller. */
  #shareOf(share: ResolvedFigure | ComputedShare, words = false) {
    const { lang, term } = this.locale;
    const computed = !('figure' in share);
    const qualifier = shownQualifier(share.qualifier, computed);
    const text = (words ? formatAmountInWords : formatAmount)(share.value, 'percent', qualifier, lang);
    const name = 'figure' in share ? measureName(share, lang) : share.measure ? term.measure[share.measure] : '';
    return term.shareOf(text, share.measure ?? 'exports', name);
  }

  protected renderWidget(model: Model) {
    const { lang, term } = this.locale;
    const ranking = this.#ranking;
    if (!ranking) return html``;
    const notes = new SourceNotes(model, lang);
    const period = ranking.period ? formatPeriod(ranking.period, lang) : '';
    const zone = pick(model.dataset.zone.name, lang);
    const { total, ranked, context, unranked } = ranking;
    const measures = this.#measures;
    const heading = ranking.withheld && ranking.by === 'company' ? term.headingListed : term.heading[ranking.by];
    return html`<h2>${this.headingOr(ranking.period ? heading(zone, period) : zone)}</h2>
      <p class="summary">${this.#summary(ranking)}</p>
      ${
        total
          ? html`<p class="total">
              ${term.total(period)}${figureValue(total, lang)}${notes.marks(total.figure.citations)} (${measureName(total, lang)})
            </p>`
          : nothing
      }
      ${!ranked.length && !unranked.length ? html`<p>${term.empty}</p>` : nothing}
      ${
        ranked.length
          ? html`<h3>${ranking.withheld ? term.listed : term.ranked}${measures.length === 1 ? ` (${measures[0]})` : ''}</h3>
              ${
                ranking.withheld
                  ? html`<ul class="rows listed">
                      ${ranked.map((row) => this.#row(row, notes))}
                    </ul>`
                  : html`<ol class="rows">
                      ${ranked.map((row) => this.#row(row, notes))}
                    </ol>`
              }
              ${ranking.hidden ? html`<p class="meta">${term.more(ranked.length, ranked.length + ranking.hidden)}</p>` : nothing}`
          : nothing
      }
      ${
        context.length
          ? html`<h3>${term.context}</h3>
              <ul class="rows context">
                ${context.map((row) => this.#row(row, notes))}
              </ul>`
          : nothing
      }
      ${
        unranked.length
          ? html`<h3>${term.unranked[ranking.by]}</h3>
              <ul class="rows">
                ${unranked.map((row) => this.#row(row, notes))}
              </ul>`
          : nothing
      }
      ${this.#renderComputed(ranking, notes)} ${notes.render()}`;
  }

  /** How each computed share was worked out, with the notes of the amount and the total. */
  #renderComputed(ranking: Ranking, notes: SourceNotes) {
    const computed = ranking.ranked.flatMap((row) => this.#computed(row, ranking) ?? []);
    if (!computed.length) return nothing;
    return html`<ul class="notes">
      ${computed.map(({ text, citations }) => html`<li>${text}${notes.marks(citations)}</li>`)}
    </ul>`;
  }

  /** A share computed from a row's amount and the period's total: the formula in words and the citations behind it. */
  #computed(row: RankingRow, { total }: Ranking) {
    const share = row.computedShare;
    if (!share || !row.amount || !total) return undefined;
    const { lang, term } = this.locale;
    const amount = (f: ResolvedFigure) => formatAmount(f.value, f.figure.unit, f.qualifier, lang);
    const text = term.computedNote({
      name: this.#label(row),
      share: formatAmount(share.value, 'percent', shownQualifier(share.qualifier, true), lang),
      amount: amount(row.amount),
      total: amount(total),
    });
    return { text, share, amount: row.amount, citations: [...(row.amount.figure.citations ?? []), ...(total.figure.citations ?? [])] };
  }

  protected override csvRows(model: Model): CsvRow[] {
    const ranking = this.#ranking;
    const { lang, term } = this.locale;
    const rows: CsvRow[] = [term.csvHeader];
    for (const row of ranking ? [...ranking.ranked, ...ranking.context, ...ranking.unranked] : []) {
      const subject = this.#label(row);
      for (const figure of [row.amount, row.share]) if (figure) rows.push(figureRow(model, figure, subject, lang));
      const computed = ranking && this.#computed(row, ranking);
      if (computed)
        rows.push([
          subject,
          ranking.period ? formatPeriod(ranking.period, lang) : '',
          computed.share.value,
          '%',
          precision(computed.share.qualifier, true, lang),
          computed.text,
          citationLines(model, computed.citations),
          measureName(computed.amount, lang),
        ]);
      for (const destination of row.destinations) {
        const what = [placesOf(destination, lang), pick(destination.products, lang)].filter(Boolean).join(': ');
        rows.push(factRow(model, subject, destination.period, what, destination.citations, lang, destination.periodInferred));
      }
    }
    return rows;
  }

  /** One exporter or sector: name, stated figures and a bar when it has any, what it ships and where. */
  #row(row: RankingRow, notes: SourceNotes) {
    const { lang } = this.locale;
    const figures = [row.amount, row.share].filter((f) => f !== undefined);
    const ranked = this.#ranking?.ranked.includes(row);
    const value = (figure: ResolvedFigure) => {
      const about = [this.#own(figure), !ranked || this.#measures.length > 1 ? measureName(figure, lang) : ''].filter(Boolean);
      return html`${figure === row.share ? this.#shareOf(figure) : figureValue(figure, lang)}${about.length ? ` (${about.join('; ')})` : ''}${notes.marks(figure.figure.citations)}`;
    };
    const sector = row.exporter && pick(this.data.value?.sectors.get(row.exporter.sector), lang);
    return html`<li class="row">
      <div class="line">
        <span class="name ${row.exporter && !row.exporter.name ? 'unnamed' : ''}">${this.#label(row)}${notes.marks(row.citations)}</span>
        ${
          figures.length
            ? html`<span class="value"
                >${figures.map((f, i) => html`${i ? ', ' : ''}${value(f)}`)}${
                  row.computedShare ? html`, ${this.#shareOf(row.computedShare)}${derivedTag(lang)}` : nothing
                }</span
              >`
            : nothing
        }
      </div>
      ${row.bar ? html`<div class="bar w${row.bar} ${figures.some((f) => f.qualifier === 'lower-bound') ? 'lb' : ''}"></div>` : nothing}
      ${row.exporter ? html`<p class="meta">${sector} — ${pick(row.exporter.products, lang)}</p>` : nothing}
      ${this.#renderDestinations(row, notes)}
      ${figures.map((f) => (f.figure.note ? html`<p class="meta note">${pick(f.figure.note, lang)}</p>` : nothing))}
    </li>`;
  }

  /** Where a row's exports went, with what, when and how, each with its note. */
  #renderDestinations(row: RankingRow, notes: SourceNotes) {
    const { lang, term } = this.locale;
    if (!row.destinations.length) return nothing;
    return html`<p class="meta">
      ${term.to}${row.destinations.map((destination, i) => {
        // Every delivery with its own period as the source states it, or «дата не указана».
        const extra = [
          pick(destination.products, lang),
          periodText(destination.period, destination.periodInferred, lang),
          destination.role === 'new' ? term.new : '',
          destination.status === 'ongoing' ? term.ongoing : '',
        ].filter(Boolean);
        return html`${i ? '; ' : ''}${placesOf(destination, lang)} (${extra.join(', ')})${notes.marks(destination.citations)}`;
      })}
    </p>`;
  }

  /** The exporter's name in the widget's language, the unnamed resident as such, or the sectors. */
  #label(row: RankingRow, inSentence = false): string {
    const { lang, term } = this.locale;
    if (row.exporter) return row.exporter.name ? pick(row.exporter.name, lang) : inSentence ? lowerFirst(term.unnamed, lang) : term.unnamed;
    return this.data.value ? sectorList(this.data.value, row.sectors, lang, inSentence) : '';
  }

  /** The figure's own period, when it differs from the chosen one: «137 млн ₽ (2025)». */
  #own({ figure }: ResolvedFigure) {
    const { period, periodInferred } = figure;
    return period && (period !== this.#ranking?.period || periodInferred) ? periodText(period, periodInferred, this.locale.lang) : '';
  }

  /** One sentence: the top row with its stated figures. */
  #summary(ranking: Ranking) {
    const { lang, term } = this.locale;
    const period = ranking.period ? formatPeriod(ranking.period, lang) : '';
    const top = ranking.ranked[0];
    if (!top) return ranking.period ? term.noFigures(period) : nothing;
    if (ranking.withheld) {
      const names = measureNames(
        ranking.ranked.flatMap((row) => [row.amount, row.share]),
        lang,
      );
      const parts = formatList(
        ranking.parts.map((p) => formatPeriod(p, lang)),
        lang,
      );
      return term.withheld[ranking.withheld](ranking.by, period, parts, formatList(names, lang));
    }
    const values = [
      top.amount && figureWords(top.amount, lang),
      top.share && this.#shareOf(top.share, true),
      top.computedShare && tagDerived(this.#shareOf(top.computedShare, true), true, lang),
    ].filter(Boolean);
    const name = top.exporter?.name ? term.quoted(this.#label(top)) : this.#label(top, true);
    return term.summary[ranking.by](period, name, values.join(', '));
  }
}
