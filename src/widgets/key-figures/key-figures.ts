import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import type { Model } from '../../data/model.js';
import type { Citation, Figure } from '../../data/schema.js';
import { cardIds, keyFigures, type Card } from '../../data/selectors/key-figures.js';
import { formatAmount, formatDate, formatGrowth, formatPeriod, growthText, qualify } from '../../i18n/format.js';
import { figureValue, measureName, periodText } from '../../shared/figures.js';
import { pick } from '../../i18n/lang.js';
import { describeValue } from '../../lib/attribute-text.js';
import { isolate } from '../../lib/bidi.js';
import { derivationNote, derivationText } from '../../shared/derived.js';
import type { BarRow, Block } from '../../shared/picture.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { figureRow, type CsvRow } from '../../shared/csv.js';
import { sectorList } from '../../shared/names.js';
import { SourceNotes } from '../../shared/sources.js';
import { messages } from './key-figures.messages.js';
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
export class KeyFigures extends ExportWidget {
  static override styles = [...ExportWidget.styles, styles];

  /**
   * Space-separated ids of the figures to show, in that order: `latest-export`, `cumulative-export`, `countries`
   * (the latest of each), or any figure id of the dataset (`residents`, `area`, `investment`, `plan-2030-jobs`,
   * `technoparks-sites`…). Default: `latest-export cumulative-export residents area`.
   */
  @property() figures?: string | readonly string[];

  /** `row`: the cards side by side in one line when there is room; `grid`: two or three to a line. */
  @property() layout: Layout = 'row';

  readonly #t = new LocaleController(this, messages);
  #layout: Layout = 'row';
  #cards: Card[] = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.#layout = this.allowed('layout', this.layout, LAYOUTS, 'row');
    const model = this.data.value;
    if (!model) return;
    const m = this.#t.term;
    const hint = (ids: string, all: boolean) => `${m.unknown(ids, cardIds(model).join(', '))}${all ? ` ${m.fallback}` : ''}`;
    const ids = (this.text(this.figures, (shown) => hint(shown, true)) ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const { cards, unknown } = keyFigures(model, ids);
    this.#cards = cards;
    if (unknown.length) this.hints.push(hint(isolate(describeValue(unknown.join(', '))), unknown.length === ids.length));
  }

