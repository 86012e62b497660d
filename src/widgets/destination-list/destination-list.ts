import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Model } from '../../data/model.js';
import type { Destination } from '../../data/schema.js';
import { parsePeriod } from '../../data/periods.js';
import {
  GROUPINGS,
  destinationList,
  destinationPeriods,
  latestDestinationPeriod,
  type CountryRow,
  type DestinationOptions,
  type Grouping,
} from '../../data/selectors/destinations.js';
import { countryName } from '../../i18n/countries.js';
import { QUALIFIER_SIGN, formatList, formatPeriod, plural } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import { fill, shared } from '../../i18n/messages.js';
import { emit } from '../../shared/events.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { factRow, type CsvRow } from '../../shared/csv.js';
import { SourceNotes } from '../../shared/sources.js';
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
  @property() period?: string;

  /** `region` (default) groups the countries under region headings; `none` gives one list. */
  @property({ attribute: 'group-by' }) groupBy: Grouping | string = 'region';

  /** Only one exporter's destinations: an exporter id from the dataset (`ncc`, `medplant`, `nex-t`, …). */
  @property() exporter?: string;

  /** Shows at most this many countries (a positive integer), top markets first; the rest are counted and a button shows them. */
  @property() limit?: string;

  @state() private expanded = false;
  #options: DestinationOptions = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const m = messages[this.language];
    const model = this.data.value;
    let exporter: string | undefined;
    let period: string | undefined;
    if (model) {
      exporter = this.allowed('exporter', this.exporter, [...model.exporters.keys()], m.allExporters);
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
  }

  protected renderWidget(model: Model) {
    const lang = this.language;
    const m = messages[lang];
    const notes = new SourceNotes(model, lang);
    const view = destinationList(model, this.#options);
    const all = view.period === 'all';
    const years = (view.firstNamed.length ? view.firstNamed.map((f) => f.period) : destinationPeriods(model)).map(
      (p) => parsePeriod(p)!.year,
    );
    const range = { from: years[0] ?? '', to: years.at(-1) ?? '' };
    const periodText = all ? `${range.from}–${range.to}` : formatPeriod(view.period, lang);
    const exporter = this.#options.exporter ? model.exporters.get(this.#options.exporter) : undefined;
    const who = !exporter
      ? m.who.all
      : exporter.name
        ? fill(m.who.named, { name: pick(exporter.name, lang) })
        : fill(m.who.unnamed, { what: pick(exporter.products, lang) });
    const named = plural(view.rows.length, lang, m.named);
    const summary = all
      ? fill(m.summaryAll, {
          ...range,
          who,
          named,
          steps: formatList(
            view.firstNamed.map((f, i) => fill(i ? m.stepMore : m.step, { n: f.count, period: formatPeriod(f.period, lang) })),
            lang,
          ),
        })
      : fill(m.summary, {
          who,
          named,
          period: periodText,
          regions: plural(new Set(view.rows.map((r) => r.region)).size, lang, m.regionsIn),
        });
    const list = (rows: readonly CountryRow[]) =>
      html`<ul>
        ${rows.map((row) => this.#row(row, all, model, notes))}
      </ul>`;
    return html`<h2>${this.heading || fill(m.heading, { zone: pick(model.dataset.zone.name, lang), period: periodText })}</h2>
      <p class="summary">${view.rows.length ? summary : m.empty}</p>
      ${view.stated.map(
        ({ figure: f, named }) =>
          html`<p class="stated">
            ${fill(m.stated, {
              stated: QUALIFIER_SIGN[f.qualifier] + plural(f.value, lang, m.countries),
              period: formatPeriod(f.figure.period!, lang),
              named,
            })}${notes.marks(notes.cite(f.figure.citations))}
          </p>`,
      )}
      <div class="groups">
        ${view.groups.map((g) =>
          g.region === 'none'
            ? list(g.rows)
            : html`<div class="group">
                <h3>
                  ${m.regions[g.region]}
                  <span class="count">(${g.rows.length < g.total ? fill(m.of, { n: g.rows.length, total: g.total }) : g.total})</span>
                </h3>
                ${list(g.rows)}
              </div>`,
        )}
      </div>
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

  protected override csvRows(model: Model): CsvRow[] {
    const lang = this.language;
    const m = messages[lang];
    const rows: CsvRow[] = [shared[lang].csvHeader];
    for (const row of destinationList(model, { ...this.#options, limit: undefined }).rows)
      for (const d of row.entries) {
        const text = [d.role === 'market' ? '' : m.markers[d.role], d.status === 'ongoing' ? m.markers.ongoing : '', this.#what(d, model)];
        rows.push(factRow(model, countryName(row.code, lang), d.period, text.filter(Boolean).join('; '), d.citations, lang));
      }
    return rows;
  }

  #row(row: CountryRow, all: boolean, model: Model, notes: SourceNotes) {
    const lang = this.language;
    const m = messages[lang];
    const markers = all ? row.markers : row.markers.filter((k, i, list) => list.findIndex((o) => o.marker === k.marker) === i);
    const tag = (text: string, kind = '') => html` <span class="marker ${kind}">${text}</span>`;
    return html`<li>
      <details
        class="country"
        @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && emit(this, 'ew-select', { kind: 'country', id: row.code })}
      >
        <summary>
          <span class="name">${countryName(row.code, lang)}</span>${markers.map(({ marker, period }) =>
            tag(all ? `${m.markers[marker]}, ${formatPeriod(period, lang)}` : m.markers[marker], marker),
          )}${all ? html` <span class="first muted">${fill(m.first, { period: formatPeriod(row.first, lang) })}</span>` : nothing}
        </summary>
        <ul class="entries">
          ${row.entries.map((d) => html`<li>${this.#entry(d, model)}${notes.marks(notes.cite(d.citations))}</li>`)}
        </ul>
      </details>
    </li>`;
  }

  /** What is shipped and by whom, as the entry says it: «медицинские изделия — Медплант»; empty when it names neither. */
  #what(d: Destination, model: Model): string {
    const m = messages[this.language];
    const exporter = d.exporter ? model.exporters.get(d.exporter) : undefined;
    const what =
      pick(d.products ?? exporter?.products, this.language) || pick(model.sectors.get(d.sector ?? exporter?.sector ?? ''), this.language);
    return what ? `${what} — ${exporter ? (exporter.name ? pick(exporter.name, this.language) : m.resident) : m.residents}` : '';
  }

  /** When, what and by whom, as the entry says it: an unnamed exporter stays unnamed. */
  #entry(d: Destination, model: Model) {
    const lang = this.language;
    const m = messages[lang];
    const what = this.#what(d, model);
    const body = what || (d.role === 'top' ? m.topLine : m.marketLine);
    const tag = (text: string) => html` <span class="marker">${text}</span>`;
    return html`${formatPeriod(d.period, lang)}${d.periodInferred ? html` <span class="muted">(${m.inferred})</span>` : nothing}:${
      what && d.role === 'top' ? tag(m.markers.top) : nothing
    }${d.role === 'new' ? tag(m.firstTime) : nothing}
    ${body}${d.status === 'ongoing' ? tag(m.markers.ongoing) : nothing}`;
  }
}
