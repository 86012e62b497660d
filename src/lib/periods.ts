/** Calendar periods as the dataset writes them: `2019`, `2021-Q1`, `2025-H1`. */
export type PeriodKind = 'year' | 'half' | 'quarter';

export interface ParsedPeriod {
  readonly id: string;
  readonly year: number;
  readonly kind: PeriodKind;
  /** 1 for a year, 1–2 for a half, 1–4 for a quarter. */
  readonly index: number;
  /** First and last month, 1–12. */
  readonly startMonth: number;
  readonly endMonth: number;
}

const PATTERN = /^(\d{4})(?:-(Q|H)([1-4]))?$/;
const MONTHS: Record<PeriodKind, number> = { year: 12, half: 6, quarter: 3 };

/** Widgets ask for the same few periods over and over: each is parsed once (a hostile file cannot grow this much). */
const parsed = new Map<string, ParsedPeriod | undefined>();

export function parsePeriod(id: string): ParsedPeriod | undefined {
  if (!parsed.has(id)) {
    if (parsed.size > 2000) parsed.clear();
    parsed.set(id, parse(id));
  }
  return parsed.get(id);
}

function parse(id: string): ParsedPeriod | undefined {
  const match = PATTERN.exec(id);
  if (!match) return undefined;
  const kind: PeriodKind = match[2] === 'Q' ? 'quarter' : match[2] === 'H' ? 'half' : 'year';
  const index = match[3] ? Number(match[3]) : 1;
  if (kind === 'half' && index > 2) return undefined;
  const length = MONTHS[kind];
  const startMonth = (index - 1) * length + 1;
  return { id, year: Number(match[1]), kind, index, startMonth, endMonth: startMonth + length - 1 };
}

/** The parsed period of an id the dataset's validation has checked; throws on anything else. */
export function must(id: string): ParsedPeriod {
  const period = parsePeriod(id);
  if (!period) throw new RangeError(`Not a period: ${id}`);
  return period;
}

const monthIndex = (year: number, month: number) => year * 12 + month;

/** Two periods can be compared when they are the same part of different years (Q1 with Q1, a year with a year). */
export function comparable(a: string, b: string): boolean {
  const first = must(a);
  const second = must(b);
  return first.kind === second.kind && first.index === second.index;
}

/** Whether two periods share at least one month (2025 overlaps 2025-H1). */
export function overlaps(a: string, b: string): boolean {
  const first = must(a);
  const second = must(b);
  return (
    monthIndex(first.year, first.startMonth) <= monthIndex(second.year, second.endMonth) &&
    monthIndex(second.year, second.startMonth) <= monthIndex(first.year, first.endMonth)
  );
}

/** Orders periods by their end, then by their start: 2019-Q1 < 2019 < 2025-H1 < 2025. */
export function comparePeriods(a: string, b: string): number {
  const first = must(a);
  const second = must(b);
  return (
    monthIndex(first.year, first.endMonth) - monthIndex(second.year, second.endMonth) ||
    monthIndex(first.year, first.startMonth) - monthIndex(second.year, second.startMonth)
  );
}

/** The latest of the given periods, or undefined for none. */
export function latestPeriod(periods: Iterable<string>): string | undefined {
  let latest: string | undefined;
  for (const period of periods) if (latest === undefined || comparePeriods(period, latest) > 0) latest = period;
  return latest;
}

/**
 * Whether period `a` lies within `b`: 2025-H1 within 2025, not 2025 within 2025-H1. A year's entry may fall in any
 * month of it, so showing it under its first half would state more than the source does.
 */
export function within(a: string, b: string): boolean {
  const first = must(a);
  const second = must(b);
  return first.year === second.year && first.startMonth >= second.startMonth && first.endMonth <= second.endMonth;
}
