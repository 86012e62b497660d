import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { ComputedShare, Model, ResolvedFigure } from '../../data/model.js';
import { BY, defaultPeriod, ranking, rankingPeriods, type By, type Ranking, type RankingRow } from '../../data/selectors/exporters.js';
import { formatAmount, formatAmountInWords, formatList, formatPeriod } from '../../i18n/format.js';
import { pick, type Lang } from '../../i18n/lang.js';
import { shared } from '../../i18n/messages.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { factRow, figureRow, type CsvRow } from '../../shared/csv.js';
import { figureValue, figureWords, measureName, measureNames, periodText, shownQualifier } from '../../shared/figures.js';
import { lowerFirst, placesOf, sectorList } from '../../shared/names.js';
import { citationLines, SourceNotes } from '../../shared/sources.js';
import type { BarRow, Block } from '../../shared/picture.js';
import { messages } from './top-exporters.messages.js';
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
export class TopExporters extends ExportWidget {
  static override styles = [...ExportWidget.styles, widths, styles];

  /** The period: one the dataset ranks for `by` (with today's data `2025-H1` or `2025` by company, `2019` or `2021-Q1` by sector). Default: the latest. Any other shows a hint listing the valid ones. */
  @property() period?: string | number;

  /** How many ranked rows to show at most (a positive whole number). Those without a stated figure are always listed. */
  @property() limit?: string | number;

  /** What is ranked: `company` (exporters) or `sector`. */
  @property() by: By = 'company';

