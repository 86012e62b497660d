/**
 * How a figure is written wherever a widget shows it. One rule for every widget and language: ≈ (and «около» in
 * words) marks a value the source gives as approximate; a value the kit computed carries no ≈ but the tag «расчёт»
 * («computed», «ҳисоб») and, in charts and bars, hatching. What a volume measures is named beside it.
 */
import type { ResolvedFigure } from '../data/model.js';
import type { Citation } from '../data/schema.js';
import { formatAmount, formatAmountInWords, formatPeriod } from '../i18n/format.js';
import { pick, type Lang } from '../i18n/lang.js';
import { shared } from '../i18n/messages.js';
import type { Qualifier } from '../lib/qualifiers.js';

/** The qualifier a value is shown with: a computed value is rounded by the kit, not stated as approximate. */
export const shownQualifier = (qualifier: Qualifier, computed: boolean): Qualifier =>
  computed && qualifier === 'approximate' ? 'exact' : qualifier;

/** The value with its unit and mark: «≈ 1 млрд ₽» stated, «247 млн ₽» computed (tagged apart by the caller). */
export const figureValue = (f: ResolvedFigure, lang: Lang) =>
  formatAmount(f.value, f.figure.unit, shownQualifier(f.qualifier, !!f.derived), lang);

/** The same in words for a sentence: «около 1 млрд ₽». */
export const figureWords = (f: ResolvedFigure, lang: Lang) =>
  formatAmountInWords(f.value, f.figure.unit, shownQualifier(f.qualifier, !!f.derived), lang);

/** «247 млн ₽ (расчёт)»: a text followed by the tag of a computed value, as a sentence or an accessible name reads it. */
export const tagDerived = (text: string, derived: boolean, lang: Lang) => (derived ? `${text} (${shared[lang].derived})` : text);

/** A value as a chart label or an accessible name reads it: «247 млн ₽ (расчёт)». */
export const figureLabel = (f: ResolvedFigure, lang: Lang) => tagDerived(figureValue(f, lang), !!f.derived, lang);

/** The citations a figure rests on: its own, or for a computed one those of the amount and the growth it comes from. */
export const citationsOf = ({ figure, derived }: ResolvedFigure): readonly Citation[] =>
  derived ? [...(derived.from.figure.citations ?? []), ...(derived.growth.figure.citations ?? [])] : (figure.citations ?? []);

/** What the figure measures, as its release names it: «экспортная выручка»; empty when the figure names none. */
export function measureName(f: ResolvedFigure, lang: Lang): string {
  const note = f.figure.measureNote ?? f.derived?.from.figure.measureNote;
  return note ? pick(note, lang) : f.measure ? shared[lang].measure[f.measure] : '';
}

/** The distinct measures of some figures, named: one name when they agree, which a list or panel states once. */
export const measureNames = (figures: readonly (ResolvedFigure | undefined)[], lang: Lang) => [
  ...new Set(figures.flatMap((f) => (f ? measureName(f, lang) || [] : []))),
];

/** The period a fact is of: as the source states it, or «дата не указана» with the release's period. */
export const periodText = (period: string, inferred: boolean | undefined, lang: Lang) =>
  inferred ? shared[lang].undated(formatPeriod(period, lang)) : formatPeriod(period, lang);
