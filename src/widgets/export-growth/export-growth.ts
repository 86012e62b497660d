import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ChartController, type ChartSpec } from '../../controllers/chart-controller.js';
import { PlotHeights } from '../../controllers/chart-plugins.js';
import { readChartTheme } from '../../controllers/chart-theme.js';
import type { Compared, Dated, Model, ResolvedFigure } from '../../data/model.js';
import {
  COMPARISONS,
  cumulativeExports,
  growthOf,
  growthPanels,
  latestGrowth,
  latestOf,
  timeline,
  type Comparison,
  type Gap,
  type GrowthPanel,
} from '../../data/selectors/growth.js';
import { formatGrowth, formatNumber, formatPeriod, growthText } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import { figureLabel, figureValue, figureWords, measureName, periodText } from '../../shared/figures.js';
import { figureRow, type CsvRow } from '../../shared/csv.js';
import { derivationNote, derivedTag } from '../../shared/derived.js';
import { emit } from '../../shared/events.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { upperFirst } from '../../shared/names.js';
import { SourceNotes } from '../../shared/sources.js';
import { VIEWS, viewToggle, type View } from '../../shared/view-toggle.js';
import { messages, type GrowthTerms } from './export-growth.messages.js';
import { growthChart } from './export-growth.chart.js';
import { styles } from './export-growth.styles.js';

/** How one render writes a figure, its growth and its note marks, numbered in the render's source notes. */
interface FigureWriter {
  amount(figure: ResolvedFigure): string;
  cite(figure: ResolvedFigure): unknown;
  growth(growth: Compared): string;
}

/**
 * Periods a comparison (its chart, growth line and table rows) and the cumulative totals show of a very long file,
 * until the reader asks for all: the latest ones. The largest file the loader accepts gave charts of 135 bars, 1,089
 * table rows and 724 quoted sources, 82,000 DOM nodes rendered in one task of 245 ms; cut to this, see
 * bench/RESULTS.md. The CSV download always has every figure.
 */
export const LIST_LIMIT = 20;

/**
 * How the zone's exports grew, period by period: volumes of comparable periods side by side (years, first quarters,
 * first half-years), the growth the sources state, cumulative totals, and the sources with their quotes.
 *
 * @tag export-growth
 * @summary Export volumes and the growth the sources state, comparable periods only.
 * @cssproperty [--ew-chart-height=13em] - Height of each chart panel (half as much again for every panel when one has more than six periods, whose labels run upwards).
 * @fires {SelectDetail} ew-select - A reader chose a period: clicked its bar, or pressed its button in the table view, which then marks its row; `detail.id` is the period.
 */
export class ExportGrowth extends ExportWidget<GrowthTerms> {
  static override styles = [...ExportWidget.styles, styles];

  constructor() {
    super(messages);
  }

  /** Which comparisons to show: `all`, `years`, `half-years` or `quarters`. */
  @property() comparison: Comparison = 'all';

  /** First year to show, e.g. `2019`. */
  @property() from?: string | number;

  /** Last year to show, e.g. `2021`. */
  @property() to?: string | number;

  /** What is shown first: `chart` or `table`. A toggle in the widget switches. */
  @property() view: View = 'chart';

