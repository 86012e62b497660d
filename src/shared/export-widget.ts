/**
 * What every widget shares: the common attributes (`src`, `lang`, `theme`,
 * `heading`), the dataset task, the resolved language and theme, visible
 * hints for attribute values it does not know, and the loading and error
 * states. A widget adds its own attributes and `renderWidget`.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { DatasetError, loadDataset } from '../data/load.js';
import type { Model } from '../data/model.js';
import { ThemeController, THEMES, type ThemeSetting } from '../controllers/theme-controller.js';
import { formatDate } from '../i18n/format.js';
import { LANGS, LOCALE, pick, toLang, type Lang } from '../i18n/lang.js';
import { fill, shared } from '../i18n/messages.js';
import { toCsv, downloadCsv, type CsvRow } from './csv.js';
import { emit } from './events.js';
import { sourceLine } from './sources.js';
import { PrerenderedController } from './prerendered.js';
import { baseStyles } from './styles.js';

/** The nearest `lang` above an element, crossing shadow roots. */
function inheritedLang(el: Element): string | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/** The rejection of a load the widget itself gave up because it was removed. */
const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * The attributes, parts, colours and events every widget of the kit shares.
 *
 * @csspart base - The widget's frame.
 * @csspart hint - A message about an attribute value the widget does not know.
 * @csspart state - The loading or error message.
 * @csspart sources - The source notes with their quotes.
 * @csspart footer - The dataset version line and the CSV download.
 * @cssproperty --ew-accent - Links, focus rings, active toggles (light theme). Each colour has a dark twin: `--ew-dark-accent`, `--ew-dark-text`, …
 * @cssproperty --ew-series-1 - Bars and chart series (default: the accent); `--ew-series-2` for a second series.
 * @cssproperty --ew-text - Text.
 * @cssproperty --ew-muted - Secondary text, axis labels, dates and notes.
 * @cssproperty --ew-bg - Background (white / near black).
 * @cssproperty --ew-surface - Bar tracks, cards, buttons.
 * @cssproperty --ew-grid - Grid and table lines.
 * @cssproperty --ew-border - Button and card borders.
 * @cssproperty --ew-warn - The edge of hints and error messages.
 * @cssproperty --ew-padding - Padding of the frame (default `0.75rem 1rem`).
 * @cssproperty --ew-radius - Corner radius of the frame.
 * @cssproperty --ew-min-height - Height kept while loading or showing an error (each widget has a default close to its loaded height).
 * @fires ew-ready - The data is shown (and the charts drawn). `detail`: `{ version, src }`.
 * @fires ew-error - The dataset could not be loaded or failed validation. `detail`: `{ kind, message }`.
 */
