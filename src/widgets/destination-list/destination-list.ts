import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocaleController } from '../../controllers/locale-controller.js';
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
import type { Block } from '../../shared/picture.js';
import { messages } from './destination-list.messages.js';
import { styles } from './destination-list.styles.js';

/**
 * The countries the zone's residents export to, as the sources name them: grouped by region, with what is shipped
 * there and by whom, top and new markets and deliveries under way, the stated number of countries beside the named
 * ones, and the sources with their quotes.
 *
 * @tag destination-list
 * @summary Export destinations named in the sources, by region, with markers and quotes.
 * @fires {SelectDetail} ew-select - A reader opened a country; `detail` is `{ kind: 'country', id: 'KZ' }`.
 */
export class DestinationList extends ExportWidget {
  static override styles = [...ExportWidget.styles, styles];

  /** Which period: one of the dataset's destination periods (`2019`, `2021-Q1`, `2025`, …) or `all`, each country once with the period it is first named in. Default: the latest. */
  @property() period?: string | number;

  /** `region` (default) groups the countries under region headings; `none` gives one list. */
  @property({ attribute: 'group-by' }) groupBy: Grouping = 'region';

  /** Only one exporter's destinations: an exporter id from the dataset (`ncc`, `medplant`, `nex-t`, …). */
  @property() exporter?: string;

  /** Shows at most this many countries (a positive integer), top markets first; the rest are counted and a button shows them. */
  @property() limit?: string | number;

  @state() private expanded = false;
  readonly #t = new LocaleController(this, messages);
  #options: DestinationOptions = {};
  #view?: DestinationView;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const model = this.data.value;
    let exporter: string | undefined;
    let period: string | undefined;
    if (model) {
      exporter = this.allowed('exporter', this.exporter, [...model.exporters.keys()], this.#t.term.allExporters);
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
    const { lang, term: m } = this.#t;
    const notes = new SourceNotes(model, lang);
    const view = this.#view;
    if (!view) return html``;
    const { all, range, shown } = this.#shown(model, view);
    const list = (rows: readonly CountryRow[]) =>
      html`<ul>
        ${rows.map((row) => this.#row(row, all, model, notes))}
      </ul>`;
    return html`<h2>${this.headingOr(m.heading(pick(model.dataset.zone.name, lang), shown))}</h2>
      <p class="summary">${view.rows.length ? this.#summary(model, view, range, shown) : m.empty}</p>
      ${this.#renderStated(view, notes)}${this.#renderExtents(view, notes)}${this.#renderGroups(view, model, notes)}
      <div class="groups">
        ${view.groups.map((g) =>
          g.region === 'none'
            ? list(g.rows)
            : html`<div class="group">
                <h3>
                  ${m.regions[g.region]}
                  <span class="count">(${g.rows.length < g.total ? m.of(g.rows.length, g.total) : g.total})</span>
                </h3>
                ${list(g.rows)}
              </div>`,
        )}
      </div>
      ${
        view.apart.length
          ? html`<div class="group apart">
              <h3>${m.apartHeading} <span class="count">(${view.apart.length})</span></h3>
              ${list(view.apart)}
            </div>`
          : nothing
      }
      ${
        view.hidden
          ? html`<p class="more">
              ${plural(view.hidden, lang, m.more)}
              <button type="button" @click=${() => (this.expanded = true)}>${m.showAll}</button>
            </p>`
          : nothing
      }
      ${notes.render()}`;
  }

  /** The period shown: one, or the years from the first named to the last for `all`. */
  #shown(model: Model, view: DestinationView) {
    const all = view.period === 'all';
    const years = (view.firstNamed.length ? view.firstNamed.map((f) => f.period) : destinationPeriods(model)).map((p) => must(p).year);
    const range = { from: years[0] ?? '', to: years.at(-1) ?? '' };
    return { all, range, shown: all ? `${range.from}–${range.to}` : formatPeriod(view.period, this.#t.lang) };
  }

  /** A group of countries as named, with its marker, what goes there and when: «страны СНГ (топ, 2025)». */
  #group(d: Destination, model: Model) {
    const { lang, term: m } = this.#t;
    const about = [d.role === 'top' ? m.markers.top : '', this.#what(d, model), periodText(d.period, d.periodInferred, lang)];
    return `${placesOf({ ...d, countries: [] }, lang)} (${about.filter(Boolean).join(', ')})`;
  }

  /** A country's markers: each kind once for one period; every one with its period for `all`. */
  #markers(row: CountryRow, all: boolean) {
    return all ? row.markers : row.markers.filter((k, i, list) => list.findIndex((o) => o.marker === k.marker) === i);
  }

  /** The numbers of countries the sources state, beside how many they name. */
  #renderStated(view: DestinationView, notes: SourceNotes) {
    const { lang, term: m } = this.#t;
    return view.stated.map(
      ({ figure: f, named }) =>
        html`<p class="stated">
          ${m.stated(qualify(plural(f.value, lang, m.countries), f.qualifier, lang), formatPeriod(f.figure.period, lang), named)}${notes.marks(
            notes.cite(f.figure.citations),
          )}
        </p>`,
    );
  }

