/**
 * <data-desk>: the page where a press office turns a release into data, in the browser, offline. It renders into the
 * light DOM, so that a selection in the release's text is an ordinary page selection and the page's stylesheet
 * (desk.css, under a strict style-src) applies.
 */
import { Chart } from 'chart.js';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../index.js';
import { labelProblems } from '../controllers/label-check.js';
import { provideDataset } from '../data/load.js';
import { buildModel } from '../data/model.js';
import { FigureKind, type Dataset, type Destination, type Exporter, type Figure } from '../data/schema.js';
import { validateDataset } from '../data/validate.js';
import { MEASURED } from '../data/rules.js';
import { derivedOnlyPeriods } from '../data/warnings.js';
import { countryName } from '../i18n/countries.js';
import { formatDate, formatPeriod } from '../i18n/format.js';
import { shared } from '../i18n/messages.js';
import { MEASURES, type Group } from '../lib/measures.js';
import { QUALIFIERS } from '../lib/qualifiers.js';
import { UNITS } from '../lib/units.js';
import { draftRelease, DraftInputError, quoteOf } from '../draft/draft.js';
import { checkDesk, figureWords, type DeskCheck, type DeskMessage, type UiLang } from './checks.js';
import { TERMS } from './desk.messages.js';
import {
  compose,
  datasetFile,
  fileOf,
  fromDraft,
  type Desk,
  type DestinationDraft,
  type DestinationItem,
  type ExporterItem,
  type FigureItem,
  type Lang,
  type Mention,
  type Release,
  type Speaker,
} from './state.js';

