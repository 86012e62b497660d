/**
 * Country names and regions. Names come from Intl.DisplayNames; Chromium has
 * no Uzbek (Cyrillic) region names, so the kit ships those for the countries
 * its dataset names, and falls back to the Russian name, never to a bare code.
 */
import { LOCALE, type Lang } from './lang.js';

export const REGIONS = ['eaeu-cis', 'asia', 'europe', 'middle-east', 'americas', 'africa', 'oceania', 'other'] as const;
export type Region = (typeof REGIONS)[number];

const MEMBERS: Record<Exclude<Region, 'other'>, string> = {
  'eaeu-cis': 'AM AZ BY KG KZ MD RU TJ TM UZ',
  asia: 'AF BD BN BT CN HK ID IN JP KH KP KR LA LK MM MN MO MV MY NP PH PK SG TH TL TW VN',
  europe:
    'AD AL AT BA BE BG CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IS IT LI LT LU LV MC ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK',
  'middle-east': 'AE BH EG IL IQ IR JO KW LB OM PS QA SA SY TR YE',
  americas: 'AG AR BB BO BR BS BZ CA CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PY SR SV TT US UY VC VE',
  africa:
    'AO BF BI BJ BW CD CF CG CI CM CV DJ DZ ER ET GA GH GM GN GQ GW KE KM LR LS LY MA MG ML MR MU MW MZ NA NE NG RW SC SD SL SN SO SS ST SZ TD TG TN TZ UG ZA ZM ZW',
  oceania: 'AU FJ FM KI MH NR NZ PG PW SB TO TV VU WS',
};
const REGION_OF = new Map<string, Region>(
  Object.entries(MEMBERS).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region as Region])),
);

export const regionOf = (code: string): Region => REGION_OF.get(code) ?? 'other';

/** Uzbek (Cyrillic) names of the countries in the shipped dataset; the forms follow the Uzbek source text where it has them. */
const UZ_NAMES: Record<string, string> = {
  AE: 'Бирлашган Араб Амирликлари',
  AM: 'Арманистон',
  AZ: 'Озарбайжон',
  BD: 'Бангладеш',
  BG: 'Болгария',
  BY: 'Беларусь',
  CA: 'Канада',
  CH: 'Швейцария',
  CN: 'Хитой',
  DE: 'Германия',
  FR: 'Франция',
  IL: 'Исроил',
  JP: 'Япония',
  KG: 'Қирғизистон',
  KR: 'Жанубий Корея',
  KZ: 'Қозоғистон',
  LT: 'Литва',
  MN: 'Мўғулистон',
  MU: 'Маврикий',
  NL: 'Нидерландия',
  RS: 'Сербия',
  TJ: 'Тожикистон',
  US: 'Америка Қўшма Штатлари',
  UZ: 'Ўзбекистон',
};

/** Shorter forms where Intl's official names would crowd a list («Республика Корея» → «Южная Корея»). */
const SHORT: Partial<Record<Lang, Record<string, string>>> = {
  ru: { KR: 'Южная Корея', US: 'США', AE: 'ОАЭ' },
};

const displayNames = new Map<string, Intl.DisplayNames>();
function intlName(code: string, locale: string): string | undefined {
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })));
  const name = names.of(code);
  return name && name !== code ? name : undefined;
}

export function countryName(code: string, lang: Lang): string {
  return (
    SHORT[lang]?.[code] ??
    (lang === 'uz' ? UZ_NAMES[code] : undefined) ??
    intlName(code, LOCALE[lang]) ??
    intlName(code, 'ru') ??
    intlName(code, 'en') ??
    code
  );
}