  /** The sources' words for the whole geography («несколько десятков стран»), beside how many they name. */
  #renderExtents(view: DestinationView, notes: SourceNotes) {
    const { lang, term: m } = this.#t;
    return view.extents.map(
      (d) => html`<p class="stated">${m.extent(pick(d.extent, lang), d.countries.length)}${notes.marks(notes.cite(d.citations))}</p>`,
    );
  }

  /**
   * Groups of countries the sources name («страны СНГ»): beside the countries, never counted among them. Only the
   * groups: the countries of the same sentence are in the list above.
   */
  #renderGroups(view: DestinationView, model: Model, notes: SourceNotes) {
    const m = this.#t.term;
    if (!view.groupEntries.length) return nothing;
    return html`<p class="named-groups">
      ${m.groupsNamed}:
      ${view.groupEntries.map((d, i) => html`${i ? '; ' : ''}${this.#group(d, model)}${notes.marks(notes.cite(d.citations))}`)}
    </p>`;
  }

  /** Who exports where: in one period, or period by period since the first; a count says what it counts. */
  #summary(model: Model, view: DestinationView, range: { from: string | number; to: string | number }, period: string) {
    const { lang, term: m } = this.#t;
    const exporter = this.#options.exporter ? model.exporters.get(this.#options.exporter) : undefined;
    const who = !exporter
      ? m.who.all
      : exporter.name
        ? m.who.named(pick(exporter.name, lang))
        : m.who.unnamed(pick(exporter.products, lang));
    if (view.period !== 'all') {
      // The period's count counts its deliveries; the undated and those under way are counted apart.
      const { delivered } = view.counts;
      const dated = view.rows.filter((r) => r.counted === 'delivered');
      const regions = plural(new Set(dated.map((r) => r.region)).size, lang, m.regionsIn);
      const own = delivered ? m.summary({ who, named: plural(delivered, lang, m.named), period, regions }) : m.summaryNone(who, period);
      const others = (['undated', 'ongoing'] as const).filter((k) => view.counts[k]);
      return others.length ? `${own} ${m.apart(others.map((k) => m.counted[k](view.counts[k])).join(', '))}` : own;
    }
    const named = plural(view.rows.length, lang, m.named);
    const steps = view.firstNamed.map((f, i) => (i ? m.stepMore : m.step)(f.count, formatPeriod(f.period, lang)));
    return m.summaryAll({ ...range, who, named, steps: formatList(steps, lang) });
  }

  protected override pictureContent(model: Model) {
    const { lang, term: m } = this.#t;
    const view = this.#view;
    const zone = pick(model.dataset.zone.name, lang);
    if (!view) return { heading: this.headingOr(zone), blocks: [] };
    const { all, range, shown } = this.#shown(model, view);
    const blocks: Block[] = [{ text: view.rows.length ? this.#summary(model, view, range, shown) : m.empty, style: 'muted' }];
    for (const { figure: f, named } of view.stated)
      blocks.push({
        text: m.stated(qualify(plural(f.value, lang, m.countries), f.qualifier, lang), formatPeriod(f.figure.period, lang), named),
      });
    for (const d of view.extents) blocks.push({ text: m.extent(pick(d.extent, lang), d.countries.length) });
    if (view.groupEntries.length)
      blocks.push({ text: `${m.groupsNamed}: ${view.groupEntries.map((d) => this.#group(d, model)).join('; ')}` });
    const rows = (list: readonly CountryRow[]) => ({
      bars: list.map((row) => ({
        label: countryName(row.code, lang),
        value: this.#markers(row, all)
          .map(({ marker, period }) => (all ? `${m.markers[marker]}, ${formatPeriod(period, lang)}` : m.markers[marker]))
          .join(' '),
        meta: all ? [m.first(formatPeriod(row.first, lang))] : [],
      })),
    });
    for (const g of view.groups) {
      if (g.region !== 'none')
        blocks.push({
          text: `${m.regions[g.region]} (${g.rows.length < g.total ? m.of(g.rows.length, g.total) : g.total})`,
          style: 'title',
        });
      blocks.push(rows(g.rows));
    }
    if (view.apart.length) blocks.push({ text: `${m.apartHeading} (${view.apart.length})`, style: 'title' }, rows(view.apart));
    if (view.hidden) blocks.push({ text: plural(view.hidden, lang, m.more), style: 'muted' });
    return { heading: this.headingOr(m.heading(zone, shown)), blocks };
  }

  protected override csvRows(model: Model): CsvRow[] {
    const { lang, term: m } = this.#t;
    const rows: CsvRow[] = [this.locale.term.csvHeader];
    // Every country, also those a `limit` leaves out of view.
    const line = (d: Destination) =>
      [d.role === 'market' ? '' : m.markers[d.role], d.status === 'ongoing' ? m.markers.ongoing : '', this.#what(d, model)]
        .filter(Boolean)
        .join('; ');
    for (const row of this.#view?.rows ?? [])
      for (const d of row.entries)
        rows.push(factRow(model, countryName(row.code, lang), d.period, line(d), d.citations, lang, d.periodInferred));
    for (const d of this.#view?.groupEntries ?? [])
      rows.push(factRow(model, placesOf({ ...d, countries: [] }, lang), d.period, line(d), d.citations, lang, d.periodInferred));
    return rows;
  }

  #row(row: CountryRow, all: boolean, model: Model, notes: SourceNotes) {
    const { lang, term: m } = this.#t;
    const markers = this.#markers(row, all);
    const tag = (text: string, kind = '') => html` <span class="marker ${kind}">${text}</span>`;
    return html`<li>
      <details
        class="country"
        @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && emit(this, 'ew-select', { kind: 'country', id: row.code })}
      >
        <summary>
          <span class="name">${countryName(row.code, lang)}</span>${markers.map(({ marker, period }) =>
            tag(all ? `${m.markers[marker]}, ${formatPeriod(period, lang)}` : m.markers[marker], marker),
          )}${all ? html` <span class="first muted">${m.first(formatPeriod(row.first, lang))}</span>` : nothing}
        </summary>
        <ul class="entries">
          ${row.entries.map((d) => html`<li>${this.#entry(d, model)}${notes.marks(notes.cite(d.citations))}</li>`)}
        </ul>
      </details>
    </li>`;
  }

  /** What is shipped and by whom, as the entry says it: «медицинские изделия — Медплант»; empty when it names neither. */
  #what(d: Destination, model: Model): string {
    const { lang, term: m } = this.#t;
    const exporter = d.exporter ? model.exporters.get(d.exporter) : undefined;
    const what = pick(d.products ?? exporter?.products, lang) || pick(model.sectors.get(d.sector ?? exporter?.sector ?? ''), lang);
    return what ? `${what} — ${exporter ? (exporter.name ? pick(exporter.name, lang) : m.resident) : m.residents}` : '';
  }

  /** When, what and by whom, as the entry says it: an unnamed exporter stays unnamed. */
  #entry(d: Destination, model: Model) {
    const { lang, term: m } = this.#t;
    const what = this.#what(d, model);
    const body = what || (d.role === 'top' ? m.topLine : m.marketLine);
    const tag = (text: string) => html` <span class="marker">${text}</span>`;
    return html`${periodText(d.period, d.periodInferred, lang)}:${
      what && d.role === 'top' ? tag(m.markers.top) : nothing
    }${d.role === 'new' ? tag(m.firstTime) : nothing}
    ${body}${d.status === 'ongoing' ? tag(m.markers.ongoing) : nothing}`;
  }
}