  readonly #t = new LocaleController(this, messages);
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
      this.#t.lang,
    );
  }

  /** A share with what it is of: «> 68 % экспорта»; a computed one as the kit rounds it, tagged apart by the caller. */
  #shareOf(share: ResolvedFigure | ComputedShare, lang: Lang, words = false) {
    const computed = !('figure' in share);
    const qualifier = shownQualifier(share.qualifier, computed);
    const text = (words ? formatAmountInWords : formatAmount)(share.value, 'percent', qualifier, lang);
    const name = 'figure' in share ? measureName(share, lang) : share.measure ? shared[lang].measure[share.measure] : '';
    return shared[lang].shareOf(text, share.measure ?? 'exports', name);
  }

  protected renderWidget(model: Model) {
    const { lang, term: m } = this.#t;
    const r = this.#ranking;
    if (!r) return html``;
    const notes = new SourceNotes(model, lang);
    const period = r.period ? formatPeriod(r.period, lang) : '';
    const zone = pick(model.dataset.zone.name, lang);
    const { total, ranked, context, unranked } = r;
    const measures = this.#measures;
    const heading = r.withheld && r.by === 'company' ? m.headingListed : m.heading[r.by];
    return html`<h2>${this.headingOr(r.period ? heading(zone, period) : zone)}</h2>
      <p class="summary">${this.#summary(r)}</p>
      ${
        total
          ? html`<p class="total">
              ${m.total(period)}${figureValue(total, lang)}${notes.marks(notes.cite(total.figure.citations))} (${measureName(total, lang)})
            </p>`
          : nothing
      }
      ${!ranked.length && !unranked.length ? html`<p>${m.empty}</p>` : nothing}
      ${
        ranked.length
          ? html`<h3>${r.withheld ? m.listed : m.ranked}${measures.length === 1 ? ` (${measures[0]})` : ''}</h3>
              ${
                r.withheld
                  ? html`<ul class="rows listed">
                      ${ranked.map((row) => this.#row(row, notes))}
                    </ul>`
                  : html`<ol class="rows">
                      ${ranked.map((row) => this.#row(row, notes))}
                    </ol>`
              }
              ${r.hidden ? html`<p class="meta">${m.more(ranked.length, ranked.length + r.hidden)}</p>` : nothing}`
          : nothing
      }
      ${
        context.length
          ? html`<h3>${m.context}</h3>
              <ul class="rows context">
                ${context.map((row) => this.#row(row, notes))}
              </ul>`
          : nothing
      }
      ${
        unranked.length
          ? html`<h3>${m.unranked[r.by]}</h3>
              <ul class="rows">
                ${unranked.map((row) => this.#row(row, notes))}
              </ul>`
          : nothing
      }
      ${this.#renderComputed(r, notes)} ${notes.render()}`;
  }

  /** How each computed share was worked out, with the notes of the amount and the total. */
  #renderComputed(r: Ranking, notes: SourceNotes) {
    const computed = r.ranked.flatMap((row) => this.#computed(row, r) ?? []);
    if (!computed.length) return nothing;
    return html`<ul class="notes">
      ${computed.map(({ text, citations }) => html`<li>${text}${notes.marks(notes.cite(citations))}</li>`)}
    </ul>`;
  }

  /** A share computed from a row's amount and the period's total: the formula in words and the citations behind it. */
  #computed(row: RankingRow, { total }: Ranking) {
    const share = row.computedShare;
    if (!share || !row.amount || !total) return undefined;
    const lang = this.#t.lang;
    const amount = (f: ResolvedFigure) => formatAmount(f.value, f.figure.unit, f.qualifier, lang);
    const text = this.#t.term.computedNote({
      name: this.#label(row),
      share: formatAmount(share.value, 'percent', shownQualifier(share.qualifier, true), lang),
      amount: amount(row.amount),
      total: amount(total),
    });
    return { text, share, citations: [...(row.amount.figure.citations ?? []), ...(total.figure.citations ?? [])] };
  }

  protected override csvRows(model: Model): CsvRow[] {
    const r = this.#ranking;
    const lang = this.#t.lang;
    const rows: CsvRow[] = [this.locale.term.csvHeader];
    for (const row of r ? [...r.ranked, ...r.context, ...r.unranked] : []) {
      const subject = this.#label(row);
      for (const f of [row.amount, row.share]) if (f) rows.push(figureRow(model, f, subject, lang));
      const computed = r && this.#computed(row, r);
      if (computed)
        rows.push([
          subject,
          r.period ? formatPeriod(r.period, lang) : '',
          computed.share.value,
          '%',
          `${this.locale.term.derived}, ${this.locale.term.qualifierName[computed.share.qualifier]}`,
          computed.text,
          citationLines(model, computed.citations),
          measureName(row.amount!, lang),
        ]);
      for (const d of row.destinations) {
        const what = [placesOf(d, lang), pick(d.products, lang)].filter(Boolean).join(': ');
        rows.push(factRow(model, subject, d.period, what, d.citations, lang, d.periodInferred));
      }
    }
    return rows;
  }

  /** One exporter or sector: name, stated figures and a bar when it has any, what it ships and where. */
  #row(row: RankingRow, notes: SourceNotes) {
    const { lang } = this.#t;
    const figures = [row.amount, row.share].filter((f) => f !== undefined);
    const value = (f: ResolvedFigure) => html`${this.#figure(row, f)}${notes.marks(notes.cite(f.figure.citations))}`;
    const sector = row.exporter && pick(this.data.value?.sectors.get(row.exporter.sector), lang);
    return html`<li class="row">
      <div class="line">
        <span class="name ${row.exporter && !row.exporter.name ? 'unnamed' : ''}"
          >${this.#label(row)}${notes.marks(notes.cite(row.citations))}</span
        >
        ${
          figures.length
            ? html`<span class="value"
                >${figures.map((f, i) => html`${i ? ', ' : ''}${value(f)}`)}${
                  row.computedShare
                    ? html`, ${this.#shareOf(row.computedShare, lang)} <span class="tag">${this.locale.term.derived}</span>`
                    : nothing
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

  /** A row's stated amount or share, with its own period and what it measures when the heading does not say it. */
  #figure(row: RankingRow, f: ResolvedFigure) {
    const lang = this.#t.lang;
    const ranked = this.#ranking?.ranked.includes(row);
    const about = [this.#own(f), !ranked || this.#measures.length > 1 ? measureName(f, lang) : ''].filter(Boolean);
    return `${f === row.share ? this.#shareOf(f, lang) : figureValue(f, lang)}${about.length ? ` (${about.join('; ')})` : ''}`;
  }

  /** Where a row's exports went, one line a delivery, with its own period as the source states it, or «дата не указана». */
  #destinations(row: RankingRow) {
    const { lang, term: m } = this.#t;
    const one = (d: RankingRow['destinations'][number]) => {
      const extra = [
        pick(d.products, lang),
        periodText(d.period, d.periodInferred, lang),
        d.role === 'new' ? m.new : '',
        d.status === 'ongoing' ? m.ongoing : '',
      ].filter(Boolean);
      return `${placesOf(d, lang)} (${extra.join(', ')})`;
    };
    return row.destinations.map(one);
  }

  protected override pictureContent(model: Model) {
    const { lang, term: m } = this.#t;
    const r = this.#ranking;
    const zone = pick(model.dataset.zone.name, lang);
    if (!r) return { heading: this.headingOr(zone), blocks: [] };
    const period = r.period ? formatPeriod(r.period, lang) : '';
    const heading = this.headingOr(r.period ? (r.withheld && r.by === 'company' ? m.headingListed : m.heading[r.by])(zone, period) : zone);
    const summary = this.#summary(r);
    const derived = this.locale.term.derived;
    const bar = (row: RankingRow): BarRow => {
      const figures = [row.amount, row.share].filter((f) => f !== undefined).map((f) => this.#figure(row, f));
      if (row.computedShare) figures.push(`${this.#shareOf(row.computedShare, lang)} (${derived})`);
      const where = this.#destinations(row);
      const meta = [
        row.exporter ? `${pick(model.sectors.get(row.exporter.sector), lang)} — ${pick(row.exporter.products, lang)}` : '',
        where.length ? `${m.to}${where.join('; ')}` : '',
        ...[row.amount, row.share].map((f) => (f?.figure.note ? pick(f.figure.note, lang) : '')),
      ];
      return { label: this.#label(row), value: figures.join(', '), fill: row.bar ? row.bar / 100 : undefined, meta: meta.filter(Boolean) };
    };
    const blocks: Block[] = typeof summary === 'string' ? [{ text: summary, style: 'muted' }] : [];
    if (r.total) blocks.push({ text: `${m.total(period)}${figureValue(r.total, lang)} (${measureName(r.total, lang)})` });
    if (!r.ranked.length && !r.unranked.length) blocks.push({ text: m.empty });
    const section = (title: string, rows: readonly RankingRow[]) =>
      rows.length && blocks.push({ text: title, style: 'title' }, { bars: rows.map(bar) });
    section(`${r.withheld ? m.listed : m.ranked}${this.#measures.length === 1 ? ` (${this.#measures[0]})` : ''}`, r.ranked);
    if (r.hidden) blocks.push({ text: m.more(r.ranked.length, r.ranked.length + r.hidden), style: 'muted' });
    section(m.context, r.context);
    section(m.unranked[r.by], r.unranked);
    for (const row of r.ranked) {
      const computed = this.#computed(row, r);
      if (computed) blocks.push({ text: computed.text, style: 'muted' });
    }
    return { heading, blocks };
  }

  /** Where a row's exports went, with what, when and how, each with its note. */
  #renderDestinations(row: RankingRow, notes: SourceNotes) {
    if (!row.destinations.length) return nothing;
    const lines = this.#destinations(row);
    return html`<p class="meta">
      ${this.#t.term.to}${row.destinations.map((d, i) => html`${i ? '; ' : ''}${lines[i]}${notes.marks(notes.cite(d.citations))}`)}
    </p>`;
  }

  /** The exporter's name in the widget's language, the unnamed resident as such, or the sectors. */
  #label(row: RankingRow, inSentence = false): string {
    const { lang, term } = this.#t;
    if (row.exporter) return row.exporter.name ? pick(row.exporter.name, lang) : inSentence ? lowerFirst(term.unnamed, lang) : term.unnamed;
    return this.data.value ? sectorList(this.data.value, row.sectors, lang, inSentence) : '';
  }

  /** The figure's own period, when it differs from the chosen one: «137 млн ₽ (2025)». */
  #own({ figure: f }: ResolvedFigure) {
    return f.period && (f.period !== this.#ranking?.period || f.periodInferred) ? periodText(f.period, f.periodInferred, this.#t.lang) : '';
  }

  /** One sentence: the top row with its stated figures. */
  #summary(r: Ranking) {
    const { lang, term: m } = this.#t;
    const period = r.period ? formatPeriod(r.period, lang) : '';
    const top = r.ranked[0];
    if (!top) return r.period ? m.noFigures(period) : nothing;
    if (r.withheld) {
      const names = measureNames(
        r.ranked.flatMap((row) => [row.amount, row.share]),
        lang,
      );
      const parts = formatList(
        r.parts.map((p) => formatPeriod(p, lang)),
        lang,
      );
      return m.withheld[r.withheld](r.by, period, parts, formatList(names, lang));
    }
    const values = [
      top.amount && figureWords(top.amount, lang),
      top.share && this.#shareOf(top.share, lang, true),
      top.computedShare && `${this.#shareOf(top.computedShare, lang, true)} (${this.locale.term.derived})`,
    ].filter(Boolean);
    const name = top.exporter?.name ? m.quoted(this.#label(top)) : this.#label(top, true);
    return m.summary[r.by](period, name, values.join(', '));
  }
}
