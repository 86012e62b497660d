import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Model } from '../../data/model.js';
import type { Citation, Figure } from '../../data/schema.js';
import { cardIds, keyFigures, type Card } from '../../data/selectors/key-figures.js';
import { formatAmount, formatDate, formatGrowth, formatPeriod, growthText, qualify } from '../../i18n/format.js';
import { citationsOf, figureValue, measureName, periodText } from '../../shared/figures.js';
import { pick } from '../../i18n/lang.js';
import { describeValue } from '../../lib/attribute-text.js';
import { isolate } from '../../lib/bidi.js';
import { derivationNote, derivedTag } from '../../shared/derived.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { figureRow, type CsvRow } from '../../shared/csv.js';
import { sectorList } from '../../shared/names.js';
import { SourceNotes } from '../../shared/sources.js';
import { messages, type KeyFiguresTerms } from './key-figures.messages.js';
import { styles } from './key-figures.styles.js';

const LAYOUTS = ['row', 'grid'] as const;
type Layout = (typeof LAYOUTS)[number];

/**
 * The zone in a few numbers: headline cards, each with its qualifier (≈, >), a short label, the period or the date
 * the figure is current to, and source note marks that open the exact quote.
 *
 * @tag key-figures
 * @summary Headline figures of the zone as cards, each with its date and source.
 * @csspart card - One figure's card.
 */
export class KeyFigures extends ExportWidget<KeyFiguresTerms> {
  static override styles = [...ExportWidget.styles, styles];

  constructor() {
    super(messages);
  }

  /**
   * Space-separated ids of the figures to show, in that order: `latest-export`, `cumulative-export`, `countries`
   * (the latest of each), or any figure id of the dataset (`residents`, `area`, `investment`, `plan-2030-jobs`,
   * `technoparks-sites`…). Default: `latest-export cumulative-export residents area`.
   */
  @property() figures?: string | readonly string[];

  /** `row`: the cards side by side in one line when there is room; `grid`: two or three to a line. */
  @property() layout: Layout = 'row';

  #layout: Layout = 'row';
  #cards: Card[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#layout = this.allowed('layout', this.layout, LAYOUTS, 'row');
    const model = this.data.value;
    if (!model) return;
    const { term } = this.locale;
    const hint = (ids: string, all: boolean) => `${term.unknown(ids, cardIds(model).join(', '))}${all ? ` ${term.fallback}` : ''}`;
    const ids = (this.text(this.figures, (shown) => hint(shown, true)) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const { cards, unknown } = keyFigures(model, ids);
    this.#cards = cards;
    if (unknown.length) this.hints.push(hint(isolate(describeValue(unknown.join(', '))), unknown.length === ids.length));
  }