  @state() private shown?: View;
  /** The reader asked to see every entry of the very long lists. */
  @state() private uncut = false;
  /** The period a reader chose last: its row in the table is marked, and its button pressed. */
  @state() private selected?: string;
  #panels: GrowthPanel[] = [];
  #cumulative: Dated[] = [];
  /** Every panel and cumulative total, for the CSV: `#panels` and `#cumulative` are cut short for a very long file. */
  #all: { panels: GrowthPanel[]; cumulative: Dated[] } = { panels: [], cumulative: [] };
  /** Export volumes and cumulative totals shown (the rows of the CSV), and how many there are. */
  #figures = { shown: 0, total: 0 };
  /** The top of each panel's axis, by measure: the largest volume of that measure. */
  #top = new Map<string | undefined, number>();
  /** One plot height for every panel, whatever each panel's labels take. */
  readonly #heights = new PlotHeights();
  /** @internal */
  protected readonly charts = new ChartController(this, () => this.#specs());

  /** @internal */
  protected override drawn() {
    return this.charts.drawn;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const year = (attr: 'from' | 'to') => {
      const text = this.text(
        this[attr],
        (shown) => this.locale.term.hintYear(attr, shown),
        (t) => /^\d{4}$/.test(t),
      );
      return text ? Number(text) : undefined;
    };
    const options = { comparison: this.allowed('comparison', this.comparison, COMPARISONS, 'all'), from: year('from'), to: year('to') };
    const view = this.allowed('view', this.view, VIEWS, 'chart');
    if (changed.has('view') || !this.shown) this.shown = view;
    const model = this.data.value;
    const panels = model ? growthPanels(model, options) : [];
    const cumulative = model ? cumulativeExports(model) : [];
    this.#all = { panels, cumulative };
    this.#panels = this.uncut ? panels : panels.map((panel) => latestOf(panel, LIST_LIMIT));
    this.#cumulative = this.uncut ? cumulative : cumulative.slice(-LIST_LIMIT);
    const count = (list: GrowthPanel[], totals: Dated[]) => list.reduce((sum, panel) => sum + panel.volumes.length, totals.length);
    this.#figures = { shown: count(this.#panels, this.#cumulative), total: count(panels, cumulative) };
    // Panels of one measure share a scale, so that a bar's height means the same amount in each (248 млн does not look
    // as tall as ≈ 1 млрд). Panels of different measures do not: equal heights would invite comparing shipments
    // with high-tech exports, which count different things.
    this.#top = new Map();
    for (const panel of this.#panels)
      this.#top.set(panel.measure, Math.max(this.#top.get(panel.measure) ?? 0, ...panel.volumes.map((volume) => volume.value)));
  }

  protected renderWidget(model: Model) {
    const { lang, term } = this.locale;
    const notes = new SourceNotes(model, lang);
    const writer: FigureWriter = {
      amount: (figure) => figureValue(figure, lang),
      cite: ({ figure }) => notes.marks(figure.citations),
      growth: ({ value, figure }) =>
        term.growthVs(growthText(value, figure.unit as 'percent' | 'times', lang), formatPeriod(figure.basePeriod, lang)),
    };
    const heading = this.headingOr(term.heading(pick(model.dataset.zone.name, lang)));
    const table = this.shown === 'table';
    return html`<h2 id="heading">${heading}</h2>
      <p class="summary">${this.#summary()}</p>
      ${viewToggle(this.shown, term, (view) => (this.shown = view))} ${!this.#panels.length ? html`<p>${term.empty}</p>` : nothing}
      ${this.#renderCut()} ${table ? nothing : this.#renderPanels(writer)}
      <div class="table ${table ? '' : 'sr-only'}">${this.#renderTable(heading, writer, table)}</div>
      ${this.#cumulative.length && !table ? this.#renderCumulative(writer) : nothing} ${this.#renderDerived(notes, !table)}
      ${notes.render()}`;
  }

  /**
   * Shows every entry. The button goes with its note, so the keyboard's focus moves to the pressed view button just
   * above, rather than falling back to the page.
   */
  readonly #showAll = async () => {
    this.uncut = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-pressed="true"]')?.focus();
  };

