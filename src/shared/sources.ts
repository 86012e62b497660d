/**
 * Source notes: every figure a widget shows points to numbered notes that
 * give the outlet, title, date, language, speaker, link and the exact quote.
 * A text that names no outlet says so, or what it says of itself (`origin`);
 * the file a text is kept in stays internal.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Model } from '../data/model.js';
import type { Citation, Source } from '../data/schema.js';
import { formatDate } from '../i18n/format.js';
import { LOCALE, pick, toLang, type Lang } from '../i18n/lang.js';
import { shared } from '../i18n/messages.js';
import { isolate } from '../lib/bidi.js';

interface Entry {
  readonly source: Source;
  /** The note's number: sources are numbered in the order they are first cited. */
  readonly n: number;
  /** Each quote, and whether it is the text's own words rather than a speaker's. */
  quotes: { readonly quote: string; readonly own: boolean }[];
}

/** Who published a text: its outlet, else what it says of itself, else «издание не указано». */
export const outletOf = (source: Source, lang: Lang) =>
  source.outlet ? pick(source.outlet, lang) : source.origin ? pick(source.origin, lang) : shared[lang].outletUnnamed;

/** A source in one line for a CSV cell: «РИА Новости, 5 ноября 2025 г. (дата выведена из текста), на русском». */
export function sourceLine(source: Source, lang: Lang): string {
  const term = shared[lang];
  const title = source.title ? ` «${isolate(source.title)}»,` : '';
  const url = source.url ? `, ${isolate(source.url)}` : '';
  const inferred = source.dateInferred ? ` (${term.dateInferred})` : '';
  return `${outletOf(source, lang)},${title} ${formatDate(source.published, lang)}${inferred}, ${term.inLang[source.language]}${url}`;
}

/** The sources of some citations, for a CSV cell: the file writes one line each and lists them again at its end. */
export interface SourcesCell {
  readonly sources: readonly Source[];
}

export function citationLines(model: Model, citations: readonly Citation[] | undefined): SourcesCell {
  const ids = [...new Set((citations ?? []).map((c) => c.source))];
  return { sources: ids.map((id) => model.sources.get(id)).filter((s): s is Source => Boolean(s)) };
}

/** Collects the citations a widget renders, numbering their sources in the order they are first cited. */
export class SourceNotes {
  readonly #entries = new Map<string, Entry>();

  constructor(
    private readonly model: Model,
    private readonly lang: Lang,
  ) {}

  /** Registers citations and returns the note numbers they point to, e.g. [1, 2]. */
  #cite(citations: readonly Citation[] | undefined): number[] {
    const numbers = new Set<number>();
    for (const { source: id, quote, ownWords } of citations ?? []) {
      const source = this.model.sources.get(id);
      if (!source) continue;
      let entry = this.#entries.get(id);
      if (!entry) this.#entries.set(id, (entry = { source, n: this.#entries.size + 1, quotes: [] }));
      // One quote that contains another says it all: keep the longer.
      if (!entry.quotes.some((q) => q.quote.includes(quote)))
        entry.quotes = [...entry.quotes.filter((q) => !quote.includes(q.quote)), { quote, own: !!ownWords }];
      numbers.add(entry.n);
    }
    return [...numbers].sort((a, b) => a - b);
  }

  /**
   * Superscript note numbers for a cell or a card. A pointer shortcut only: a click opens the note, but the marks are
   * no Tab stops and a screen reader does not read them (twenty «Sources 1» in a row help nobody); the notes
   * themselves are one Tab stop away, at the end of the widget. The citations are numbered as they are first marked.
   */
  marks(citations: readonly Citation[] | undefined): TemplateResult | typeof nothing {
    const numbers = this.#cite(citations);
    if (!numbers.length) return nothing;
    return html`<sup class="cite" aria-hidden="true"
      >${numbers.map((n, i) => html`${i ? ',' : ''}<a href="#" data-note=${n} tabindex="-1">${n}</a>`)}</sup
    >`;
  }

  /** The notes, closed by default; the quotes are there on demand. */
  render(): TemplateResult {
    const { lang, model } = this;
    const term = shared[lang];
    const entries = [...this.#entries.values()];
    return html`<details class="sources" part="sources">
      <summary>${term.sources} (${entries.length})</summary>
      <ol>
        ${entries.map(({ source, quotes }) => {
          const outlet = outletOf(source, lang);
          const retold = source.retells ? model.sources.get(source.retells) : undefined;
          const speakers = source.speakers.map((s) => [pick(s.name, lang), s.role && pick(s.role, lang)].filter(Boolean).join(', '));
          const quoteLang = LOCALE[toLang(source.language) ?? 'ru'];
          // Speakers are named apart, as those the text quotes: a quote of the text's own words says so and is not theirs.
          return html`<li id="note-${source.id}">
            <span class="outlet">${outlet}</span>, <time datetime=${source.published}>${formatDate(source.published, lang)}</time>${
              source.dateInferred ? html` <span class="muted" title=${pick(source.dateNote, lang)}>(${term.dateInferred})</span>` : nothing
            }${source.title ? html` — <span lang=${quoteLang}>${isolate(source.title)}</span>` : nothing}${
              retold ? html` <span class="muted">(${term.retells(outletOf(retold, lang))})</span>` : nothing
            } <span class="muted">${term.inLang[source.language]}</span>${
              source.url ? html` <a href=${source.url} rel="noopener noreferrer" target="_blank">${isolate(source.url)}</a>` : nothing
            }${speakers.length ? html`. <span class="speakers">${term.speakers}: ${speakers.join('; ')}</span>` : nothing}
            ${quotes.map(
              ({ quote, own }) =>
                html`<blockquote lang=${quoteLang}>
                  «${isolate(quote)}»${own ? html` <span class="muted" lang=${LOCALE[lang]}>(${term.ownWords})</span>` : nothing}
                </blockquote>`,
            )}
          </li>`;
        })}
      </ol>
    </details>`;
  }
}
