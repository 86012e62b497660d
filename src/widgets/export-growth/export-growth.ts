import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartController, readChartTheme, type ChartSpec } from '../../controllers/chart-controller.js';
import type { Model, ResolvedFigure } from '../../data/model.js';
import {
  COMPARISONS,
  cumulativeExports,
  growthPanels,
  latestGrowth,
  type Comparison,
  type GrowthPanel,
} from '../../data/selectors/growth.js';
import { formatAmount, formatAmountInWords, formatGrowth, formatNumber, formatPeriod } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import { fill, shared } from '../../i18n/messages.js';
import { figureRow, type CsvRow } from '../../shared/csv.js';
import { derivationNote } from '../../shared/derived.js';
import { emit } from '../../shared/events.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { SourceNotes } from '../../shared/sources.js';
import { messages } from './export-growth.messages.js';
import { growthChart } from './export-growth.chart.js';
import { styles } from './export-growth.styles.js';

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

/**
 * How the zone's exports grew, period by period: volumes of comparable periods side by side (years, first quarters,
 * first half-years), the growth the sources state, cumulative totals, and the sources with their quotes.
 *
 * @tag export-growth
 * @summary Export volumes and the growth the sources state, comparable periods only.
 * @cssproperty --ew-chart-height - Height of each chart panel (default 13rem).
 * @fires {SelectDetail} ew-select - A reader clicked a bar; `detail.id` is its period.
 */
export class ExportGrowth extends ExportWidget {
  static override styles = [...ExportWidget.styles, styles];

  /** Which comparisons to show: `all`, `years`, `half-years` or `quarters`. */
  @property() comparison: Comparison | string = 'all';

  /** First year to show, e.g. `2019`. */
  @property() from?: string;

  /** Last year to show, e.g. `2021`. */
  @property() to?: string;

  /** What is shown first: `chart` or `table`. A toggle in the widget switches. */
  @property() view: View | string = 'chart';

