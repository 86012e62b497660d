import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Model } from '../../data/model.js';
import type { Citation } from '../../data/schema.js';
import { exportStructure, structurePeriods, type Share, type Structure, type StructurePart } from '../../data/selectors/structure.js';
import { formatAmount, formatAmountInWords, formatPercent, formatPeriod } from '../../i18n/format.js';
import { pick } from '../../i18n/lang.js';
import { fill, shared } from '../../i18n/messages.js';
import { ExportWidget } from '../../shared/export-widget.js';
import { factRow, figureRow, type CsvRow } from '../../shared/csv.js';
import { lowerFirst, sectorList } from '../../shared/names.js';
import { citationLines, SourceNotes } from '../../shared/sources.js';
import { bar, hatchDefs } from './export-structure.bar.js';
import { messages } from './export-structure.messages.js';
import { styles } from './export-structure.styles.js';

const VIEWS = ['chart', 'table'] as const;
type View = (typeof VIEWS)[number];

/**
 * What the zone exports, by sector: the shares of a period's export as the sources state them. A share stated as a
 * lower bound stays one (solid up to the bound, dashed beyond); a share computed from stated amounts is hatched and
 * tagged; whatever the sources do not split is one "not broken down" row, never spread across sectors. Sectors a
 * source names without figures are listed apart.
 *
 * @tag export-structure
 * @summary A period's export by sector, with lower bounds and the part not broken down kept as the sources state them.
 */
export class ExportStructure extends ExportWidget {
  static override styles = [...ExportWidget.styles, styles];

  /** The period to show, e.g. `2019` or `2021-Q1`. Defaults to the latest period the data breaks down by sector. */
  @property() period?: string;

  /** What is shown first: `chart` (bars on a 0–100 % scale) or `table`. A toggle in the widget switches. */
  @property() view: View | string = 'chart';

