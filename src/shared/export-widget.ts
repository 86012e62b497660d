/**
 * What every widget shares: the common attributes (`src`, `lang`, `theme`,
 * `heading`), the dataset task, the resolved language and theme, visible
 * hints for attribute values it does not know, and the loading and error
 * states. A widget adds its own attributes and `renderWidget`.
 *
 * A widget's constructor hands its own texts to the base class, `super(messages)`: `this.locale.term` then holds the
 * shared terms and the widget's own, typed together. The hooks a widget overrides, in the order they run for an update
 * (ARCHITECTURE.md draws the whole path):
 * 1. `willUpdate(changed)`: call `super.willUpdate` first (it resets `hints`), then read the widget's attributes with
 *    `allowed` / `count` / `text` and derive what `renderWidget` and `csvRows` read from `this.data.value`. Never
 *    change state in `renderWidget`.
 * 2. `renderWidget(model)`: the content once the dataset is there; the base class wraps it with hints, the loading and
 *    error states and the footer. Called only with data.
 * 3. `csvRows(model)` (optional): the rows of the CSV download; without it the widget offers none.
 *    `pictureContent(model)` (optional): what its PNG and SVG pictures show (shared/picture.ts); `printedCharts()`, its
 *    charts as SVG for print.
 * 4. `drawn()` (widgets with charts): settles when the charts are drawn; `ew-ready` and `ready` wait for it.
 * The base class owns `scheduleUpdate` (render turns, and waiting for the dataset under pre-rendered content),
 * `update` (hydration) and `updated` (announcing `ew-ready` / `ew-error` once): a widget does not override them.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { DatasetError, loadDataset } from '../data/load.js';
import type { Model } from '../data/model.js';
import { ThemeController, THEMES, type ThemeSetting } from '../controllers/theme-controller.js';
import { formatDate, formatsReady, warmFormats } from '../i18n/format.js';
import { LANGS, LOCALE, pick, toLang, type Lang } from '../i18n/lang.js';
import { withShared, type OwnTerms, type SharedTerms } from '../i18n/messages.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { citedSources, toCsv, download, type CsvRow } from './csv.js';
import { layout, pictureTheme, toPng, toSvg, type Block, type Columns } from './picture.js';
import { emit, type ReadyDetail } from './events.js';
import { sourceLine } from './sources.js';
import { EmbedDialog } from './embed-dialog.js';
import { attributeText, describeValue } from '../lib/attribute-text.js';
import { isolate } from '../lib/bidi.js';
import { PrerenderedController } from './prerendered.js';
import { serverRender } from '../controllers/server-render.js';
import { renderInTurn } from '../controllers/render-scheduler.js';
import { baseStyles } from './styles.js';

/** The rejection of a load the widget itself gave up because it was removed. */
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The attributes, parts, colours and events every widget of the kit shares.
 *
 * @csspart base - The widget's frame.
 * @csspart hint - A message about an attribute value the widget does not know.
 * @csspart state - The loading or error message.
 * @csspart sources - The source notes with their quotes.
 * @csspart footer - The dataset version line and the downloads: CSV, and a picture as PNG and SVG.
 * @cssproperty [--ew-accent=#1d5fbf] - Links, focus rings, active toggles (light theme).
 * @cssproperty [--ew-series-1=var(--ew-accent)] - Bars and the first chart series.
 * @cssproperty [--ew-series-2=#b3541e] - The second chart series.
 * @cssproperty [--ew-text=#1b1f24] - Text.
 * @cssproperty [--ew-muted=#56606b] - Secondary text, axis labels, dates and notes.
 * @cssproperty [--ew-bg=#ffffff] - Background.
 * @cssproperty [--ew-surface=#f3f5f8] - Bar tracks, cards, buttons.
 * @cssproperty [--ew-grid=#d5dae1] - Grid and table lines.
 * @cssproperty [--ew-border=#c9cfd6] - Button and card borders.
 * @cssproperty [--ew-warn=#8a4b00] - The edge of hints and error messages.
 * @cssproperty [--ew-dark-accent=#8ab4f8] - `--ew-accent` in the dark theme.
 * @cssproperty [--ew-dark-series-1=var(--ew-dark-accent)] - `--ew-series-1` in the dark theme.
 * @cssproperty [--ew-dark-series-2=#f0a36b] - `--ew-series-2` in the dark theme.
 * @cssproperty [--ew-dark-text=#e6e8eb] - `--ew-text` in the dark theme.
 * @cssproperty [--ew-dark-muted=#a9b2bd] - `--ew-muted` in the dark theme.
 * @cssproperty [--ew-dark-bg=#17191c] - `--ew-bg` in the dark theme.
 * @cssproperty [--ew-dark-surface=#24282d] - `--ew-surface` in the dark theme.
 * @cssproperty [--ew-dark-grid=#3b4149] - `--ew-grid` in the dark theme.
 * @cssproperty [--ew-dark-border=#4a525c] - `--ew-border` in the dark theme.
 * @cssproperty [--ew-dark-warn=#ffc46b] - `--ew-warn` in the dark theme.
 * @cssproperty [--ew-padding=0.75em 1em] - Padding of the frame.
 * @cssproperty [--ew-font-size=medium] - Text size of the widget (`medium` is the reader's browser setting). Rules of the page such as `*{font-size:20px}` do not change it; the font family comes from the page.
 * @cssproperty [--ew-radius=0.25em] - Corner radius of the frame.
 * @cssproperty [--ew-min-height=12em] - Height kept while loading or showing an error (a widget may have its own default, close to its loaded height).
 * @fires {ReadyDetail} ew-ready - The data is shown (and the charts drawn). `detail`: `{ version, src }`, `src` being the URL the data came from after redirects, or `embedded`.
 * @fires {ErrorDetail} ew-error - The dataset could not be loaded or failed validation. `detail`: `{ kind, message, detail? }`: `message` is what the widget shows, in its language; `detail`, for a file that fails validation, the validator's own words (English), also in the console.
 */
export abstract class ExportWidget<Terms extends object = object> extends LitElement {
  static override styles = [baseStyles];
  /** URL of a dataset in the kit's format to show instead of the embedded one. Only http(s) URLs are fetched; widgets naming the same URL share one request. */
  @property() src?: string | URL;

  /**
   * Language: `ru`, `en` or `uz` (Uzbek, Cyrillic). Defaults to the nearest ancestor's `lang`, else `ru`. Typed as the
   * three, so an app's checker catches another; at runtime a regional tag (`ru-RU`) counts as its language.
   */
  @property() override lang: Lang | '' = '';

  /** Colour theme: `auto` (the page's signal, then the reader's OS setting), `light` or `dark`. */
  @property() theme: ThemeSetting = 'auto';

  /** Replaces the generated heading. An empty value keeps the generated one. */
  @property() heading?: string;

  /**
   * Adds an "Embed" button to the footer: a dialog with this widget's embed codes as configured (script and element,
   * iframe with the resize script, iframe alone), each with a copy button. Off by default. The codes come from the
   * folder the kit was loaded from (its publish.json); elsewhere the dialog says they are not available.
   */
  @property({ type: Boolean, attribute: 'embed-link' }) embedLink = false;

  /** @internal */
  readonly #embed = new EmbedDialog(this, () => this.locale.lang);

  /** @internal */
  protected readonly themeController = new ThemeController(this);

  /** @internal On a server, the dataset is there from the start: the renderer renders at once, without waiting. */
  protected readonly data = new Task(this, {
    ...(serverRender() ? { initialValue: serverRender()!.model } : {}),
    task: ([src, refused], { signal }) =>
      refused === undefined
        ? loadDataset(src, { base: this.ownerDocument.baseURI, signal })
        : Promise.reject(new DatasetError('url', refused)),
    // Only text and a URL object are addresses; anything else (a number, an object, a Symbol) is refused as a wrong
    // address, without a request.
    args: () => {
      const src: unknown = this.src;
      const address = typeof src === 'string' ? src : src instanceof URL ? src.href : undefined;
      return [address, address === undefined && src != null ? describeValue(src) : undefined] as const;
    },
  });

  /** @internal Pre-rendered content from the embed code, adopted by the first render with data. */
  protected readonly prerendered = new PrerenderedController(this, this.data, this.themeController);

  /** @internal Messages about attribute values the widget does not know; rebuilt before each render. */
  protected hints: string[] = [];

  /** The `heading` as text, read before each render. */
  #heading?: string;

  /**
   * @internal The language in use (own `lang`, an ancestor's, else `ru`, followed at runtime) and the texts in it: the
   * shared terms and the widget's own, in one typed set.
   */
  protected readonly locale: LocaleController<SharedTerms & Terms>;

  #announced: unknown;
  #readyNow?: (detail: ReadyDetail) => void;

  /**
   * Settles once the widget has shown its data and drawn its charts, with the detail of its first `ew-ready`: for
   * code that attaches late, such as React's hydration, which attaches no listener before the event may have fired.
   * A load that fails leaves it waiting (`ew-error` says why) until a retry succeeds.
   */
  readonly ready: Promise<ReadyDetail> = new Promise((resolve) => (this.#readyNow = resolve));

  /** @param terms The widget's own texts in every language; the shared ones join them. */
  constructor(terms: Readonly<Record<Lang, OwnTerms<Terms>>>) {
    super();
    this.locale = new LocaleController(this, withShared(terms));
  }

  /**
   * @internal An attribute's value as text, trimmed: its property may hold what a framework sets (`attributeText`:
   * a number, an array for a list). A value that stands for no text, or that `valid` refuses, adds the hint `hint`
   * writes for it and gives undefined; so does nothing, without a hint.
   */
  protected text(value: unknown, hint: (shown: string) => string, valid: (text: string) => boolean = () => true): string | undefined {
    const text = attributeText(value);
    if (text === undefined || (text !== null && !text.trim())) return undefined;
    if (text !== null && valid(text.trim())) return text.trim();
    // The value as written, cut short and kept from reordering the sentence around it.
    this.hints.push(hint(isolate(describeValue(text ?? value))));
    return undefined;
  }

  /**
   * @internal Checks an attribute against its allowed values, ignoring case, and returns the allowed spelling
   * (`2021-q1` gives `2021-Q1`). An unknown value adds a visible hint and gives the fallback.
   */
  protected allowed<T extends string>(attr: string, value: unknown, allowed: readonly T[], fallback: T): T {
    const known = (text: string) => allowed.find((a) => a.toLowerCase() === text.toLowerCase());
    const text = this.text(
      value,
      (shown) => this.locale.term.hint({ attr, value: shown, allowed: allowed.join(', '), fallback }),
      (t) => known(t) !== undefined,
    );
    return (text === undefined ? undefined : known(text)) ?? fallback;
  }

  /** @internal A positive whole number attribute such as `limit`; anything else adds a hint and gives the fallback. */
  protected count(attr: string, value: unknown, fallback: number | undefined): number | undefined {
    const { term } = this.locale;
    const text = this.text(
      value,
      (shown) => term.hint({ attr, value: shown, allowed: term.wholeNumber, fallback: String(fallback ?? term.noLimit) }),
      (t) => /^[1-9]\d*$/.test(t),
    );
    return text ? Number(text) : fallback;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument?.defaultView?.addEventListener('beforeprint', this.#beforePrint);
    this.ownerDocument?.defaultView?.addEventListener('afterprint', this.#afterPrint);
    // Put back after its removal aborted the load: load again.
    if (this.data.status === TaskStatus.ERROR && isAbort(this.data.error)) void this.data.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument?.defaultView?.removeEventListener('beforeprint', this.#beforePrint);
    this.ownerDocument?.defaultView?.removeEventListener('afterprint', this.#afterPrint);
    // A removed widget stops waiting for its dataset, so the loader aborts a request no other widget waits for.
    // A widget that is only moved is back before this runs.
    setTimeout(() => this.isConnected || this.data.abort());
  }

  /** Whether the widget has asked for its first render with data. */
  #shown = false;

  /**
   * The updates a page asks of all its widgets at once take their turn among them (render-scheduler.ts), so that many
   * widgets do not render in one long task: the first render with data, and a theme switch (the page's or the
   * reader's), rendered after the frame that paints the page's own switch, whose charts the chart scheduler then
   * redraws. Every other update runs as Lit schedules it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Pre-rendered content is adopted by a render with data: until its dataset is there, it stays as it is.
    if (this.prerendered.waiting) return this.prerendered.loaded().then(() => this.scheduleUpdate());
    const first = !this.#shown && this.data.status === TaskStatus.COMPLETE;
    if (!first && !this.themeController.changed) return super.scheduleUpdate();
    if (first) this.#shown = true;
    // The page's first render in a language builds its formatters first, in a turn of its own.
    const { lang } = this.locale;
    if (!formatsReady(lang)) void renderInTurn(() => warmFormats(lang));
    // A theme switch answers a reader's input: its paint comes before the widgets' renders.
    return renderInTurn(() => void super.scheduleUpdate(), { afterPaint: !first });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hints = [];
    if (attributeText(this.lang) !== undefined && !toLang(this.lang)) this.allowed('lang', this.lang, LANGS, this.locale.lang);
    this.allowed('theme', this.theme, THEMES, 'auto');
    const { term } = this.locale;
    this.#heading = this.text(this.heading, (shown) =>
      term.hint({ attr: 'heading', value: shown, allowed: term.anyText, fallback: term.generated }),
    );
  }

  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      if (!this.prerendered.adopting) throw error;
      this.prerendered.discard(error);
      super.update(changed);
    }
  }

  /** @internal Settles when what the widget draws after render (charts) is drawn; `ew-ready` waits for it. */
  protected drawn(): Promise<void> {
    return Promise.resolve();
  }

  /** @internal The widget's content once its dataset is loaded. */
  protected abstract renderWidget(model: Model): TemplateResult;

  /** @internal The rows a reader downloads as CSV (a header row first); a widget without it offers no download. */
  protected csvRows?(model: Model): CsvRow[];

  /**
   * @internal What the widget's picture shows (its PNG and SVG downloads): the heading and the figures as drawn, with
   * their marks and legend, written with the same helpers as `renderWidget`. A widget without it offers no picture.
   */
  protected pictureContent?(model: Model): { heading: string; blocks: Block[] };

  /** @internal The charts as print draws them, by their canvas's `data-chart` key: SVG columns in place of the bitmap. */
  protected printedCharts?(): ReadonlyMap<string, Columns>;

  /**
   * A picture of what the widget shows, as drawn (view, theme, language): the heading, the figures with their marks,
   * the legend, the sources and the dataset's version. `svg` has real text; `png` is twice the CSS pixels. Made in the
   * browser from the widget's own layout, nothing fetched. Rejects while the dataset is not shown.
   */
  async toPicture(format: 'png' | 'svg'): Promise<Blob> {
    const model = this.data.value;
    const base = this.renderRoot.querySelector('.base');
    const content = model && this.pictureContent?.(model);
    if (!model || !base || !content) throw new Error(`${this.localName}: no picture before the data is shown`);
    const { lang, term } = this.locale;
    const sources = citedSources(this.csvRows?.(model) ?? []).map((source) => sourceLine(source, lang));
    const footer = [...(sources.length ? [`${term.sources}:`, ...sources] : []), this.#datasetLine(model)];
    const drawing = layout({ ...content, footer }, Math.round(base.getBoundingClientRect().width), pictureTheme(base));
    return format === 'png'
      ? toPng(drawing)
      : new Blob([new XMLSerializer().serializeToString(toSvg(drawing, content.heading))], { type: 'image/svg+xml;charset=utf-8' });
  }

  async #savePicture(model: Model, format: 'png' | 'svg') {
    download(`${this.localName}-${model.dataset.zone.id}-${model.dataset.version}.${format}`, await this.toPicture(format));
  }

  /** Print draws each chart as an SVG in place of its canvas, which would print as a bitmap; `printing` shows them. */
  readonly #beforePrint = () => {
    this.#afterPrint();
    const base = this.renderRoot.querySelector('.base');
    const charts = this.printedCharts?.();
    if (!base || !charts?.size) return;
    const theme = { ...pictureTheme(base), text: '#000', muted: '#333', bg: '#fff', grid: '#999' };
    for (const [key, columns] of charts) {
      const canvas = base.querySelector(`canvas[data-chart="${CSS.escape(key)}"]`);
      const plot = canvas?.parentElement;
      if (!canvas || !plot) continue;
      const box = plot.getBoundingClientRect();
      const drawing = layout({ heading: '', blocks: [columns], footer: [] }, Math.round(box.width), theme, true);
      const svg = toSvg(drawing, canvas.getAttribute('aria-label') ?? '');
      svg.classList.add('printed');
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', canvas.getAttribute('aria-label') ?? '');
      plot.append(svg);
    }
    base.classList.add('printing');
  };

  readonly #afterPrint = () => {
    const base = this.renderRoot.querySelector('.base');
    base?.classList.remove('printing');
    for (const svg of base?.querySelectorAll('svg.printed') ?? []) svg.remove();
  };

  /** @internal The `heading` attribute when set, else the heading the widget generates. */
  protected headingOr(generated: string): string {
    return this.#heading || generated;
  }

  /** The dataset's zone, version and date in one line. */
  #datasetLine({ dataset }: Model): string {
    const { lang, term } = this.locale;
    return term.dataset(pick(dataset.zone.name, lang), dataset.version, formatDate(dataset.asOf, lang));
  }

  /** The CSV file of what the widget shows, with the dataset and the sources its rows cite. */
  #csv(model: Model): string {
    const { lang, term } = this.locale;
    const rows = this.csvRows?.(model) ?? [];
    const sources = citedSources(rows).map((s): CsvRow => [term.sources, sourceLine(s, lang)]);
    return toCsv([...rows, [], [this.#datasetLine(model)], ...sources], lang);
  }

  #download(model: Model) {
    const csv = new Blob([this.#csv(model)], { type: 'text/csv;charset=utf-8' });
    download(`${this.localName}-${model.dataset.zone.id}-${model.dataset.version}.csv`, csv);
  }

  protected override render(): TemplateResult | typeof nothing {
    const { lang, term } = this.locale;
    return html`<section
      part="base"
      class="base ${this.themeController.value}"
      lang=${LOCALE[lang]}
      dir="ltr"
      aria-busy=${this.data.status === TaskStatus.PENDING ? 'true' : 'false'}
      @click=${this.#onNoteClick}
    >
      ${this.hints.map((hint) => html`<p class="hint" part="hint" role="note">${hint}</p>`)}
      ${this.data.render({
        initial: () => this.#renderLoading(),
        pending: () => this.#renderLoading(),
        complete: (model) =>
          html`${this.renderWidget(model)}
            <footer part="footer">
              <p>
                ${this.#datasetLine(model)}
                ${this.csvRows ? html`<button type="button" class="download" @click=${() => this.#download(model)}>${term.download}</button>` : nothing}
                ${
                  this.pictureContent
                    ? (['png', 'svg'] as const).map(
                        (format) =>
                          html`<button
                            type="button"
                            class="download picture"
                            data-format=${format}
                            @click=${() => this.#savePicture(model, format)}
                          >
                            ${term.picture[format]}
                          </button>`,
                      )
                    : nothing
                }
                ${this.embedLink ? this.#embed.renderButton(term.embed) : nothing}
              </p>
            </footer>
            ${this.embedLink ? this.#embed.renderDialog(term.embed, term.loading) : nothing}`,
        error: (error) => this.#renderError(error),
      })}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { status, value, error } = this.data;
    const outcome = status === TaskStatus.COMPLETE ? value : status === TaskStatus.ERROR ? error : undefined;
    if (outcome === undefined || outcome === this.#announced || isAbort(outcome)) return;
    this.#announced = outcome;
    if (status === TaskStatus.COMPLETE && value)
      void this.drawn().then(() => {
        const detail = { version: value.dataset.version, src: value.url ?? 'embedded' };
        this.#readyNow?.(detail);
        emit(this, 'ew-ready', detail);
      });
    else {
      // The reader sees the widget's language; the developer gets the validator's own words (English).
      const detail =
        error instanceof DatasetError
          ? error.detail.issues
              ?.slice(0, 5)
              .map((i) => `${i.path}: ${i.message}`)
              .join('; ')
          : undefined;
      if (detail) console.warn(this.localName, detail);
      emit(this, 'ew-error', {
        kind: error instanceof DatasetError ? error.kind : 'unknown',
        message: this.errorMessage(error),
        detail,
      });
    }
  }

  #renderLoading() {
    return html`<div class="state loading" part="state" role="status">${this.locale.term.loading}</div>`;
  }

  /** @internal The reader-facing message for a failed load, in the widget's language. */
  protected errorMessage(error: unknown): string {
    const { term } = this.locale;
    if (!(error instanceof DatasetError)) return `${term.errorTitle}: ${String(error)}`;
    const [first] = error.detail.issues ?? [];
    const detail = first ? term.issueAt(first.path) : (error.detail.message ?? '');
    return term.errors[error.kind]({
      src: isolate(error.src),
      status: error.detail.status ?? '',
      seconds: error.detail.message ?? '',
      detail: isolate(detail),
    });
  }

  #renderError(error: unknown) {
    const { term } = this.locale;
    const issues = error instanceof DatasetError ? (error.detail.issues ?? []) : [];
    return html`<div class="state error" part="state" role="alert">
      <strong>${term.errorTitle}</strong>
      <span>${this.errorMessage(error)}</span>
      ${
        issues.length > 1
          ? html`<ul>
              ${issues.slice(1, 6).map((issue) => html`<li>${term.issueAt(issue.path)}</li>`)}
            </ul>`
          : nothing
      }
      <div><button type="button" @click=${() => this.data.run()}>${term.retry}</button></div>
    </div>`;
  }

  /** A note number opens the sources and moves focus to the note. */
  #onNoteClick(event: Event) {
    const link = (event.target as Element).closest?.('a[data-note]');
    if (!link) return;
    event.preventDefault();
    const details = this.renderRoot.querySelector<HTMLDetailsElement>('details.sources');
    if (!details) return;
    details.open = true;
    const item = details.querySelectorAll('ol > li')[Number(link.getAttribute('data-note')) - 1] as HTMLElement | undefined;
    item?.setAttribute('tabindex', '-1');
    item?.focus();
  }
}
