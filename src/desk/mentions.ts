/**
 * Where a release names countries and groups of countries, by position, so that the desk can make each name a
 * button: «Казахстан», «Белоруссию», «Хитойга», and the groups «страны СНГ», «ЕАЭС», «Азии», «Европы», «МДҲ».
 */
import { isCountryCode } from '../data/rules.js';
import { countryName, regionOf } from '../i18n/countries.js';
import type { Group } from '../lib/measures.js';

export interface Mention {
  readonly start: number;
  readonly end: number;
  /** An ISO code for a country, or a group. */
  readonly country?: string;
  readonly group?: Group;
}

const ALIASES: Record<string, string[]> = {
  BY: ['Белоруссия', 'Беларусь'],
  KG: ['Киргизия', 'Кыргызстан'],
  CN: ['КНР'],
  AE: ['ОАЭ', 'БАА'],
  US: ['США'],
  KR: ['Южная Корея'],
  GB: ['Великобритания'],
};

const GROUP_NAMES: [RegExp, Group][] = [
  [/(?<!\p{L})(?:СНГ|МДҲ)(?!\p{L})/gu, 'cis'],
  [/(?<!\p{L})ЕАЭС(?!\p{L})/gu, 'eaeu'],
  [/(?<!\p{L})Ази(?:я|и|ю|ей|ями)(?!\p{L})/gu, 'asia'],
  [/(?<!\p{L})Европ(?:а|ы|е|у|ой)(?!\p{L})/gu, 'europe'],
];

let patterns: [RegExp, string][] | undefined;

/** A name as a pattern: a word loses its ending and takes any other; an abbreviation stands as written. */
function pattern(name: string): RegExp {
  const words = name.split(' ').map((w) => {
    if (w === w.toUpperCase()) return `${w}\\p{Ll}*`;
    const bare = w.replace(/[аяьйиыоеуюё]+$/u, '');
    return `${bare.length >= 3 ? bare : w}\\p{L}*`;
  });
  return new RegExp(`(?<!\\p{L})${words.join('\\s+')}(?!\\p{L})`, 'gu');
}

function countryPatterns(): [RegExp, string][] {
  if (patterns) return patterns;
  patterns = [];
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (code === 'RU' || !isCountryCode(code) || regionOf(code) === 'other') continue;
      for (const name of new Set([countryName(code, 'ru'), countryName(code, 'uz'), ...(ALIASES[code] ?? [])]))
        if (!/^[A-Z]{2}$/.test(name)) patterns.push([pattern(name), code]);
    }
  return patterns;
}

/** Every mention in the text, in order, none overlapping another (the longer one wins). */
export function mentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [re, group] of GROUP_NAMES)
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, group });
  for (const [re, country] of countryPatterns())
    for (const m of text.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, country });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const m of found) if (!kept.length || m.start >= kept.at(-1)!.end) kept.push(m);
  return kept;
}