  @state() private shown?: View;
  #period = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const periods = this.data.value ? structurePeriods(this.data.value) : [];
    const latest = periods.at(-1) ?? '';
    this.#period = periods.length ? this.allowed('period', this.period, periods, latest) : '';
    const view = this.allowed('view', this.view, VIEWS, 'chart');
    if (changed.has('view') || !this.shown) this.shown = view;
  }

  protected renderWidget(model: Model) {
    const lang = this.language;
    const m = messages[lang];
    const s = shared[lang];
    const zone = pick(model.dataset.zone.name, lang);
    if (!this.#period)
      return html`<h2>${this.heading || fill(m.heading, { zone, period: '' }).replace(/, $/, '')}</h2>
        <p>${m.empty}</p>`;
    const notes = new SourceNotes(model, lang);
    const structure = exportStructure(model, this.#period);
    const { total, parts, rest, portfolio } = structure;
    const period = formatPeriod(this.#period, lang);
    const heading = this.heading || fill(m.heading, { zone, period });
    const lower = (text: string) => lowerFirst(text, lang);
    const names = (ids: readonly string[]) => sectorList(model, ids, lang);
    const cite = (citations: readonly Citation[] | undefined) => notes.marks(notes.cite(citations));
    const tag = html` <span class="tag">${s.derived}</span>`;
    const share = (sh: Share) => html`${formatAmount(sh.value, 'percent', sh.qualifier, lang)}${sh.computed ? tag : nothing}`;
    const amount = (p: StructurePart) => (p.amount ? formatAmount(p.amount.value, 'RUB', p.amount.qualifier, lang) : '');
    const restText =
      rest && html`${rest.bound === 'upper' ? '<\u00a0' : '≈\u00a0'}${formatAmount(rest.value, 'percent', 'exact', lang)}${tag}`;
    const open = (sh?: Share) => (sh?.qualifier === 'lower-bound' ? (rest?.value ?? 0) : 0);
    const table = this.shown === 'table';
    const legend = [
      ...(parts.some((p) => open(p.share)) ? [[0, 100, '', m.open] as const] : []),
      ...(parts.some((p) => p.share?.computed) ? [[100, 0, 'computed', m.computed] as const] : []),
    ];
    return html`<h2>${heading}</h2>
      <p class="summary">${this.#summary(structure, names, lower)}</p>
      <div class="toolbar" role="group" aria-label=${s.showAs}>
        ${VIEWS.map((view) => html`<button type="button" aria-pressed=${this.shown === view} @click=${() => (this.shown = view)}>${s[view]}</button>`)}
      </div>
      ${
        table
          ? nothing
          : html`<div class="chart">
              ${hatchDefs}
              ${total ? html`<p class="total">${m.total}, ${period}: ${formatAmount(total.value, 'RUB', total.qualifier, lang)}${cite(total.figure.citations)}</p>` : nothing}
              <ul class="rows">
                ${parts.map(
                  (p) =>
                    html`<li>
                      <span class="label">${names(p.sectors)}${p.note ? html` <small>${pick(p.note, lang)}</small>` : nothing}</span>
                      <span class="value"
                        >${p.share ? share(p.share) : nothing}${p.share && p.amount ? html` · ` : nothing}${amount(p)}${cite(p.citations)}</span
                      >
                      ${bar(p.share?.value ?? 0, open(p.share), p.share?.computed ? 'computed' : 'fill')}
                    </li>`,
                )}
                ${
                  rest
                    ? html`<li class="rest">
                        <span class="label">${m.rest}</span>
                        <span class="value">${restText}${cite(rest.citations)}</span>
                        ${rest.bound === 'upper' ? bar(0, rest.value, '') : bar(rest.value, 0, 'remainder')}
                      </li>`
                    : nothing
                }
              </ul>
              ${
                legend.length
                  ? html`<ul class="legend">
                      ${legend.map(([value, dashed, kind, text]) => html`<li>${bar(value, dashed, kind)}${text}</li>`)}
                    </ul>`
                  : nothing
              }
            </div>`
      }
      ${
        // The chart view is already text (names, values, notes): the table is its alternative view, not a duplicate.
        table
          ? html`<div class="table">
              <table>
                <caption>
                  ${heading}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${m.sectors}</th>
                    <th scope="col" class="num">${m.share}</th>
                    <th scope="col" class="num">${m.amount}</th>
                  </tr>
                </thead>
                <tbody>
                  ${parts.map(
                    (p) =>
                      html`<tr>
                        <th scope="row">${names(p.sectors)}${p.note ? html` <small>${pick(p.note, lang)}</small>` : nothing}</th>
                        <td class="num">${p.share ? html`${share(p.share)}${cite(p.citations)}` : '—'}</td>
                        <td class="num">${p.amount ? html`${amount(p)}${cite(p.amount.figure.citations)}` : '—'}</td>
                      </tr>`,
                  )}
                  ${
                    rest
                      ? html`<tr>
                          <th scope="row">${m.rest}</th>
                          <td class="num">${restText}${cite(rest.citations)}</td>
                          <td class="num">—</td>
                        </tr>`
                      : nothing
                  }
                  ${
                    total
                      ? html`<tr class="sum">
                          <th scope="row">${m.total}</th>
                          <td class="num">${formatPercent(100, lang)}</td>
                          <td class="num">${formatAmount(total.value, 'RUB', total.qualifier, lang)}${cite(total.figure.citations)}</td>
                        </tr>`
                      : nothing
                  }
                </tbody>
              </table>
            </div>`
          : nothing
      }
      ${portfolio.map((p) => html`<p class="also">${fill(m.also, { list: names(p.sectors) })}${cite(p.citations)}</p>`)} ${notes.render()}`;
  }

  protected override csvRows(model: Model): CsvRow[] {
    const lang = this.language;
    const m = messages[lang];
    const q = shared[lang].qualifierName;
    const rows: CsvRow[] = [shared[lang].csvHeader];
    if (!this.#period) return rows;
    const { parts, rest, portfolio } = exportStructure(model, this.#period);
    const names = (ids: readonly string[]) => sectorList(model, ids, lang);
    const period = formatPeriod(this.#period, lang);
    for (const p of parts) {
      if (p.share) {
        const how = p.share.computed ? m.computed : (p.citations[0]?.quote ?? '');
        rows.push([names(p.sectors), period, p.share.value, '%', q[p.share.qualifier], how, citationLines(model, p.citations, lang)]);
      }
      if (p.amount) rows.push(figureRow(model, p.amount, names(p.sectors), lang));
    }
    if (rest)
      rows.push([
        m.rest,
        period,
        `${rest.bound === 'upper' ? '< ' : '≈ '}${rest.value}`,
        '%',
        q.approximate,
        m.restHow,
        citationLines(model, rest.citations, lang),
      ]);
    for (const p of portfolio) rows.push(factRow(model, names(p.sectors), this.#period, m.named, p.citations, lang));
    return rows;
  }

  #summary({ parts, total }: Structure, names: (ids: readonly string[]) => string, lower: (t: string) => string) {
    const lang = this.language;
    const m = messages[lang];
    const period = formatPeriod(this.#period, lang);
    const top = parts[0];
    if (!top?.share) return fill(m.summaryNone, { period });
    const amount = top.amount ? formatAmountInWords(top.amount.value, 'RUB', top.amount.qualifier, lang) : '';
    return fill(m.summary, {
      period,
      sectors: lower(names(top.sectors)),
      share: formatAmountInWords(top.share.value, 'percent', top.share.qualifier, lang),
      amount: !amount
        ? ''
        : total
          ? fill(m.summaryAmount, { amount, total: formatAmount(total.value, 'RUB', total.qualifier, lang) })
          : ` (${amount})`,
    });
  }
}