const PUBLISHED = '../data/technopolis-moscow.json';
const KINDS = FigureKind.options;
const PARTS = ['', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2'] as const;
const WIDTHS = [360, 1200] as const;
const LANGS: readonly Lang[] = ['ru', 'en', 'uz'];
/** The exporter list's last choice: a company the dataset does not have yet. */
const NEW_EXPORTER = '+new';

const emptyRelease = (): Release => ({
  text: '',
  id: '',
  outlet: { ru: '' },
  title: '',
  dated: true,
  published: '',
  dateNote: '',
  language: 'ru',
  retells: '',
  speakers: [],
});

const splitPeriod = (period: string | undefined) => {
  const [year = '', part = ''] = (period ?? '').split('-');
  return { year, part };
};

export class DataDesk extends LitElement {
  @state() private uiLang: UiLang = 'ru';
  @state() private opened?: { dataset: Dataset; raw: Dataset; name: string };
  @state() private openError = '';
  @state() private draftError = '';
  @state() private release: Release = emptyRelease();
  @state() private desk?: Desk;
  @state() private checked?: DeskCheck;
  @state() private previewLang: Lang = 'ru';
  @state() private previewWidth: (typeof WIDTHS)[number] = 1200;
  @state() private previewUrl?: string;
  @state() private previewStale = false;
  @state() private chartWarnings = new Map<string, string[]>();
  @state() private active?: string;
  @state() private refused?: string;
  @state() private downloads?: { data: string; text: string };
  #previews = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get #term() {
    return TERMS[this.uiLang];
  }

  // ------------------------------------------------------------------------------------------------- opening
  async #openPublished() {
    try {
      const response = await fetch(PUBLISHED, { credentials: 'omit', referrerPolicy: 'no-referrer' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.#open(await response.text(), 'technopolis-moscow.json');
    } catch (error) {
      this.openError = this.#term.openFailed((error as Error).message);
    }
  }

  async #openFile(e: Event) {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) this.#open(await file.text(), file.name);
  }

  #open(text: string, name: string) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.openError = this.#term.openFailed((error as Error).message);
      return;
    }
    const result = validateDataset(json);
    if (!result.ok) {
      this.openError = this.#term.openFailed(result.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
      return;
    }
    this.openError = '';
    this.opened = { dataset: result.dataset, raw: json as Dataset, name };
    this.desk = undefined;
    this.#changed();
  }

  async #openText(e: Event) {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) this.#editRelease({ text: await file.text() });
  }

  // ------------------------------------------------------------------------------------------------- editing
  #editRelease(patch: Partial<Release>) {
    this.release = { ...this.release, ...patch };
    if (this.desk) this.desk.release = this.release;
    this.#changed();
  }

  #draft() {
    if (!this.opened || !this.release.text.trim()) return;
    const release = { ...this.release, id: this.release.id || `release-${this.release.published || 'new'}` };
    this.release = release;
    try {
      const draft = draftRelease(release.text, {
        source: release.id,
        exporters: this.opened.dataset.exporters,
        ...(release.dated && release.published && { date: release.published }),
      });
      this.desk = fromDraft(this.opened.dataset, release, draft);
      this.draftError = '';
    } catch (error) {
      if (!(error instanceof DraftInputError)) throw error;
      this.draftError = error.message;
      return;
    }
    this.active = undefined;
    this.#changed();
  }

  #figure(item: FigureItem, patch: Partial<Figure>) {
    item.figure = { ...item.figure, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined || v === '') delete (item.figure as Record<string, unknown>)[k];
    this.#changed();
  }

  #destination(item: DestinationItem, patch: Partial<DestinationDraft>) {
    item.destination = { ...item.destination, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined || v === '') delete (item.destination as Record<string, unknown>)[k];
    this.#changed();
  }

  #exporter(item: ExporterItem, patch: Partial<Exporter>) {
    const before = item.exporter.id;
    item.exporter = { ...item.exporter, ...patch };
    // The figures that name the company follow its id.
    if (patch.id !== undefined)
      for (const f of this.desk!.figures) if (f.figure.exporter === before) f.figure = { ...f.figure, exporter: patch.id };
    this.#changed();
  }

  /** A company the dataset does not have, for the figure that names it: its card opens below the figures. */
  #addExporter(item: FigureItem) {
    const desk = this.desk!;
    const taken = new Set([...desk.base.exporters, ...desk.exporters.map((x) => x.exporter)].map((e) => e.id));
    let n = desk.exporters.length + 1;
    while (taken.has(`exporter-${n}`)) n++;
    const key = `x${n}`;
    desk.exporters = [
      ...desk.exporters,
      { key, exporter: { id: `exporter-${n}`, name: { ru: '' }, sector: item.figure.sectors?.[0] ?? '', products: {} } },
    ];
    this.#figure(item, { exporter: `exporter-${n}` });
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#${key}-name`)?.focus());
  }

  #speakers(speakers: Speaker[]) {
    this.#editRelease({ speakers });
  }

  #decide(item: FigureItem | DestinationItem, status: 'accepted' | 'rejected') {
    item.status = item.status === status ? 'pending' : status;
    this.#changed();
  }

  /** A quote may only get shorter: any edit that leaves words not standing in a row in the text is undone. */
  #cut(e: Event, item: FigureItem | DestinationItem, index: number) {
    const field = e.target as HTMLTextAreaElement;
    const citations = ('figure' in item ? item.figure.citations : item.destination.citations) ?? [];
    const value = field.value.trim();
    if (!value || !this.release.text.includes(value)) {
      field.value = citations[index]?.quote ?? '';
      this.refused = `${item.key}-${index}`;
      return;
    }
    this.refused = undefined;
    this.#setQuote(item, index, value);
  }

  #setQuote(item: FigureItem | DestinationItem, index: number, quote: string) {
    const source = this.release.id;
    if ('figure' in item) {
      const citations = [...(item.figure.citations ?? [])];
      citations[index] = { source, quote };
      this.#figure(item, { citations });
    } else {
      const citations = [...item.destination.citations];
      citations[index] = { source, quote };
      this.#destination(item, { citations });
    }
  }

  /** The page's selection, when it lies inside the release's text: verbatim by construction. */
  #takeSelection(item: FigureItem | DestinationItem, index: number) {
    const selection = document.getSelection();
    const view = this.querySelector('.release-view');
    const text = selection?.toString().trim() ?? '';
    if (
      !selection?.rangeCount ||
      !view?.contains(selection.getRangeAt(0).commonAncestorContainer) ||
      !text ||
      !this.release.text.includes(text)
    ) {
      this.refused = `${item.key}-${index}-selection`;
      return;
    }
    this.refused = undefined;
    this.#setQuote(item, index, text);
  }

  /**
   * A country or group pressed in the text goes to the active destination, or starts one; a destination without a quote
   * yet quotes the sentence the name stands in (shorten it by cutting).
   */
  #pick(mention: Mention) {
    const desk = this.desk;
    if (!desk) return;
    const item = desk.destinations.find((destination) => destination.key === this.active) ?? this.#newDestination();
    const destination = item.destination;
    const text = this.release.text;
    const { sentence } = mention;
    const citations =
      destination.citations.length || !sentence
        ? destination.citations
        : [{ source: this.release.id, quote: quoteOf(text.slice(sentence.start, sentence.end)) }];
    this.#destination(item, {
      citations,
      countries:
        mention.country && !destination.countries.includes(mention.country)
          ? [...destination.countries, mention.country]
          : destination.countries,
      ...(mention.group && !destination.groups?.includes(mention.group) && { groups: [...(destination.groups ?? []), mention.group] }),
    });
  }

  #newDestination(): DestinationItem {
    const desk = this.desk!;
    const item: DestinationItem = {
      key: `d${desk.destinations.length + 1}`,
      status: 'pending',
      destination: { countries: [], role: 'market', citations: [] },
      check: [],
    };
    desk.destinations.push(item);
    this.active = item.key;
    return item;
  }

  #addDestination() {
    if (!this.desk) return;
    this.#newDestination();
    this.#changed();
  }

  // ------------------------------------------------------------------------------------------- checks, preview
  #changed() {
    if (this.desk) {
      this.checked = checkDesk(this.desk, this.uiLang);
      const { valid } = this.checked;
      this.previewStale = !valid;
      if (valid) {
        const url = new URL(`preview-${++this.#previews}.json`, document.baseURI).href;
        provideDataset(url, valid);
        if (this.previewUrl) provideDataset(this.previewUrl, undefined);
        this.previewUrl = url;
      }
      this.#makeDownloads();
    } else if (this.opened && !this.previewUrl) {
      const url = new URL(`preview-${++this.#previews}.json`, document.baseURI).href;
      provideDataset(url, this.opened.dataset);
      this.previewUrl = url;
    }
    this.requestUpdate();
  }

  #makeDownloads() {
    if (this.downloads) for (const url of Object.values(this.downloads)) URL.revokeObjectURL(url);
    this.downloads = undefined;
    const undecided = this.desk && [...this.desk.figures, ...this.desk.destinations].some((i) => i.status === 'pending');
    if (!this.desk || !this.checked?.valid || this.checked.messages.length || undecided) return;
    this.downloads = {
      data: URL.createObjectURL(
        new Blob([datasetFile(compose(this.desk, this.opened?.raw, ['accepted']).dataset)], { type: 'application/json' }),
      ),
      text: URL.createObjectURL(new Blob([this.release.text], { type: 'text/plain;charset=utf-8' })),
    };
  }

  #widgetReady(e: Event) {
    const widget = e.composedPath()[0] as HTMLElement;
    const problems = [...(widget.shadowRoot?.querySelectorAll('canvas') ?? [])].flatMap((canvas) => {
      const chart = Chart.getChart(canvas);
      return chart ? labelProblems(chart).map((p) => `<${widget.localName}>: ${p}`) : [];
    });
    this.chartWarnings = new Map(this.chartWarnings).set(widget.localName, problems);
    if (this.chartWarnings.size === 5) this.dispatchEvent(new CustomEvent('desk-preview', { bubbles: true, composed: true }));
  }

  // ------------------------------------------------------------------------------------------------- render
  protected override render(): TemplateResult {
    const term = this.#term;
    return html`<header>
        <h1>${term.title}</h1>
        <p>${term.intro}</p>
        <button type="button" class="switch" lang=${this.uiLang === 'ru' ? 'en' : 'ru'} @click=${() => this.#switchLang()}>
          ${term.other}
        </button>
      </header>
      <main>
        ${this.#renderOpen()} ${this.opened ? this.#renderRelease() : nothing} ${this.desk ? this.#renderDraft() : nothing}
        ${this.desk ? this.#renderChecks() : nothing} ${this.opened ? this.#renderPreview() : nothing}
        ${this.desk ? this.#renderResult() : nothing}
      </main>`;
  }

  #switchLang() {
    this.uiLang = this.uiLang === 'ru' ? 'en' : 'ru';
    document.documentElement.lang = this.uiLang;
    this.#changed();
  }

  #renderOpen() {
    const term = this.#term;
    const opened = this.opened;
    return html`<section aria-labelledby="step1">
      <h2 id="step1">${term.step1}</h2>
      <div class="row">
        <button type="button" id="open-published" @click=${() => this.#openPublished()}>${term.openPublished}</button>
        <label>${term.openFile} <input type="file" id="open-file" accept=".json,application/json" @change=${this.#openFile} /></label>
      </div>
      <p role="status">${opened ? term.opened(opened.name, opened.dataset.version, opened.dataset.figures.length) : ''}${this.openError}</p>
    </section>`;
  }

  #renderRelease() {
    const term = this.#term;
    const release = this.release;
    const sources = this.opened!.dataset.sources;
    const outlets = [...new Set(sources.flatMap((s) => (s.outlet?.ru ? [s.outlet.ru] : [])))];
    const on =
      (key: keyof Release, get: (el: HTMLInputElement) => unknown = (el) => el.value) =>
      (e: Event) =>
        this.#editRelease({ [key]: get(e.target as HTMLInputElement) });
    const messages = this.#messages('release');
    return html`<section aria-labelledby="step2">
      <h2 id="step2">${term.step2}</h2>
      <label class="block" for="release-text">${term.text}</label>
      <textarea id="release-text" rows="8" .value=${release.text} @input=${on('text')}></textarea>
      <label>${term.textFile} <input type="file" id="release-file" accept=".txt,text/plain" @change=${this.#openText} /></label>
      <div class="grid">
        <label
          >${term.outlet} (ru)
          <input
            id="release-outlet"
            list="outlets"
            .value=${release.outlet?.ru ?? ''}
            ?disabled=${release.outlet === null}
            @input=${(e: Event) => this.#outlet('ru', (e.target as HTMLInputElement).value)}
        /></label>
        <datalist id="outlets">${outlets.map((o) => html`<option value=${o}></option>`)}</datalist>
        <label
          >${term.outlet} (en)
          <input
            id="release-outlet-en"
            .value=${release.outlet?.en ?? ''}
            ?disabled=${release.outlet === null}
            @input=${(e: Event) => this.#outlet('en', (e.target as HTMLInputElement).value)}
        /></label>
        <label class="check"
          ><input
            type="checkbox"
            id="release-no-outlet"
            .checked=${release.outlet === null}
            @change=${(e: Event) => this.#editRelease({ outlet: (e.target as HTMLInputElement).checked ? null : { ru: '' } })}
          />
          ${term.outletNone}</label
        >
        <label>${term.releaseTitle} <input id="release-title" .value=${release.title} @input=${on('title')} /></label>
        <label class="check"
          ><input type="checkbox" id="release-undated" .checked=${!release.dated} @change=${on('dated', (el) => !el.checked)} />
          ${term.undated}</label
        >
        ${
          release.dated
            ? html`<label
                >${term.date}
                <input
                  id="release-date"
                  placeholder="2026-07-20"
                  pattern="\\d{4}-\\d{2}-\\d{2}"
                  .value=${release.published}
                  @input=${on('published')}
              /></label>`
            : html`<label
                  >${term.dateGuess}
                  <input id="release-date" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?" .value=${release.published} @input=${on('published')}
                /></label>
                <label class="wide"
                  >${term.dateNote}
                  <textarea
                    id="release-dateNote"
                    rows="2"
                    .value=${release.dateNote}
                    @input=${on('dateNote')}
                    aria-invalid=${this.#invalid(messages, 'dateNote')}
                  ></textarea>
                </label>`
        }
        <label
          >${term.language}
          <select
            id="release-language"
            @change=${on('language')}
            aria-invalid=${messages.some((m) => m.field === 'language') ? 'true' : 'false'}
          >
            ${LANGS.map((l) => html`<option value=${l} ?selected=${release.language === l}>${term.langs[l]}</option>`)}
          </select></label
        >
        <label
          >${term.retells}
          <select id="release-retells" @change=${on('retells')}>
            <option value="" ?selected=${!release.retells}>${term.original}</option>
            ${sources.map(
              (s) =>
                html`<option value=${s.id} ?selected=${release.retells === s.id}>
                  ${s.outlet?.ru ?? s.origin?.ru ?? s.id}, ${formatDate(s.published, this.uiLang)}
                </option>`,
            )}
          </select></label
        >
        <label>${term.sourceId} <input id="release-id" pattern="[a-z0-9][a-z0-9\\-]*" .value=${release.id} @input=${on('id')} /></label>
      </div>
      ${this.#renderSpeakers(release.speakers)} ${this.#messageList('release', messages)}
      <button type="button" id="draft" ?disabled=${!release.text.trim()} @click=${() => this.#draft()}>${term.draft}</button>
      ${this.draftError ? html`<p class="refused" role="alert">${this.draftError}</p>` : nothing}
    </section>`;
  }

  #outlet(lang: 'ru' | 'en', value: string) {
    const known = this.opened!.dataset.sources.find((s) => s.outlet?.ru === value)?.outlet;
    const outlet = lang === 'ru' && known ? structuredClone(known) : { ...this.release.outlet, [lang]: value };
    for (const l of ['ru', 'en', 'uz'] as const) if (!outlet[l]) delete outlet[l];
    this.#editRelease({ outlet: Object.keys(outlet).length ? outlet : { ru: '' } });
  }

  /** The release's text, every proposal's quote marked and every country or group a button. */
  #renderText() {
    const desk = this.desk!;
    const text = this.release.text;
    const quotes: { start: number; end: number; key: string; n: string }[] = [];
    const number = new Map<string, string>();
    desk.figures.forEach((f, i) => number.set(f.key, String(i + 1)));
    desk.destinations.forEach((d, i) => number.set(d.key, `→${i + 1}`));
    for (const item of [...desk.figures, ...desk.destinations]) {
      if (item.status === 'rejected') continue;
      const citations = 'figure' in item ? (item.figure.citations ?? []) : item.destination.citations;
      for (const c of citations) {
        const start = text.indexOf(c.quote);
        if (start >= 0) quotes.push({ start, end: start + c.quote.length, key: item.key, n: number.get(item.key)! });
      }
    }
    const cuts = new Set([0, text.length]);
    for (const q of quotes) cuts.add(q.start).add(q.end);
    for (const m of desk.mentions) cuts.add(m.start).add(m.end);
    const numbers = desk.figures.flatMap((f) => (f.at && f.status !== 'rejected' ? [f.at] : []));
    for (const at of numbers) cuts.add(at.start).add(at.end);
    const points = [...cuts].filter((c) => !desk.mentions.some((m) => c > m.start && c < m.end)).sort((a, b) => a - b);
    const parts: TemplateResult[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const [start, end] = [points[i]!, points[i + 1]!];
      const piece = text.slice(start, end);
      const mention = desk.mentions.find((m) => m.start === start);
      const inside = quotes.filter((q) => q.start <= start && q.end >= end);
      const first = quotes.filter((q) => q.start === start);
      const pick = () => this.#pick(mention!);
      // The text is shown with its own line breaks (pre-wrap): no space may be added around a piece of it.
      // prettier-ignore
      const content = mention
        ? html`<button type="button" class="mention" data-mention=${mention.country ?? mention.group ?? ''} @click=${pick}>${piece}</button>`
        : numbers.some((at) => at.start <= start && at.end >= end)
          ? html`<strong>${piece}</strong>`
          : html`${piece}`;
      parts.push(
        inside.length
          ? html`<mark
              class=${inside.some((q) => q.key === this.active) ? 'active' : ''}
              data-items=${inside.map((q) => q.key).join(' ')}
              data-n=${first.map((q) => q.n).join(' ')}
              >${content}</mark
            >`
          : content,
      );
    }
    const label = this.#term.textView;
    // prettier-ignore
    return html`<div class="release-view" lang=${this.release.language} aria-label=${label} role="region" tabindex="0">${parts}</div>`;
  }

  #renderDraft() {
    const term = this.#term;
    const desk = this.desk!;
    return html`<section aria-labelledby="step3" class="draft">
      <h2 id="step3">${term.step3}</h2>
      <p>${term.proposals(desk.figures.length, desk.destinations.length)}</p>
      <div class="columns">
        ${this.#renderText()}
        <div class="cards">
          ${desk.figures.map((item, i) => this.#renderFigure(item, i + 1))}
          ${desk.exporters
            .filter((x) => desk.figures.some((f) => f.status !== 'rejected' && f.figure.exporter === x.exporter.id))
            .map((x) => this.#renderExporter(x))}
          ${desk.destinations.map((item, i) => this.#renderDestination(item, i + 1))}
          <button type="button" id="add-destination" @click=${() => this.#addDestination()}>${term.addDestination}</button>
        </div>
      </div>
    </section>`;
  }

  #messages(target: string) {
    return this.checked?.messages.filter((m) => m.target === target) ?? [];
  }

  #invalid(messages: readonly DeskMessage[], field: string): 'true' | 'false' {
    return messages.some((m) => m.field === field) ? 'true' : 'false';
  }

  #messageList(target: string, messages: readonly DeskMessage[]) {
    if (!messages.length) return nothing;
    return html`<ul class="messages" id="${target}-messages">
      ${messages.map((m, i) => html`<li id="${target}-message-${i}" data-field=${m.field}>${m.text}</li>`)}
    </ul>`;
  }

  #status(item: FigureItem | DestinationItem) {
    const term = this.#term;
    return html`<div class="decide" role="group" aria-label=${term.status[item.status]}>
      <button
        type="button"
        class="accept"
        aria-pressed=${item.status === 'accepted' ? 'true' : 'false'}
        @click=${() => this.#decide(item, 'accepted')}
      >
        ${term.accept}
      </button>
      <button
        type="button"
        class="reject"
        aria-pressed=${item.status === 'rejected' ? 'true' : 'false'}
        @click=${() => this.#decide(item, 'rejected')}
      >
        ${term.reject}
      </button>
      <span class="state">${term.status[item.status]}</span>
    </div>`;
  }

  #period(id: string, label: string, period: string | undefined, invalid: 'true' | 'false', set: (period: string | undefined) => void) {
    const term = this.#term;
    const { year, part } = splitPeriod(period);
    const write = (y: string, p: string) => set(/^\d{4}$/.test(y) ? `${y}${p ? `-${p}` : ''}` : undefined);
    return html`<fieldset class="period">
      <legend>${label}</legend>
      <label
        >${term.year}
        <input
          id=${id}
          class="year"
          inputmode="numeric"
          maxlength="4"
          size="5"
          .value=${year}
          aria-invalid=${invalid}
          @change=${(e: Event) => write((e.target as HTMLInputElement).value.trim(), part)}
      /></label>
      <label
        >${term.part}
        <select id="${id}-part" @change=${(e: Event) => write(year, (e.target as HTMLSelectElement).value)}>
          ${PARTS.map((p) => html`<option value=${p} ?selected=${p === part}>${p || term.wholeYear}</option>`)}
        </select></label
      >
    </fieldset>`;
  }

  #quotes(item: FigureItem | DestinationItem, citations: readonly { quote: string }[], invalid: 'true' | 'false') {
    const term = this.#term;
    return html`<fieldset class="quotes">
      <legend>${term.quote}</legend>
      <p class="help" id="${item.key}-quote-help">${term.quoteHelp}</p>
      ${(citations.length ? citations : [{ quote: '' }]).map(
        (c, i) =>
          html`<textarea
              id="${item.key}-quote-${i}"
              rows="3"
              aria-label="${term.quote} ${i + 1}"
              aria-describedby="${item.key}-quote-help"
              aria-invalid=${invalid}
              .value=${c.quote}
              @change=${(e: Event) => this.#cut(e, item, i)}
            ></textarea>
            <button type="button" class="take" @click=${() => this.#takeSelection(item, i)}>${term.takeSelection}</button>
            ${this.refused === `${item.key}-${i}` ? html`<p class="refused" role="alert">${term.quoteRefused}</p>` : nothing}
            ${this.refused === `${item.key}-${i}-selection` ? html`<p class="refused" role="alert">${term.noSelection}</p>` : nothing}`,
      )}
    </fieldset>`;
  }

  #renderFigure(item: FigureItem, n: number) {
    const term = this.#term;
    const figure = item.figure;
    const id = (field: string) => `${item.key}-${field}`;
    const messages = this.#messages(item.key);
    const bad = (field: string) => this.#invalid(messages, field);
    const set = (patch: Partial<Figure>) => this.#figure(item, patch);
    const select = <T extends string>(
      field: keyof Figure,
      options: readonly T[],
      names: Record<T, string>,
      value: string | undefined,
      optional = false,
    ) =>
      html`<select
        id=${id(field)}
        aria-invalid=${bad(field)}
        @change=${(e: Event) => set({ [field]: (e.target as HTMLSelectElement).value || undefined })}
      >
        ${optional ? html`<option value="" ?selected=${!value}>${term.none}</option>` : nothing}
        ${options.map((o) => html`<option value=${o as string} ?selected=${o === value}>${names[o]}</option>`)}
      </select>`;
    const sectors = [...this.desk!.base.sectors, ...this.desk!.sectors];
    const exporters = [...this.desk!.base.exporters, ...this.desk!.exporters.map((x) => x.exporter)];
    const labels = [...new Set(this.desk!.base.figures.flatMap((x) => (x.kind === figure.kind && x.label?.ru ? [x.label.ru] : [])))];
    const keyFigure = figure.kind === 'zone' || figure.kind === 'city';
    return html`<article
      class="card ${item.status}"
      id="card-${item.key}"
      aria-labelledby="${item.key}-title"
      @focusin=${() => (this.active = item.key)}
    >
      <h3 id="${item.key}-title">${term.figure(n)}: <span class="words">${figureWords(figure, this.uiLang)}</span></h3>
      ${this.#status(item)} ${this.#messageList(item.key, messages)}
      ${
        item.check.length
          ? html`<details>
              <summary>${term.check}</summary>
              <ul>
                ${item.check.map((c) => html`<li>${c}</li>`)}
              </ul>
            </details>`
          : nothing
      }
      <div class="grid">
        <label>${term.kind} ${select('kind', KINDS, term.kinds, figure.kind)}</label>
        <label
          >${term.value}
          <input
            id=${id('value')}
            inputmode="decimal"
            .value=${figure.value === undefined ? '' : figure.value.toLocaleString('ru', { maximumFractionDigits: 6 })}
            aria-invalid=${bad('value')}
            @change=${(e: Event) => {
              const value = Number((e.target as HTMLInputElement).value.replace(/\s/g, '').replace(',', '.'));
              set({ value: Number.isFinite(value) ? value : undefined });
            }}
        /></label>
        <label>${term.unit} ${select('unit', UNITS, term.units, figure.unit)}</label>
        <fieldset class="qualifier">
          <legend>${term.qualifier}</legend>
          ${QUALIFIERS.map(
            (q) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="${item.key}-qualifier"
                  value=${q}
                  .checked=${(figure.qualifier ?? 'exact') === q}
                  @change=${() => set({ qualifier: q })}
                />
                ${term.qualifiers[q]}</label
              >`,
          )}
        </fieldset>
        ${MEASURED.has(figure.kind) ? html`<label>${term.measure} ${select('measure', MEASURES, shared[this.uiLang].measure, figure.measure, true)}</label>` : nothing}
        ${
          figure.measure === 'other'
            ? html`<label
                >${term.measureNote}
                <input
                  id=${id('measureNote')}
                  aria-invalid=${bad('measureNote')}
                  .value=${figure.measureNote?.ru ?? ''}
                  @change=${(e: Event) => set({ measureNote: { ru: (e.target as HTMLInputElement).value } })}
              /></label>`
            : nothing
        }
        ${this.#period(id('period'), term.period, figure.period, bad('period'), (period) => set({ period }))}
        ${
          figure.kind === 'growth' || figure.basePeriod
            ? this.#period(id('basePeriod'), term.basePeriod, figure.basePeriod, bad('basePeriod'), (basePeriod) => set({ basePeriod }))
            : nothing
        }
        <label class="check"
          ><input
            type="checkbox"
            id=${id('periodInferred')}
            .checked=${!!figure.periodInferred}
            @change=${(e: Event) => set({ periodInferred: (e.target as HTMLInputElement).checked || undefined })}
          />
          ${term.periodInferred}</label
        >
        ${
          figure.kind === 'sector-export' || figure.kind === 'sector-share' || figure.sectors
            ? html`<fieldset class="sectors">
                <legend>${term.sectors}</legend>
                ${sectors.map(
                  (s, i) =>
                    html`<label class="check"
                      ><input
                        type="checkbox"
                        id=${i ? `${id('sectors')}-${s.id}` : id('sectors')}
                        aria-invalid=${bad('sectors')}
                        .checked=${!!figure.sectors?.includes(s.id)}
                        @change=${(e: Event) => {
                          const chosen = new Set(figure.sectors ?? []);
                          if ((e.target as HTMLInputElement).checked) chosen.add(s.id);
                          else chosen.delete(s.id);
                          set({ sectors: chosen.size ? [...chosen] : undefined });
                        }}
                      />
                      ${s.name[this.uiLang] ?? s.name.ru}</label
                    >`,
                )}
              </fieldset>`
            : nothing
        }
        ${
          figure.kind === 'exporter-export' || figure.exporter
            ? html`<label
                >${term.exporter}
                <select
                  id=${id('exporter')}
                  aria-invalid=${bad('exporter')}
                  @change=${(e: Event) => {
                    const value = (e.target as HTMLSelectElement).value;
                    if (value === NEW_EXPORTER) this.#addExporter(item);
                    else set({ exporter: value || undefined });
                  }}
                >
                  <option value="" ?selected=${!figure.exporter}>${term.none}</option>
                  ${exporters.map(
                    (e) =>
                      html`<option value=${e.id} ?selected=${e.id === figure.exporter}>
                        ${e.name?.[this.uiLang] || e.name?.ru || e.id}
                      </option>`,
                  )}
                  <option value=${NEW_EXPORTER}>${term.newExporter}</option>
                </select></label
              >`
            : nothing
        }
        ${
          keyFigure || figure.label
            ? html`<fieldset class="label">
                <legend>${term.label}</legend>
                <datalist id="${item.key}-labels">${labels.map((l) => html`<option value=${l}></option>`)}</datalist>
                ${(['ru', 'en', 'uz'] as const).map(
                  (l) =>
                    html`<label
                      >${l}
                      <input
                        id="${id('label')}${l === 'ru' ? '' : `-${l}`}"
                        lang=${l === 'uz' ? 'uz-Cyrl' : l}
                        list=${ifDefined(l === 'ru' ? `${item.key}-labels` : undefined)}
                        .value=${figure.label?.[l] ?? ''}
                        @change=${(e: Event) => this.#label(item, l, (e.target as HTMLInputElement).value)}
                    /></label>`,
                )}
              </fieldset>`
            : nothing
        }
      </div>
      ${this.#quotes(item, figure.citations ?? [], bad('quote'))}
    </article>`;
  }

  /** A label in one language; choosing an existing Russian label brings its other languages with it. */
  #label(item: FigureItem, lang: 'ru' | 'en' | 'uz', value: string) {
    const known = lang === 'ru' ? this.desk!.base.figures.find((f) => f.label?.ru === value)?.label : undefined;
    const label = known ? structuredClone(known) : { ...item.figure.label, [lang]: value.trim() };
    for (const l of ['ru', 'en', 'uz'] as const) if (!label[l]) delete label[l];
    this.#figure(item, { label: Object.keys(label).length ? label : undefined });
  }

  #renderExporter(item: ExporterItem) {
    const term = this.#term;
    const exporter = item.exporter;
    const id = (field: string) => `${item.key}-${field}`;
    const messages = this.#messages(item.key);
    const bad = (field: string) => this.#invalid(messages, field);
    const text = (field: 'name' | 'products', lang: Lang, value: string) => {
      const next = { ...exporter[field], [lang]: value.trim() };
      for (const l of LANGS) if (!next[l]) delete next[l];
      this.#exporter(item, { [field]: next });
    };
    const languages = (field: 'name' | 'products', legend: string) =>
      html`<fieldset class="label">
        <legend>${legend}</legend>
        ${LANGS.map(
          (l) =>
            html`<label
              >${l}
              <input
                id="${id(field)}${l === 'ru' ? '' : `-${l}`}"
                lang=${l === 'uz' ? 'uz-Cyrl' : l}
                aria-invalid=${bad(field)}
                ?disabled=${field === 'name' && exporter.name === null}
                .value=${exporter[field]?.[l] ?? ''}
                @change=${(e: Event) => text(field, l, (e.target as HTMLInputElement).value)}
            /></label>`,
        )}
      </fieldset>`;
    const sectors = [...this.desk!.base.sectors, ...this.desk!.sectors];
    return html`<article class="card" id="card-${item.key}" aria-labelledby="${item.key}-title">
      <h3 id="${item.key}-title">${term.exporterCard(exporter.name?.ru || exporter.name?.[this.release.language] || exporter.id)}</h3>
      <p class="help">${term.exporterHelp}</p>
      ${this.#messageList(item.key, messages)}
      <div class="grid">
        <label
          >${term.exporterId}
          <input
            id=${id('id')}
            pattern="[a-z0-9][a-z0-9\\-]*"
            aria-invalid=${bad('id')}
            .value=${exporter.id}
            @change=${(e: Event) => this.#exporter(item, { id: (e.target as HTMLInputElement).value.trim() })}
        /></label>
        <label class="check"
          ><input
            type="checkbox"
            id=${id('unnamed')}
            .checked=${exporter.name === null}
            @change=${(e: Event) => this.#exporter(item, { name: (e.target as HTMLInputElement).checked ? null : { ru: '' } })}
          />
          ${term.exporterUnnamed}</label
        >
        <label
          >${term.exporterSector}
          <select
            id=${id('sector')}
            aria-invalid=${bad('sector')}
            @change=${(e: Event) => this.#exporter(item, { sector: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${!exporter.sector}>${term.none}</option>
            ${sectors.map((s) => html`<option value=${s.id} ?selected=${s.id === exporter.sector}>${s.name[this.uiLang] ?? s.name.ru}</option>`)}
          </select></label
        >
      </div>
      ${languages('name', term.exporterName)} ${languages('products', term.exporterProducts)}
    </article>`;
  }

  #renderSpeakers(speakers: readonly Speaker[]) {
    const term = this.#term;
    const edit = (i: number, field: 'name' | 'role', value: string) =>
      this.#speakers(
        speakers.map((s, j) => {
          if (j !== i) return s;
          const next = { ...s };
          if (field === 'role' && !value.trim()) delete next.role;
          else next[field] = { ru: value.trim() };
          return next;
        }),
      );
    return html`<fieldset class="speakers">
      <legend>${term.speakers}</legend>
      ${speakers.map(
        (s, i) =>
          html`<div class="grid">
            <label
              >${term.speakerName}
              <input
                id="speaker-${i}-name"
                .value=${s.name.ru ?? ''}
                @change=${(e: Event) => edit(i, 'name', (e.target as HTMLInputElement).value)}
            /></label>
            <label
              >${term.speakerRole}
              <input
                id="speaker-${i}-role"
                .value=${s.role?.ru ?? ''}
                @change=${(e: Event) => edit(i, 'role', (e.target as HTMLInputElement).value)}
            /></label>
            <button
              type="button"
              class="remove"
              aria-label=${term.remove(s.name.ru || `${i + 1}`)}
              @click=${() => this.#speakers(speakers.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>`,
      )}
      <button type="button" id="add-speaker" @click=${() => this.#speakers([...speakers, { name: { ru: '' } }])}>${term.addSpeaker}</button>
    </fieldset>`;
  }

  #renderDestination(item: DestinationItem, n: number) {
    const term = this.#term;
    const destination = item.destination;
    const id = (field: string) => `${item.key}-${field}`;
    const messages = this.#messages(item.key);
    const bad = (field: string) => this.#invalid(messages, field);
    const set = (patch: Partial<DestinationDraft>) => this.#destination(item, patch);
    const chip = (name: string, code: string, remove: () => void) =>
      html`<li>
        ${name} <button type="button" class="remove" data-code=${code} aria-label=${term.remove(name)} @click=${remove}>×</button>
      </li>`;
    return html`<article
      class="card ${item.status}"
      id="card-${item.key}"
      aria-labelledby="${item.key}-title"
      @focusin=${() => (this.active = item.key)}
    >
      <h3 id="${item.key}-title">${term.destination(n)}</h3>
      ${this.#status(item)} ${this.#messageList(item.key, messages)}
      <fieldset class="countries">
        <legend id=${id('countries')} tabindex="-1">${term.countries}</legend>
        <p class="help">${term.countriesHelp}</p>
        <ul class="chips">
          ${destination.countries.map((c) => chip(countryName(c, this.uiLang), c, () => set({ countries: destination.countries.filter((x) => x !== c) })))}
          ${(destination.groups ?? []).map((g: Group) =>
            chip(shared[this.uiLang].groups[g], g, () => {
              const groups = destination.groups!.filter((x) => x !== g);
              set({ groups: groups.length ? groups : undefined });
            }),
          )}
        </ul>
      </fieldset>
      <div class="grid">
        ${this.#period(id('period'), term.period, destination.period, bad('period'), (period) => set({ period }))}
        <label class="check"
          ><input
            type="checkbox"
            id=${id('periodInferred')}
            .checked=${!!destination.periodInferred}
            @change=${(e: Event) => set({ periodInferred: (e.target as HTMLInputElement).checked || undefined })}
          />
          ${term.periodInferred}</label
        >
        <label
          >${term.role}
          <select id=${id('role')} @change=${(e: Event) => set({ role: (e.target as HTMLSelectElement).value as Destination['role'] })}>
            ${(['market', 'top', 'new'] as const).map((r) => html`<option value=${r} ?selected=${destination.role === r}>${term.roles[r]}</option>`)}
          </select></label
        >
        <label
          >${term.deliveryStatus}
          <select
            id=${id('status')}
            @change=${(e: Event) => set({ status: ((e.target as HTMLSelectElement).value || undefined) as Destination['status'] })}
          >
            ${(['', 'delivered', 'ongoing'] as const).map((s) => html`<option value=${s} ?selected=${(destination.status ?? '') === s}>${term.statuses[s]}</option>`)}
          </select></label
        >
      </div>
      ${this.#quotes(item, destination.citations, bad('quote'))}
      <!-- Last in the card: nothing above the pointer moves when the card takes the focus. -->
      ${this.active === item.key ? html`<p class="help">${term.activeDestination(n)}</p>` : nothing}
    </article>`;
  }

  #renderChecks() {
    const term = this.#term;
    const messages = this.checked?.messages ?? [];
    const go = (m: DeskMessage) => (e: Event) => {
      e.preventDefault();
      const target = m.target === 'release' ? `release-${m.field}` : `${m.target}-${m.field === 'quote' ? 'quote-0' : m.field}`;
      (
        this.querySelector<HTMLElement>(`#${CSS.escape(target)}`) ?? this.querySelector<HTMLElement>(`#card-${CSS.escape(m.target)} h3`)
      )?.focus();
    };
    return html`<section aria-labelledby="step4">
      <h2 id="step4">${term.step4}</h2>
      <div role="status" id="check-summary">${messages.length ? term.problems(messages.length) : term.allClear}</div>
      <ul class="messages" id="all-messages">
        ${messages.map(
          (m) =>
            html`<li data-target=${m.target} data-field=${m.field}>
              <a href="#${m.target}-${m.field}" @click=${go(m)}><b>${m.what}</b></a
              >: ${m.text}
            </li>`,
        )}
      </ul>
    </section>`;
  }

  #renderPreview() {
    const term = this.#term;
    const valid = this.checked?.valid ?? this.opened!.dataset;
    const derived = derivedOnlyPeriods(buildModel(valid)).map((w) =>
      term.derivedOnly(formatPeriod(w.period, this.uiLang), w.ids.join(', ')),
    );
    const warnings = [...derived, ...[...this.chartWarnings.values()].flat()];
    const src = this.previewUrl ?? '';
    const previewLang = this.previewLang;
    return html`<section aria-labelledby="step5" class="preview">
      <h2 id="step5">${term.step5}</h2>
      <div class="row">
        <fieldset>
          <legend>${term.previewLang}</legend>
          ${LANGS.map(
            (x) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="preview-lang"
                  value=${x}
                  .checked=${previewLang === x}
                  @change=${() => this.#previewAs(x, this.previewWidth)}
                />
                ${x}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${term.previewWidth}</legend>
          ${WIDTHS.map(
            (w) =>
              html`<label class="check"
                ><input
                  type="radio"
                  name="preview-width"
                  value=${w}
                  .checked=${this.previewWidth === w}
                  @change=${() => this.#previewAs(previewLang, w)}
                />
                ${w} px</label
              >`,
          )}
        </fieldset>
      </div>
      ${this.previewStale ? html`<p class="stale">${term.previewStale}</p>` : nothing}
      <h3>${term.warnings}</h3>
      <ul id="preview-warnings">
        ${warnings.length ? warnings.map((w) => html`<li>${w}</li>`) : html`<li>${term.noWarnings}</li>`}
      </ul>
      <div class="frame w${this.previewWidth}" @ew-ready=${this.#widgetReady} @ew-error=${this.#widgetReady}>
        <export-growth lang=${previewLang} src=${src}></export-growth>
        <top-exporters lang=${previewLang} src=${src}></top-exporters>
        <destination-list lang=${previewLang} src=${src}></destination-list>
        <key-figures lang=${previewLang} src=${src}></key-figures>
        <export-structure lang=${previewLang} src=${src}></export-structure>
      </div>
    </section>`;
  }

  #previewAs(lang: Lang, width: (typeof WIDTHS)[number]) {
    this.chartWarnings = new Map();
    this.previewLang = lang;
    this.previewWidth = width;
  }

  #renderResult() {
    const term = this.#term;
    const desk = this.desk!;
    const messages = this.checked?.messages ?? [];
    const pending = [...desk.figures, ...desk.destinations].filter((i) => i.status === 'pending').length;
    const { dataset } = compose(desk, undefined, ['accepted']);
    const base = desk.base;
    const source = dataset.sources.at(-1)!;
    const changes = [
      term.versionChange(base.version, dataset.version),
      ...(dataset.asOf !== base.asOf ? [term.asOfChange(base.asOf, dataset.asOf)] : []),
      term.newSource(
        [
          source.outlet?.[this.uiLang] ?? source.outlet?.ru ?? term.outletNone,
          source.title && `«${source.title}»`,
          source.published,
          fileOf(this.release),
        ]
          .filter(Boolean)
          .join(', '),
      ),
      ...dataset.figures.slice(base.figures.length).map((f) => term.newItem(`${figureWords(f, this.uiLang)} (${f.id})`)),
      ...dataset.destinations
        .slice(base.destinations.length)
        .map((d) =>
          term.newItem(
            `${[...d.countries.map((c) => countryName(c, this.uiLang)), ...(d.groups ?? []).map((g) => shared[this.uiLang].groups[g])].join(', ')}${d.period ? `, ${formatPeriod(d.period, this.uiLang)}` : ''}, ${term.roles[d.role]}`,
          ),
        ),
    ];
    return html`<section aria-labelledby="step6">
      <h2 id="step6">${term.step6}</h2>
      <h3>${term.changes}</h3>
      <ul id="changes">
        ${changes.map((c) => html`<li>${c}</li>`)}
      </ul>
      ${pending ? html`<p>${term.pending(pending)}</p>` : nothing}
      ${
        this.downloads
          ? html`<p class="row">
              <a id="download-data" href=${this.downloads.data} download="technopolis-moscow.json">${term.downloadData}</a>
              <a id="download-text" href=${this.downloads.text} download=${fileOf(this.release)}
                >${term.downloadText(fileOf(this.release))}</a
              >
            </p>`
          : html`<p id="not-ready">${term.notReady(messages.length)}</p>`
      }
      <h3>${term.next}</h3>
      <ol id="next-steps">
        ${term.nextSteps('technopolis-moscow.json', fileOf(this.release)).map((s) => html`<li>${s}</li>`)}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'data-desk': DataDesk;
  }
}
