import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Model } from '../../data/model.js';
import type { Destination } from '../../data/schema.js';
import { must } from '../../lib/periods.js';
import {
  GROUPINGS,
  destinationList,
  destinationPeriods,
  latestDestinationPeriod,
  type CountryRow,
  type DestinationOptions,
  type DestinationView,
  type Grouping,
} from '../../data/selectors/destinations.js';
import { countryName } from '../../i18n/countries.js';
import { formatList, formatPeriod, plural, qualify } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import { emit } from '../../shared/events.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { factRow, type CsvRow } from '../../shared/csv.js';
import { SourceNotes } from '../../shared/sources.js';
import { periodText } from '../../shared/figures.js';
import { placesOf } from '../../shared/names.js';
import { messages, type DestinationTerms } from './destination-list.messages.js';
import { styles } from './destination-list.styles.js';

/** A marker beside a country or an entry: «главный рынок», «впервые», «поставки идут». */
const markerTag = (text: string, kind?: string) => html` <span class=${kind ? `marker ${kind}` : 'marker'}>${text}</span>`;

/**
 * The countries the zone's residents export to, as the sources name them: grouped by region, with what is shipped
 * there and by whom, top and new markets and deliveries under way, the stated number of countries beside the named
 * ones, and the sources with their quotes.
 *
 * @tag destination-list
 * @summary Export destinations named in the sources, by region, with markers and quotes.
 * @fires {SelectDetail} ew-select - A reader opened a country; `detail` is `{ kind: 'country', id: 'KZ' }`.
 */
export class DestinationList extends ExportWidget<DestinationTerms> {
  static override styles = [...ExportWidget.styles, styles];

  constructor() {
    super(messages);
  }

  /** Which period: one of the dataset's destination periods (`2019`, `2021-Q1`, `2025`, …) or `all`, each country once with the period it is first named in. Default: the latest. */
  @property() period?: string | number;

  /** `region` (default) groups the countries under region headings; `none` gives one list. */
  @property({ attribute: 'group-by' }) groupBy: Grouping = 'region';

  /** Only one exporter's destinations: an exporter id from the dataset (`ncc`, `medplant`, `nex-t`, …). */
  @property() exporter?: string;

  /** Shows at most this many countries (a positive integer), top markets first; the rest are counted and a button shows them. */
  @property() limit?: string | number;