  protected renderWidget(model: Model) {
    const { lang, term } = this.locale;
    const notes = new SourceNotes(model, lang);
    const years = [
      ...new Set(this.#cards.flatMap((c) => this.#citations(c).flatMap((q) => model.sources.get(q.source)?.published.slice(0, 4) ?? []))),
    ].sort();
    const span = years.length > 1 ? term.years(`${years[0]}–${years.at(-1)}`) : term.yearLabel(years[0] ?? '');
    // The city's figures (technoparks, Made in Moscow) are not the zone's: they never stand under its name.
    const zone = pick(model.dataset.zone.name, lang);
    const own = this.#cards.filter((c) => c.figure.figure.kind !== 'city');
    const city = this.#cards.filter((c) => c.figure.figure.kind === 'city');
    const cards = (list: Card[]) => html`<dl class="cards ${this.#layout}">${list.map((card) => this.#card(model, card, notes))}</dl>`;
    return html`<h2>${this.headingOr(own.length ? term.heading(zone) : term.cityHeading(zone))}</h2>
      <p class="summary">${term.summary(span)}</p>
      ${own.length ? cards(own) : nothing} ${own.length && city.length ? html`<h3>${term.cityHeading(zone)}</h3>` : nothing}
      ${city.length ? cards(city) : nothing} ${notes.render()}`;
  }

  protected override csvRows(model: Model): CsvRow[] {
    const { lang, term } = this.locale;
    const rows: CsvRow[] = [term.csvHeader];
    // The period column says what the card says: the period, or the date a figure is current to.
    for (const { figure, growth, companion } of this.#cards)
      for (const shown of [figure, growth, companion])
        if (shown)
          rows.push(figureRow(model, shown, this.#label(model, shown.figure), lang).with(1, this.#when(model, shown.figure) ?? ''));
    return rows;
  }

  #label(model: Model, figure: Figure): string {
    const { lang, term } = this.locale;
    if (figure.label) return pick(figure.label, lang);
    return term.kinds[figure.kind]?.(this.#what(model, figure)) ?? figure.kind;
  }

  #card(model: Model, { figure: resolved, growth, companion }: Card, notes: SourceNotes) {
    const { lang, term } = this.locale;
    const { figure } = resolved;
    const value =
      figure.kind === 'growth'
        ? qualify(formatGrowth(resolved.value, figure.unit as 'percent', lang), resolved.qualifier, lang)
        : figureValue(resolved, lang);
    const when = this.#when(model, figure);
    const measure = measureName(resolved, lang);
    const note = resolved.derived ? derivationNote(resolved, lang, notes) : figure.note && pick(figure.note, lang);
    return html`<div class="card" part="card">
      <dt>${this.#label(model, figure)}</dt>
      <dd class="value">${value}${resolved.derived ? derivedTag(lang) : notes.marks(figure.citations)}</dd>
      ${measure ? html`<dd class="measure">${measure}</dd>` : nothing}
      ${
        growth
          ? html`<dd class="growth">
              ${term.growthVs(
                growthText(growth.value, growth.figure.unit as 'percent' | 'times', lang),
                formatPeriod(growth.figure.basePeriod, lang),
              )}${notes.marks(growth.figure.citations)}
            </dd>`
          : nothing
      }
      ${when ? html`<dd class="when">${when}</dd>` : nothing} ${note ? html`<dd class="note">${note}</dd>` : nothing}
      ${
        companion
          ? html`<dd class="note">
              ${pick(companion.figure.label, lang)}:
              ${formatAmount(companion.value, companion.figure.unit, companion.qualifier, lang)}${
                companion.figure.note ? ` — ${pick(companion.figure.note, lang)}` : ''
              }${notes.marks(companion.figure.citations)}
            </dd>`
          : nothing
      }
    </div>`;
  }

  /** The period a figure is of, or the date it is current to: its source's date when it names no period. */
  #when(model: Model, figure: Figure) {
    const { lang, term } = this.locale;
    const date = (iso: string) => (iso.length === 4 ? term.yearLabel(iso) : formatDate(iso, lang));
    if (!figure.period) {
      const source = model.sources.get(figure.citations?.[0]?.source ?? '');
      return source && `${term.asOf(date(source.published))}${source.dateInferred ? ` (${term.dateInferred})` : ''}`;
    }
    if (figure.periodInferred) return periodText(figure.period, true, lang);
    if (figure.kind === 'cumulative-export')
      return term.asOf(figure.period.length === 4 ? date(figure.period) : formatPeriod(figure.period, lang));
    return figure.basePeriod
      ? term.growthVs({ text: formatPeriod(figure.period, lang) }, formatPeriod(figure.basePeriod, lang))
      : formatPeriod(figure.period, lang);
  }

  /** The sectors or the exporter a figure is about; an unnamed resident stays unnamed. */
  #what(model: Model, figure: Figure) {
    const { lang, term } = this.locale;
    if (figure.sectors) return sectorList(model, figure.sectors, lang);
    const exporter = figure.exporter ? model.exporters.get(figure.exporter) : undefined;
    if (!exporter) return '';
    return exporter.name ? pick(exporter.name, lang) : `${term.resident} (${pick(exporter.products, lang)})`;
  }

  #citations({ figure, growth, companion }: Card): Citation[] {
    return [...citationsOf(figure), ...(growth?.figure.citations ?? []), ...(companion?.figure.citations ?? [])];
  }
}
