import { attributeText } from '../lib/attribute-text.js';
import { isolate } from '../lib/bidi.js';

/** The kit's languages. `uz` is Uzbek in Cyrillic script, as in the source texts. */
export const LANGS = ['ru', 'en', 'uz'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags handed to Intl; Chromium's data has uz-Cyrl numbers and dates but not its country or list names. */
export const LOCALE: Record<Lang, string> = { ru: 'ru', en: 'en', uz: 'uz-Cyrl' };

/** Maps a `lang` value (`ru-RU`, `uz-Cyrl-UZ`, `EN`) to a kit language, or undefined when the kit has none for it. */
export function toLang(value: unknown): Lang | undefined {
  const primary = attributeText(value)?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}

/**
 * Picks the text in the given language, falling back to Russian, then English, then Uzbek. Every localized text of
 * the dataset (names of the zone, exporters, sectors, outlets and speakers; products, notes, labels) reaches the
 * reader through here, so here it is isolated from the kit's sentences around it (`isolate`).
 */
export function pick(text: Partial<Record<Lang, string>> | null | undefined, lang: Lang): string {
  return isolate(text?.[lang] ?? text?.ru ?? text?.en ?? text?.uz ?? '');
}