  @state() private shown?: View;
  #options: { comparison: Comparison; from?: number; to?: number } = { comparison: 'all' };
  #panels: GrowthPanel[] = [];
  /** @internal */
  protected readonly charts = new ChartController(this, () => this.#specs());

  /** @internal */
  protected override drawn() {
    return this.charts.drawn;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const year = (attr: 'from' | 'to') => {
      const value = this[attr];
      if (!value) return undefined;
      if (/^\d{4}$/.test(value.trim())) return Number(value);
      this.hints.push(fill(messages[this.language].hintYear, { attr, value }));
      return undefined;
    };
    this.#options = { comparison: this.allowed('comparison', this.comparison, COMPARISONS, 'all'), from: year('from'), to: year('to') };
    const view = this.allowed('view', this.view, VIEWS, 'chart');
    if (changed.has('view') || !this.shown) this.shown = view;
  }

  protected renderWidget(model: Model) {
    const lang = this.language;
    const m = messages[lang];
    const notes = new SourceNotes(model, lang);
    this.#panels = growthPanels(model, this.#options);
    const heading = this.heading || fill(m.heading, { zone: pick(model.dataset.zone.name, lang) });
    const amount = (f: ResolvedFigure) => formatAmount(f.value, f.figure.unit, f.qualifier, lang);
    const cite = (f: ResolvedFigure) => notes.marks(notes.cite(f.figure.citations));
    const growthText = (g: ResolvedFigure) =>
      fill(m.growthVs, {
        growth: formatGrowth(g.value, g.figure.unit as 'percent' | 'times', lang),
        base: formatPeriod(g.figure.basePeriod!, lang),
      });
    const derived = this.#panels.flatMap((p) => p.volumes.filter((v) => v.derived));
    const cumulative = cumulativeExports(model);
    const table = this.shown === 'table';
    return html`<h2 id="heading">${heading}</h2>
      <p class="summary">${this.#summary()}</p>
      <div class="toolbar" role="group" aria-label=${shared[lang].showAs}>
        ${VIEWS.map((view) => html`<button type="button" aria-pressed=${this.shown === view} @click=${() => (this.shown = view)}>${shared[lang][view]}</button>`)}
      </div>
      ${!this.#panels.length ? html`<p>${m.empty}</p>` : nothing}
      ${
        table
          ? nothing
          : html`<div class="panels">
              ${this.#panels.map(
                (panel) =>
                  html`<div class="panel">
                    <h3>${this.#title(panel)}</h3>
                    <p>${panel.growth.map(growthText).join('; ') || html`&nbsp;`}</p>
                    <div class="plot"><canvas data-chart=${panel.key} role="img" aria-label=${this.#chartLabel(panel)}></canvas></div>
                  </div>`,
              )}
            </div>`
      }
      <div class="table ${table ? '' : 'sr-only'}">
        <table>
          <caption>
            ${heading}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.period}</th>
              <th scope="col" class="num">${m.volume}</th>
              <th scope="col">${m.growth}</th>
            </tr>
          </thead>
          ${this.#panels.map(
            (panel) =>
              html`<tbody>
                <tr>
                  <th scope="colgroup" colspan="3">${this.#title(panel)}</th>
                </tr>
                ${panel.volumes.map((v) => {
                  const growth = panel.growth.filter((g) => g.figure.period === v.figure.period);
                  return html`<tr>
                    <th scope="row">${formatPeriod(v.figure.period!, lang)}</th>
                    <td class="num">${amount(v)}${v.derived ? html` <span class="tag">${shared[lang].derived}</span>` : cite(v)}</td>
                    <td>${growth.map((g, i) => html`${i ? '; ' : ''}${growthText(g)}${cite(g)}`)}</td>
                  </tr>`;
                })}
              </tbody>`,
          )}
          ${
            cumulative.length
              ? html`<tbody>
                  <tr>
                    <th scope="colgroup" colspan="3">${m.cumulative}</th>
                  </tr>
                  ${cumulative.map(
                    (c) =>
                      html`<tr>
                        <th scope="row">${fill(m.cumulativeAt, { period: formatPeriod(c.figure.period!, lang) })}</th>
                        <td class="num">${amount(c)}${cite(c)}</td>
                        <td>${pick(c.figure.note, lang)}</td>
                      </tr>`,
                  )}
                </tbody>`
              : nothing
          }
        </table>
      </div>
      ${
        cumulative.length && !table
          ? html`<dl class="cumulative">
              <dt>${m.cumulative}</dt>
              ${cumulative.map((c) => html`<dd>${fill(m.cumulativeAt, { period: formatPeriod(c.figure.period!, lang) })}: ${amount(c)}${cite(c)}</dd>`)}
            </dl>`
          : nothing
      }
      ${
        derived.length
          ? html`<ul class="notes">
              <li>${m.derivedLegend}</li>
              ${derived.map((d) => html`<li>${derivationNote(d, lang, notes)}</li>`)}
            </ul>`
          : nothing
      }
      ${notes.render()}`;
  }

  protected override csvRows(model: Model): CsvRow[] {
    const lang = this.language;
    const m = messages[lang];
    return [
      shared[lang].csvHeader,
      ...growthPanels(model, this.#options).flatMap((p) => p.volumes.map((v) => figureRow(model, v, m.volume, lang))),
      ...cumulativeExports(model).map((c) => figureRow(model, c, m.cumulative, lang)),
    ];
  }

  #title(panel: GrowthPanel) {
    return fill(messages[this.language].panel[panel.kind], { i: shared[this.language].roman[panel.index - 1] ?? panel.index });
  }

  #chartLabel(panel: GrowthPanel) {
    const lang = this.language;
    const items = panel.volumes.map(
      (v) =>
        `${formatPeriod(v.figure.period!, lang)}: ${formatAmount(v.value, v.figure.unit, v.qualifier, lang)}${v.derived ? ` (${shared[lang].derived})` : ''}`,
    );
    return fill(messages[lang].chartLabel, { title: this.#title(panel), items: items.join('; ') });
  }

  #summary() {
    const lang = this.language;
    const m = messages[lang];
    const latest = latestGrowth(this.#panels);
    if (!latest) return nothing;
    const { volume, growth } = latest;
    const values = {
      period: formatPeriod(volume.figure.period!, lang),
      amount: formatAmountInWords(volume.value, volume.figure.unit, volume.qualifier, lang),
      base: formatPeriod(growth?.figure.basePeriod ?? '', lang),
      growth: growth
        ? growth.figure.unit === 'percent'
          ? formatGrowth(growth.value, 'percent', lang).replace('+', '')
          : formatNumber(growth.value, lang)
        : '',
    };
    return fill(!growth ? m.summaryPlain : growth.figure.unit === 'percent' ? m.summaryPercent : m.summaryTimes, values);
  }

  #specs(): ChartSpec[] {
    const base = this.renderRoot.querySelector('.base');
    if (!base || this.shown === 'table') return [];
    const theme = readChartTheme(base);
    return this.#panels.map((panel) =>
      growthChart(panel, theme, this.language, (period) => emit(this, 'ew-select', { kind: 'period', id: period })),
    );
  }
}