  protected renderWidget(model: Model) {
    const { lang, term: m } = this.#t;
    const notes = new SourceNotes(model, lang);
    const years = [
      ...new Set(this.#cards.flatMap((c) => this.#citations(c).flatMap((q) => model.sources.get(q.source)?.published.slice(0, 4) ?? []))),
    ].sort();
    const span = years.length > 1 ? m.years(`${years[0]}–${years.at(-1)}`) : m.year(years[0] ?? '');
    // The city's figures (technoparks, Made in Moscow) are not the zone's: they never stand under its name.
    const zone = pick(model.dataset.zone.name, lang);
    const own = this.#cards.filter((c) => c.figure.figure.kind !== 'city');
    const city = this.#cards.filter((c) => c.figure.figure.kind === 'city');
    const cards = (list: Card[]) => html`<dl class="cards ${this.#layout}">${list.map((card) => this.#card(model, card, notes))}</dl>`;
    return html`<h2>${this.headingOr(own.length ? m.heading(zone) : m.cityHeading(zone))}</h2>
      <p class="summary">${m.summary(span)}</p>
      ${own.length ? cards(own) : nothing} ${own.length && city.length ? html`<h3>${m.cityHeading(zone)}</h3>` : nothing}
      ${city.length ? cards(city) : nothing} ${notes.render()}`;
  }

  protected override pictureContent(model: Model) {
    const { lang, term: m } = this.#t;
    const zone = pick(model.dataset.zone.name, lang);
    const row = ({ figure: resolved, growth, companion }: Card): BarRow => {
      const f = resolved.figure;
      const value =
        f.kind === 'growth'
          ? qualify(formatGrowth(resolved.value, f.unit as 'percent', lang), resolved.qualifier, lang)
          : figureValue(resolved, lang);
      const growthLine =
        growth &&
        m.growthVs(growthText(growth.value, growth.figure.unit as 'percent' | 'times', lang), formatPeriod(growth.figure.basePeriod, lang));
      const companionLine =
        companion &&
        `${pick(companion.figure.label, lang)}: ${formatAmount(companion.value, companion.figure.unit, companion.qualifier, lang)}${
          companion.figure.note ? ` — ${pick(companion.figure.note, lang)}` : ''
        }`;
      const note = resolved.derived ? derivationText(resolved, lang) : f.note && pick(f.note, lang);
      const meta = [measureName(resolved, lang), growthLine, this.#when(model, f), note, companionLine];
      return {
        label: this.#label(model, f),
        value: resolved.derived ? `${value} (${this.locale.term.derived})` : value,
        meta: meta.filter((line): line is string => !!line),
      };
    };
    const own = this.#cards.filter((c) => c.figure.figure.kind !== 'city');
    const city = this.#cards.filter((c) => c.figure.figure.kind === 'city');
    const blocks: Block[] = [{ bars: own.map(row) }];
    if (own.length && city.length) blocks.push({ text: m.cityHeading(zone), style: 'title' });
    if (city.length) blocks.push({ bars: city.map(row) });
    return { heading: this.headingOr(own.length ? m.heading(zone) : m.cityHeading(zone)), blocks };
  }

  protected override csvRows(model: Model): CsvRow[] {
    const lang = this.#t.lang;
    const rows: CsvRow[] = [this.locale.term.csvHeader];
    // The period column says what the card says: the period, or the date a figure is current to.
    for (const { figure, growth, companion } of this.#cards)
      for (const f of [figure, growth, companion])
        if (f) rows.push(figureRow(model, f, this.#label(model, f.figure), lang).with(1, this.#when(model, f.figure) ?? ''));
    return rows;
  }

  #label(model: Model, f: Figure): string {
    const { lang, term } = this.#t;
    if (f.label) return pick(f.label, lang);
    return term.kinds[f.kind]?.(this.#what(model, f)) ?? f.kind;
  }

  #card(model: Model, { figure: resolved, growth, companion }: Card, notes: SourceNotes) {
    const { lang, term: m } = this.#t;
    const f = resolved.figure;
    const cite = (citations: readonly Citation[] | undefined) => notes.marks(notes.cite(citations));
    const value =
      f.kind === 'growth'
        ? qualify(formatGrowth(resolved.value, f.unit as 'percent', lang), resolved.qualifier, lang)
        : figureValue(resolved, lang);
    const when = this.#when(model, f);
    const measure = measureName(resolved, lang);
    const note = resolved.derived ? derivationNote(resolved, lang, notes) : f.note && pick(f.note, lang);
    return html`<div class="card" part="card">
      <dt>${this.#label(model, f)}</dt>
      <dd class="value">${value}${resolved.derived ? html` <span class="tag">${this.locale.term.derived}</span>` : cite(f.citations)}</dd>
      ${measure ? html`<dd class="measure">${measure}</dd>` : nothing}
      ${
        growth
          ? html`<dd class="growth">
              ${m.growthVs(
                growthText(growth.value, growth.figure.unit as 'percent' | 'times', lang),
                formatPeriod(growth.figure.basePeriod, lang),
              )}${cite(growth.figure.citations)}
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
              }${cite(companion.figure.citations)}
            </dd>`
          : nothing
      }
    </div>`;
  }

  /** The period a figure is of, or the date it is current to: its source's date when it names no period. */
  #when(model: Model, f: Figure) {
    const { lang, term: m } = this.#t;
    const date = (d: string) => (d.length === 4 ? m.year(d) : formatDate(d, lang));
    if (!f.period) {
      const source = model.sources.get(f.citations?.[0]?.source ?? '');
      return source && `${m.asOf(date(source.published))}${source.dateInferred ? ` (${this.locale.term.dateInferred})` : ''}`;
    }
    if (f.periodInferred) return periodText(f.period, true, lang);
    if (f.kind === 'cumulative-export') return m.asOf(f.period.length === 4 ? date(f.period) : formatPeriod(f.period, lang));
    return f.basePeriod
      ? m.growthVs({ text: formatPeriod(f.period, lang) }, formatPeriod(f.basePeriod, lang))
      : formatPeriod(f.period, lang);
  }

  /** The sectors or the exporter a figure is about; an unnamed resident stays unnamed. */
  #what(model: Model, f: Figure) {
    const { lang, term } = this.#t;
    if (f.sectors) return sectorList(model, f.sectors, lang);
    const exporter = f.exporter ? model.exporters.get(f.exporter) : undefined;
    if (!exporter) return '';
    return exporter.name ? pick(exporter.name, lang) : `${term.resident} (${pick(exporter.products, lang)})`;
  }

  #citations({ figure, growth, companion }: Card): Citation[] {
    const own = figure.derived
      ? [...(figure.derived.from.figure.citations ?? []), ...(figure.derived.growth.figure.citations ?? [])]
      : figure.figure.citations;
    return [...(own ?? []), ...(growth?.figure.citations ?? []), ...(companion?.figure.citations ?? [])];
  }
}