export abstract class ExportWidget extends LitElement {
  static override styles = [baseStyles];
  /** @internal Serializable, so that `npm run prerender` can save a rendered widget as embed code. */
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, serializable: true };

  /** URL of a dataset in the kit's format to show instead of the embedded one. Only http(s) URLs are fetched; widgets naming the same URL share one request. */
  @property() src?: string;

  /** Language: `ru`, `en` or `uz` (Uzbek, Cyrillic). Defaults to the nearest ancestor's `lang`, else `ru`. */
  @property() override lang = '';

  /** Colour theme: `auto` (the page's signal, then the reader's OS setting), `light` or `dark`. */
  @property() theme: ThemeSetting | string = 'auto';

  /** Replaces the generated heading. An empty value keeps the generated one. */
  @property() heading?: string;

  /** @internal */
  protected readonly themeController = new ThemeController(this);

  /** @internal */
  protected readonly data = new Task(this, {
    task: ([src], { signal }) => loadDataset(src, signal),
    args: () => [this.src] as const,
  });

  /** @internal Pre-rendered content from the embed code, shown until the first render with data. */
  protected readonly prerendered = new PrerenderedController(this, this.data);

  /** @internal Messages about attribute values the widget does not know; rebuilt before each render. */
  protected hints: string[] = [];

  /** @internal The language in use. */
  protected language: Lang = 'ru';

  #announced: unknown;

  /**
   * @internal Checks an attribute against its allowed values, ignoring case, and returns the allowed spelling
   * (`2021-q1` gives `2021-Q1`). An unknown value adds a visible hint and gives the fallback.
   */
  protected allowed<T extends string>(attr: string, value: string | undefined | null, allowed: readonly T[], fallback: T): T {
    const wanted = value?.trim().toLowerCase();
    if (!wanted) return fallback;
    const match = allowed.find((a) => a.toLowerCase() === wanted);
    if (match !== undefined) return match;
    this.hints.push(fill(shared[this.language].hint, { attr, value: value!, allowed: allowed.join(', '), fallback }));
    return fallback;
  }

  /** @internal A positive whole number attribute such as `limit`; anything else adds a hint and gives the fallback. */
  protected count(attr: string, value: string | number | undefined | null, fallback: number | undefined): number | undefined {
    const text = String(value ?? '').trim();
    if (!text) return fallback;
    if (/^[1-9]\d*$/.test(text)) return Number(text);
    const m = shared[this.language];
    this.hints.push(fill(m.hint, { attr, value: text, allowed: m.wholeNumber, fallback: fallback ?? m.noLimit }));
    return fallback;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back after its removal aborted the load: load again.
    if (this.data.status === TaskStatus.ERROR && isAbort(this.data.error)) void this.data.run();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed widget stops waiting for its dataset, so the loader aborts a request no other widget waits for.
    // A widget that is only moved is back before this runs.
    setTimeout(() => this.isConnected || this.data.abort());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hints = [];
    const own = toLang(this.lang);
    this.language = own ?? toLang(inheritedLang(this)) ?? 'ru';
    if (this.lang && !own) this.allowed('lang', this.lang, LANGS, this.language);
    this.allowed('theme', this.theme, THEMES, 'auto');
  }

  /** @internal Settles when what the widget draws after render (charts) is drawn; `ew-ready` waits for it. */
  protected drawn(): Promise<void> {
    return Promise.resolve();
  }

  /** @internal The widget's content once its dataset is loaded. */
  protected abstract renderWidget(model: Model): TemplateResult;

  /** @internal The rows a reader downloads as CSV (a header row first); a widget without it offers no download. */
  protected csvRows?(model: Model): CsvRow[];

  /** The CSV file of what the widget shows, with the dataset and its sources. */
  #csv(model: Model): string {
    const lang = this.language;
    const m = shared[lang];
    const { dataset } = model;
    const sources = dataset.sources.map((s): CsvRow => [m.sources, sourceLine(s, lang)]);
    const meta: CsvRow = [
      fill(m.dataset, { zone: pick(dataset.zone.name, lang), version: dataset.version, date: formatDate(dataset.asOf, lang) }),
    ];
    return toCsv([...(this.csvRows?.(model) ?? []), [], meta, ...sources]);
  }

  #download(model: Model) {
    downloadCsv(`${this.localName}-${model.dataset.zone.id}-${model.dataset.version}.csv`, this.#csv(model));
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.prerendered.holding) return nothing;
    const lang = this.language;
    const m = shared[lang];
    return html`<section
      part="base"
      class="base ${this.themeController.value}"
      lang=${LOCALE[lang]}
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
                ${fill(m.dataset, { zone: pick(model.dataset.zone.name, lang), version: model.dataset.version, date: formatDate(model.dataset.asOf, lang) })}
                ${this.csvRows ? html`<button type="button" class="download" @click=${() => this.#download(model)}>${m.download}</button>` : nothing}
              </p>
            </footer>`,
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
      void this.drawn().then(() => emit(this, 'ew-ready', { version: value.dataset.version, src: this.src || 'embedded' }));
    else emit(this, 'ew-error', { kind: error instanceof DatasetError ? error.kind : 'unknown', message: this.errorMessage(error) });
  }

  #renderLoading() {
    return html`<div class="state loading" part="state" role="status">${shared[this.language].loading}</div>`;
  }

  /** @internal The reader-facing message for a failed load, in the widget's language. */
  protected errorMessage(error: unknown): string {
    const m = shared[this.language];
    if (!(error instanceof DatasetError)) return `${m.errorTitle}: ${String(error)}`;
    const issues = error.detail.issues ?? [];
    const detail = issues.length ? `${issues[0]!.path}: ${issues[0]!.message}` : (error.detail.message ?? '');
    return fill(m.errors[error.kind], {
      src: error.src,
      status: error.detail.status ?? '',
      seconds: error.detail.message ?? '',
      detail,
    });
  }

  #renderError(error: unknown) {
    const m = shared[this.language];
    const issues = error instanceof DatasetError ? (error.detail.issues ?? []) : [];
    return html`<div class="state error" part="state" role="alert">
      <strong>${m.errorTitle}</strong>
      <span>${this.errorMessage(error)}</span>
      ${
        issues.length > 1
          ? html`<ul>
              ${issues.slice(1, 6).map((issue) => html`<li>${issue.path}: ${issue.message}</li>`)}
            </ul>`
          : nothing
      }
      <div><button type="button" @click=${() => this.data.run()}>${m.retry}</button></div>
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
