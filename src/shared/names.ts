/** Names of sectors as readers see them in a phrase. */
import type { Model } from '../data/model.js';
import { formatList } from '../i18n/format.js';
import { LOCALE, pick, type Lang } from '../i18n/lang.js';

export const lowerFirst = (text: string, lang: Lang) => text.charAt(0).toLocaleLowerCase(LOCALE[lang]) + text.slice(1);

/** «Микроэлектроника и волоконно-оптическое оборудование»: later names lower-cased, all of them inside a sentence. */
export function sectorList(model: Model, ids: readonly string[], lang: Lang, inSentence = false): string {
  return formatList(
    ids.map((id, i) => {
      const name = pick(model.sectors.get(id), lang) || id;
      return i || inSentence ? lowerFirst(name, lang) : name;
    }),
    lang,
  );
}