  /** Says plainly that the widget shows only part of a very long file, with the ways to see all of it. */
  #renderCut() {
    const { shown, total } = this.#figures;
    if (shown === total) return nothing;
    const { lang, term } = this.locale;
    return html`<p class="cut" role="note">
      ${term.cut(formatNumber(shown, lang), formatNumber(total, lang))}
      <button type="button" @click=${this.#showAll}>${term.showAll}</button>
    </p>`;
  }

  #renderPanels(writer: FigureWriter) {
    // One plot height for all panels (PlotHeights): when one panel's many labels need a taller plot, every panel has it.
    const dense = this.#panels.some((panel) => timeline(panel).length > 6);
    return html`<div class="panels ${dense ? 'dense' : ''}">
      ${this.#panels.map(
        (panel) =>
          html`<div class="panel">
            <h3>${this.#title(panel)}</h3>
            <p>${this.#growthLine(panel, writer) || html`&nbsp;`}</p>
            <div class="plot">
              <canvas data-chart=${panel.key} role="img" aria-label=${this.#chartLabel(panel)}></canvas>
            </div>
          </div>`,
      )}
    </div>`;
  }

  /** The figures as a table: the chart view's alternative for screen readers, and the table view, where a period is a button that selects it. */
  #renderTable(heading: string, writer: FigureWriter, shown: boolean) {
    const { term } = this.locale;
    return html`<table>
      <caption>
        ${heading}
      </caption>
      <thead>
        <tr>
          <th scope="col">${term.period}</th>
          <th scope="col" class="num">${term.volume}</th>
          <th scope="col">${term.growth}</th>
        </tr>
      </thead>
      ${this.#panels.map((panel) => this.#renderPanelRows(panel, writer, shown))} ${this.#renderCumulativeRows(writer)}
    </table>`;
  }

  #renderPanelRows(panel: GrowthPanel, writer: FigureWriter, shown: boolean) {
    const { lang, term } = this.locale;
    return html`<tbody>
      <tr>
        <th scope="colgroup" colspan="3">${this.#title(panel)}</th>
      </tr>
      ${timeline(panel).map((slot) => {
        if ('gap' in slot)
          return html`<tr class="gap">
            <th scope="row" class="period">${this.#gap(slot)}</th>
            <td colspan="2">${term.noData}</td>
          </tr>`;
        const growth = growthOf(slot, panel.growth);
        const chosen = slot.figure.period === this.selected;
        return html`<tr class=${chosen && shown ? 'selected' : ''}>
          <th scope="row" class="period">
            ${
              shown
                ? html`<button type="button" class="select" aria-pressed=${chosen} @click=${() => this.#select(slot.figure.period)}>
                    ${formatPeriod(slot.figure.period, lang)}
                  </button>`
                : formatPeriod(slot.figure.period, lang)
            }
          </th>
          <td class="num" data-label=${term.volume}>${writer.amount(slot)}${slot.derived ? derivedTag(lang) : writer.cite(slot)}</td>
          <td data-label=${term.growth} class=${growth.length ? '' : 'empty'}>
            ${growth.map((g, i) => html`${i ? '; ' : ''}<span class="nowrap">${writer.growth(g)}${writer.cite(g)}</span>`)}
          </td>
        </tr>`;
      })}
    </tbody>`;
  }

  /** The cumulative totals under column heads of their own: what each counts is not a growth. */
  #renderCumulativeRows(writer: FigureWriter) {
    const { term } = this.locale;
    if (!this.#cumulative.length) return nothing;
    const [at, amount, what] = term.cumulativeColumns;
    return html`<tbody>
      <tr>
        <th scope="colgroup" colspan="3">
          ${term.cumulative}${this.#apart() ? html` <span class="measure">${term.cumulativeApart}</span>` : nothing}
        </th>
      </tr>
      <tr>
        <th scope="col">${at}</th>
        <th scope="col" class="num">${amount}</th>
        <th scope="col">${what}</th>
      </tr>
      ${this.#cumulative.map(
        (total) =>
          html`<tr>
            <th scope="row" class="period">${this.#at(total)}</th>
            <td class="num" data-label=${amount}>${writer.amount(total)}${writer.cite(total)}</td>
            <td data-label=${what}>${this.#counts(total)}</td>
          </tr>`,
      )}
    </tbody>`;
  }

  /** Whether the cumulative totals are of different measures: then they are said not to be one series. */
  #apart() {
    return new Set(this.#cumulative.map((total) => measureName(total, this.locale.lang))).size > 1;
  }

  /** What a cumulative total counts: its measure and what it covers, as its source says. */
  #counts(total: Dated) {
    const lang = this.locale.lang;
    return [measureName(total, lang), pick(total.figure.note, lang)].filter(Boolean).join('. ');
  }

  #renderCumulative(writer: FigureWriter) {
    const { term } = this.locale;
    return html`<dl class="cumulative">
      <dt>${term.cumulative}</dt>
      ${this.#apart() ? html`<dd class="measure">${term.cumulativeApart}</dd>` : nothing}
      ${this.#cumulative.map(
        (total) =>
          html`<dd>
            ${this.#at(total)}: <span class="nowrap">${writer.amount(total)}</span>${writer.cite(total)}
            <span class="measure">— ${this.#counts(total)}</span>
          </dd>`,
      )}
    </dl>`;
  }

  /** «на 2019», or the period marked as not stated. */
  #at({ figure }: Dated) {
    const { lang, term } = this.locale;
    return figure.periodInferred ? periodText(figure.period, true, lang) : term.cumulativeAt(formatPeriod(figure.period, lang));
  }

  /** The formulas of the computed values; the hatching named only beside the bars that show it. */
  #renderDerived(notes: SourceNotes, hatched: boolean) {
    const derived = this.#panels.flatMap((panel) => panel.volumes.filter((volume) => volume.derived));
    if (!derived.length) return nothing;
    const { lang, term } = this.locale;
    return html`<ul class="notes">
      ${hatched ? html`<li class="hatch">${term.hatchLegend}</li>` : nothing}
      <li>${term.derivedLegend}</li>
      ${derived.map((volume) => html`<li>${derivationNote(volume, lang, notes)}</li>`)}
    </ul>`;
  }

  protected override csvRows(model: Model): CsvRow[] {
    const { lang, term } = this.locale;
    // A row names what it counts, as its panel's title does: «Экспортная выручка», never a bare «Экспорт».
    const subject = (figure: ResolvedFigure) => upperFirst(measureName(figure, lang), lang) || term.volume;
    return [
      term.csvHeader,
      ...this.#all.panels.flatMap((panel) => panel.volumes.map((volume) => figureRow(model, volume, subject(volume), lang))),
      ...this.#all.cumulative.map((total) => figureRow(model, total, `${term.cumulativeRow}: ${measureName(total, lang)}`, lang)),
    ];
  }

  /** «I полугодие: экспортная выручка»: what the panel's axis measures is named in its title. */
  #title(panel: GrowthPanel) {
    const { lang, term } = this.locale;
    const title = term.panel[panel.kind](term.roman[panel.index - 1] ?? String(panel.index));
    const measure = panel.volumes[0] && measureName(panel.volumes[0], lang);
    return measure ? `${title}: ${measure}` : title;
  }

  /** The periods of a gap: «2022–2023» (years as the axis writes them), «I пол. 2022 – I пол. 2023». */
  #gap({ gap: [first, last] }: Gap) {
    const lang = this.locale.lang;
    if (first === last) return formatPeriod(first, lang);
    return first.length > 4 ? [first, last].map((p) => formatPeriod(p, lang)).join(' – ') : `${first}–${last}`;
  }

  /** The growths a panel's sources state; with several, each says the period it belongs to. */
  #growthLine(panel: GrowthPanel, writer: FigureWriter) {
    // Sorted latest period first: a period's growths stand together.
    const byPeriod: [string, Compared[]][] = [];
    for (const growth of panel.growth) {
      const last = byPeriod.at(-1);
      if (last?.[0] === growth.figure.period) last[1].push(growth);
      else byPeriod.push([growth.figure.period, [growth]]);
    }
    return byPeriod
      .map(
        ([period, list]) =>
          (panel.growth.length > 1 ? `${formatPeriod(period, this.locale.lang)}: ` : '') + list.map(writer.growth).join(', '),
      )
      .join('; ');
  }

  #chartLabel(panel: GrowthPanel) {
    const { lang, term } = this.locale;
    const items = timeline(panel).map((slot) =>
      'gap' in slot ? `${this.#gap(slot)}: ${term.noData}` : `${formatPeriod(slot.figure.period, lang)}: ${figureLabel(slot, lang)}`,
    );
    return term.chartLabel(this.#title(panel), items.join('; '));
  }

  #summary() {
    const { lang, term } = this.locale;
    const latest = latestGrowth(this.#panels);
    if (!latest) return nothing;
    const { volume, growth } = latest;
    const values = {
      period: formatPeriod(volume.figure.period, lang),
      amount: figureWords(volume, lang),
      // Plain exports need no name beside «экспорт»: «экспорт резидентов (экспорт)» says it twice.
      measure: volume.measure === 'exports' && !volume.figure.measureNote ? '' : measureName(volume, lang),
      base: growth ? formatPeriod(growth.figure.basePeriod, lang) : '',
      growth: !growth
        ? ''
        : growth.figure.unit === 'percent'
          ? formatGrowth(growth.value, 'percent', lang).replace('+', '')
          : formatNumber(growth.value, lang),
    };
    return (!growth ? term.summaryPlain : growth.figure.unit === 'percent' ? term.summaryPercent : term.summaryTimes)(values);
  }

  #specs(): ChartSpec[] {
    const base = this.renderRoot.querySelector('.base');
    if (!base || this.shown === 'table') return [];
    const theme = readChartTheme(base);
    const plot = (panel: GrowthPanel) => ({
      key: panel.key,
      slots: timeline(panel),
      top: this.#top.get(panel.measure) ?? 0,
      noData: this.locale.term.noData,
    });
    return this.#panels.map((panel) => growthChart(plot(panel), theme, this.locale.lang, this.#heights, (period) => this.#select(period)));
  }

  /** A reader chose a period: a bar clicked, or its button in the table pressed; the table marks its row. */
  #select(period: string) {
    this.selected = period;
    emit(this, 'ew-select', { kind: 'period', id: period });
  }
}