  @state() private expanded = false;
  #options: DestinationOptions = {};
  #view?: DestinationView;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.data.value;
    let exporter: string | undefined;
    let period: string | undefined;
    if (model) {
      exporter = this.allowed('exporter', this.exporter, [...model.exporters.keys()], this.locale.term.allExporters);
      exporter = model.exporters.has(exporter) ? exporter : undefined;
      period = this.allowed(
        'period',
        this.period,
        [...destinationPeriods(model), 'all'],
        latestDestinationPeriod(model, exporter) ?? 'all',
      );
    }
    const limit = this.count('limit', this.limit, undefined);
    if (changed.has('limit')) this.expanded = false;
    this.#options = {
      period,
      exporter,
      groupBy: this.allowed('group-by', this.groupBy, GROUPINGS, 'region'),
      limit: this.expanded ? undefined : limit,
    };
    this.#view = model && destinationList(model, this.#options);
  }

  protected renderWidget(model: Model) {
    const { lang, term } = this.locale;
    const notes = new SourceNotes(model, lang);
    const view = this.#view;
    if (!view) return html``;
    const all = view.period === 'all';
    const years = (view.firstNamed.length ? view.firstNamed.map((f) => f.period) : destinationPeriods(model)).map((p) => must(p).year);
    const range = { from: years[0] ?? '', to: years.at(-1) ?? '' };
    const shown = all ? `${range.from}–${range.to}` : formatPeriod(view.period, lang);
    const list = (rows: readonly CountryRow[]) =>
      html`<ul>
        ${rows.map((row) => this.#row(row, all, model, notes))}
      </ul>`;
    return html`<h2>${this.headingOr(term.heading(pick(model.dataset.zone.name, lang), shown))}</h2>
      <p class="summary">${view.rows.length ? this.#summary(model, view, range, shown) : term.empty}</p>
      ${this.#renderStated(view, notes)}${this.#renderExtents(view, notes)}${this.#renderGroups(view, model, notes)}
      <div class="groups">
        ${view.groups.map((group) =>
          group.region === 'none'
            ? list(group.rows)
            : html`<div class="group">
                <h3>
                  ${term.regions[group.region]}
                  <span class="count">(${group.rows.length < group.total ? term.of(group.rows.length, group.total) : group.total})</span>
                </h3>
                ${list(group.rows)}
              </div>`,
        )}
      </div>
      ${
        view.apart.length
          ? html`<div class="group apart">
              <h3>${term.apartHeading} <span class="count">(${view.apart.length})</span></h3>
              ${list(view.apart)}
            </div>`
          : nothing
      }
      ${
        view.hidden
          ? html`<p class="more">
              ${plural(view.hidden, lang, term.more)}
              <button type="button" @click=${() => (this.expanded = true)}>${term.showAll}</button>
            </p>`
          : nothing
      }
      ${notes.render()}`;
  }

  /** The numbers of countries the sources state, beside how many they name. */
  #renderStated(view: DestinationView, notes: SourceNotes) {
    const { lang, term } = this.locale;
    return view.stated.map(
      ({ figure: stated, named }) =>
        html`<p class="stated">
          ${term.stated(qualify(plural(stated.value, lang, term.countries), stated.qualifier, lang), formatPeriod(stated.figure.period, lang), named)}${notes.marks(stated.figure.citations)}
        </p>`,
    );
  }

  /** The sources' words for the whole geography («несколько десятков стран»), beside how many they name. */
  #renderExtents(view: DestinationView, notes: SourceNotes) {
    const { lang, term } = this.locale;
    return view.extents.map(
      (destination) =>
        html`<p class="stated">
          ${term.extent(pick(destination.extent, lang), destination.countries.length)}${notes.marks(destination.citations)}
        </p>`,
    );
  }

  /**
   * Groups of countries the sources name («страны СНГ»): beside the countries, never counted among them. Only the
   * groups: the countries of the same sentence are in the list above.
   */
  #renderGroups(view: DestinationView, model: Model, notes: SourceNotes) {
    const { lang, term } = this.locale;
    if (!view.groupEntries.length) return nothing;
    return html`<p class="named-groups">
      ${term.groupsNamed}:
      ${view.groupEntries.map(
        (destination, i) =>
          html`${i ? '; ' : ''}${placesOf({ ...destination, countries: [] }, lang)}
          (${[
            destination.role === 'top' ? term.markers.top : '',
            this.#what(destination, model),
            periodText(destination.period, destination.periodInferred, lang),
          ]
            .filter(Boolean)
            .join(', ')})${notes.marks(destination.citations)}`,
      )}
    </p>`;
  }

  /** Who exports where: in one period, or period by period since the first; a count says what it counts. */
  #summary(model: Model, view: DestinationView, range: { from: string | number; to: string | number }, period: string) {
    const { lang, term } = this.locale;
    const exporter = this.#options.exporter ? model.exporters.get(this.#options.exporter) : undefined;
    const who = !exporter
      ? term.who.all
      : exporter.name
        ? term.who.named(pick(exporter.name, lang))
        : term.who.unnamed(pick(exporter.products, lang));
    if (view.period !== 'all') {
      // The period's count counts its deliveries; the undated and those under way are counted apart.
      const { delivered } = view.counts;
      const dated = view.rows.filter((r) => r.counted === 'delivered');
      const regions = plural(new Set(dated.map((r) => r.region)).size, lang, term.regionsIn);
      const own = delivered
        ? term.summary({ who, named: plural(delivered, lang, term.named), period, regions })
        : term.summaryNone(who, period);
      const others = (['undated', 'ongoing'] as const).filter((counted) => view.counts[counted]);
      return others.length ? `${own} ${term.apart(others.map((counted) => term.counted[counted](view.counts[counted])).join(', '))}` : own;
    }
    const named = plural(view.rows.length, lang, term.named);
    const steps = view.firstNamed.map((first, i) => (i ? term.stepMore : term.step)(first.count, formatPeriod(first.period, lang)));
    return term.summaryAll({ ...range, who, named, steps: formatList(steps, lang) });
  }

  protected override csvRows(model: Model): CsvRow[] {
    const { lang, term } = this.locale;
    const rows: CsvRow[] = [term.csvHeader];
    // Every country, also those a `limit` leaves out of view.
    const line = (destination: Destination) =>
      [
        destination.role === 'market' ? '' : term.markers[destination.role],
        destination.status === 'ongoing' ? term.markers.ongoing : '',
        this.#what(destination, model),
      ]
        .filter(Boolean)
        .join('; ');
    for (const row of this.#view?.rows ?? [])
      for (const destination of row.entries)
        rows.push(
          factRow(
            model,
            countryName(row.code, lang),
            destination.period,
            line(destination),
            destination.citations,
            lang,
            destination.periodInferred,
          ),
        );
    for (const destination of this.#view?.groupEntries ?? [])
      rows.push(
        factRow(
          model,
          placesOf({ ...destination, countries: [] }, lang),
          destination.period,
          line(destination),
          destination.citations,
          lang,
          destination.periodInferred,
        ),
      );
    return rows;
  }

  #row(row: CountryRow, all: boolean, model: Model, notes: SourceNotes) {
    const { lang, term } = this.locale;
    const markers = all
      ? row.markers
      : row.markers.filter((marked, i, list) => list.findIndex((other) => other.marker === marked.marker) === i);
    return html`<li>
      <details
        class="country"
        @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && emit(this, 'ew-select', { kind: 'country', id: row.code })}
      >
        <summary>
          <span class="name">${countryName(row.code, lang)}</span>${markers.map(({ marker, period }) =>
            markerTag(all ? `${term.markers[marker]}, ${formatPeriod(period, lang)}` : term.markers[marker], marker),
          )}${all ? html` <span class="first muted">${term.first(formatPeriod(row.first, lang))}</span>` : nothing}
        </summary>
        <ul class="entries">
          ${row.entries.map((destination) => html`<li>${this.#entry(destination, model)}${notes.marks(destination.citations)}</li>`)}
        </ul>
      </details>
    </li>`;
  }

  /** What is shipped and by whom, as the entry says it: «медицинские изделия — Медплант»; empty when it names neither. */
  #what(destination: Destination, model: Model): string {
    const { lang, term } = this.locale;
    const exporter = destination.exporter ? model.exporters.get(destination.exporter) : undefined;
    const what =
      pick(destination.products ?? exporter?.products, lang) || pick(model.sectors.get(destination.sector ?? exporter?.sector ?? ''), lang);
    return what ? `${what} — ${exporter ? (exporter.name ? pick(exporter.name, lang) : term.resident) : term.residents}` : '';
  }

  /** When, what and by whom, as the entry says it: an unnamed exporter stays unnamed. */
  #entry(destination: Destination, model: Model) {
    const { lang, term } = this.locale;
    const what = this.#what(destination, model);
    const body = what || (destination.role === 'top' ? term.topLine : term.marketLine);
    return html`${periodText(destination.period, destination.periodInferred, lang)}:${
      what && destination.role === 'top' ? markerTag(term.markers.top) : nothing
    }${destination.role === 'new' ? markerTag(term.firstTime) : nothing}
    ${body}${destination.status === 'ongoing' ? markerTag(term.markers.ongoing) : nothing}`;
  }
}
