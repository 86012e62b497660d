/**
 * Source notes: every figure a widget shows points to numbered notes that
 * give the outlet, date, speaker and the exact quote.
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
  quotes: string[];
}

/** A source in one line for a CSV cell: «РИА Новости, 5 ноября 2025 г. (000_1edb588bc395228a.txt)». */
export function sourceLine(source: Source, lang: Lang): string {
  const outlet = source.outlet ? pick(source.outlet, lang) : shared[lang].outletUnnamed;
  return `${outlet}, ${formatDate(source.published, lang)} (${isolate(source.file)})`;
}

/** The sources of some citations, one line each, for a CSV cell. */
export function citationLines(model: Model, citations: readonly Citation[] | undefined, lang: Lang): string {
  const ids = [...new Set((citations ?? []).map((c) => c.source))];
  return ids
    .map((id) => model.sources.get(id))
    .filter((s): s is Source => Boolean(s))
    .map((s) => sourceLine(s, lang))
    .join('; ');
}

/** Collects the citations a widget renders, numbering their sources in the order they are first cited. */
export class SourceNotes {
  readonly #entries = new Map<string, Entry>();

  constructor(
    private readonly model: Model,
    private readonly lang: Lang,
  ) {}

  /** Registers citations and returns the note numbers they point to, e.g. [1, 2]. */
  cite(citations: readonly Citation[] | undefined): number[] {
    const numbers = new Set<number>();
    for (const { source: id, quote } of citations ?? []) {
      const source = this.model.sources.get(id);
      if (!source) continue;
      let entry = this.#entries.get(id);
      if (!entry) this.#entries.set(id, (entry = { source, n: this.#entries.size + 1, quotes: [] }));
      // One quote that contains another says it all: keep the longer.
      if (!entry.quotes.some((q) => q.includes(quote))) entry.quotes = [...entry.quotes.filter((q) => !quote.includes(q)), quote];
      numbers.add(entry.n);
    }
    return [...numbers].sort((a, b) => a - b);
  }

  /**
   * Superscript note numbers for a cell or a card. A pointer shortcut only: a click opens the note, but the marks are
   * no Tab stops and a screen reader does not read them (twenty «Sources 1» in a row help nobody); the notes
   * themselves are one Tab stop away, at the end of the widget.
   */
  marks(numbers: readonly number[]): TemplateResult | typeof nothing {
    if (!numbers.length) return nothing;
    return html`<sup class="cite" aria-hidden="true"
      >${numbers.map((n, i) => html`${i ? ',' : ''}<a href="#" data-note=${n} tabindex="-1">${n}</a>`)}</sup
    >`;
  }

  /** The notes, closed by default; the quotes are there on demand. */
  render(): TemplateResult {
    const { lang, model } = this;
    const m = shared[lang];
    const entries = [...this.#entries.values()];
    return html`<details class="sources" part="sources">
      <summary>${m.sources} (${entries.length})</summary>
      <ol>
        ${entries.map(({ source, quotes }) => {
          const outlet = source.outlet ? pick(source.outlet, lang) : m.outletUnnamed;
          const retold = source.retells ? model.sources.get(source.retells) : undefined;
          const speakers = source.speakers.map((s) => [pick(s.name, lang), s.role && pick(s.role, lang)].filter(Boolean).join(', '));
          const quoteLang = LOCALE[toLang(source.language) ?? 'ru'];
          return html`<li id="note-${source.id}">
            <span class="outlet">${outlet}</span>, <time datetime=${source.published}>${formatDate(source.published, lang)}</time>${
              source.dateInferred ? html` <span class="muted" title=${pick(source.dateNote, lang)}>(${m.dateInferred})</span>` : nothing
            }${source.title ? html` — <span lang=${quoteLang}>${isolate(source.title)}</span>` : nothing}${
              speakers.length ? html`. ${speakers.join('; ')}` : nothing
            }${retold ? html` <span class="muted">(${m.retells(retold.outlet ? pick(retold.outlet, lang) : isolate(retold.file))})</span>` : nothing}
            ${quotes.map((quote) => html`<blockquote lang=${quoteLang}>«${isolate(quote)}»</blockquote>`)}
            <span class="file">${isolate(source.file)}, ${source.language}</span>
          </li>`;
        })}
      </ol>
    </details>`;
  }
}
