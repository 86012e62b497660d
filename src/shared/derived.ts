/** How a derived value was computed, in words, with the notes of the figures it rests on. */
import { html, type TemplateResult } from 'lit';
import type { ResolvedFigure } from '../data/model.js';
import { formatNumber, formatPercent, formatPeriod, plural } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { shared } from '../i18n/messages.js';
import { citationsOf, figureValue, figureWords } from './figures.js';
import type { SourceNotes } from './sources.js';

/**
 * The formula of a derived value as an editor writes it: «Расчёт для 2018: 326 млн ₽ за 2019 ÷ 1,32 ≈ 247 млн ₽ —
 * исходя из роста на 32 % к 2018, о котором сообщает источник.» The stated amount keeps its qualifier in words
 * («около 1 млрд ₽»); the result follows «≈», the sign of the division, so it carries no mark of its own.
 */
export function derivationText(resolved: ResolvedFigure, lang: Lang): string {
  const { derived } = resolved;
  if (!derived) return '';
  const { figure } = resolved;
  const term = shared[lang];
  const { value, figure: growth } = derived.growth;
  return term.derivedNote({
    period: formatPeriod(figure.period ?? '', lang),
    value: figureValue(resolved, lang),
    from: figureWords(derived.from, lang),
    fromPeriod: formatPeriod(derived.from.figure.period ?? '', lang),
    factor: formatNumber(derived.factor, lang),
    growth: growth.unit === 'percent' ? term.rise.percent(formatPercent(value, lang)) : plural(value, lang, term.rise.times),
  });
}

/** The tag beside a value the kit computed, space before it: « расчёт». Its formula is in the widget's notes. */
export const derivedTag = (lang: Lang) => html` <span class="tag">${shared[lang].derived}</span>`;

/** The formula with the note numbers of the figures it rests on. */
export function derivationNote(resolved: ResolvedFigure, lang: Lang, notes: SourceNotes): TemplateResult | undefined {
  if (!resolved.derived) return undefined;
  return html`${derivationText(resolved, lang)}${notes.marks(citationsOf(resolved))}`;
}
