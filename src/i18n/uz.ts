/**
 * Uzbek (Cyrillic) as the zone's Uzbek release writes it, where Intl and plain concatenation get it wrong. Chromium's
 * CLDR data writes «12 ноябр, 2025»; the release writes «2025 йил 12 ноябрь» and joins suffixes by the spelling rules.
 */
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** «2025 йил 12 ноябрь», or «2025 йил ноябрь» without a day. */
export function uzDate(year: number, month: number, day?: number): string {
  return [`${year}\u00a0йил`, day, MONTHS[month - 1]].filter((part) => part !== undefined).join(' ');
}

/**
 * A suffix joined to a word or a formatted figure: a final «ь» drops (рубль → рублдан, рубллик, рублни), and the
 * dative «-га» is «-ка» after к and г, «-қа» after қ, and ғ becomes қ (чорак → чоракка, тоғ → тоққа).
 */
export function uzSuffix(word: string, suffix: string): string {
  const stem = word.replace(/ь$/, '');
  if (suffix !== 'га') return stem + suffix;
  if (/[кг]$/.test(stem)) return `${stem}ка`;
  if (/[қғ]$/.test(stem)) return `${stem.slice(0, -1)}ққа`;
  return `${stem}га`;
}
