/** How a derived value was computed, in words, with the notes of the figures it rests on. */
import { html, type TemplateResult } from 'lit';
import type { ResolvedFigure } from '../data/model.js';
import { formatAmount, formatGrowth, formatNumber, formatPeriod } from '../i18n/format.js';
import type { Lang } from '../i18n/lang.js';
import { shared } from '../i18n/messages.js';
import { figureValue } from './figures.js';
import type { SourceNotes } from './sources.js';

/** The formula of a derived value in words: «2018: ≈ 247 млн ₽ = 326 млн ₽ за 2019 ÷ 1,32 (рост +32 %); …». */
export function derivationText(resolved: ResolvedFigure, lang: Lang): string {
  const d = resolved.derived;
  if (!d) return '';
  const { figure } = resolved;
  return shared[lang].derivedNote({
    period: formatPeriod(figure.period ?? '', lang),
    value: figureValue(resolved, lang),
    from: formatAmount(d.from.value, d.from.figure.unit, d.from.qualifier, lang),
    fromPeriod: formatPeriod(d.from.figure.period ?? '', lang),
    factor: formatNumber(d.factor, lang),
    growth: formatGrowth(d.growth.value, d.growth.figure.unit === 'percent' ? 'percent' : 'times', lang),
  });
}

/** The formula with the note numbers of the figures it rests on. */
export function derivationNote(resolved: ResolvedFigure, lang: Lang, notes: SourceNotes): TemplateResult | undefined {
  const d = resolved.derived;
  if (!d) return undefined;
  return html`${derivationText(resolved, lang)}${notes.marks(notes.cite([...(d.from.figure.citations ?? []), ...(d.growth.figure.citations ?? [])]))}`;
}
