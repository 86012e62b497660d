/** Names of sectors as readers see them in a phrase. */
import type { Model } from '../data/model.js';
import type { Destination } from '../data/schema.js';
import { countryName } from '../i18n/countries.js';
import { formatList } from '../i18n/format.js';
import { shared } from '../i18n/messages.js';
import { FSI } from '../lib/bidi.js';
import { LOCALE, pick, type Lang } from '../i18n/lang.js';

/** The first letter in lower case, past the FSI an isolated name starts with (`isolate`). */
export const lowerFirst = (text: string, lang: Lang) => {
  const at = text.startsWith(FSI) ? 1 : 0;
  return text.slice(0, at) + text.charAt(at).toLocaleLowerCase(LOCALE[lang]) + text.slice(at + 1);
};

/** The first letter in upper case: a measure's name at the start of a cell («Экспортная выручка»). */
export const upperFirst = (text: string, lang: Lang) => text.charAt(0).toLocaleUpperCase(LOCALE[lang]) + text.slice(1);

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

/** Where a destination entry says exports went: its countries, then the groups it names («страны СНГ»). */
export const placesOf = (destination: Destination, lang: Lang) =>
  formatList(
    [...destination.countries.map((c) => countryName(c, lang)), ...(destination.groups ?? []).map((g) => shared[lang].groups[g])],
    lang,
  );
