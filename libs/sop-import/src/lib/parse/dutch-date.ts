/**
 * Dates as Dutch documents write them: `12 maart 2024`, `di 12 mrt. 2024`, `12-03-2024`, `12/3/24`, `12.03.2024`,
 * `2024-03-12`. Day before month, always (the Dutch order); a two-digit year is 20xx. What a text says about a date
 * is one of: one complete date, several different ones, something date-like that is not a complete date (`maart
 * 2024`, `12 maart`, `31-02-2024`), or nothing at all.
 */
import { fold } from '../text-utils';

export type DateReading =
  | { readonly kind: 'date'; readonly date: string }
  | { readonly kind: 'several'; readonly dates: readonly string[] }
  | { readonly kind: 'incomplete' }
  | { readonly kind: 'none' };

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
const MONTH = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

const WRITTEN = new RegExp(`\\b(\\d{1,2})(?:e|ste|de)?\\s+(${MONTH})\\.?\\s+(\\d{4})\\b`, 'g');
const NUMERIC = /\b(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** A month or a day-and-month without the rest, or a lone year: date-like, not a date. */
const PARTIAL = new RegExp(`\\b(?:${MONTH})\\b|\\b\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\b|\\b(?:19|20)\\d{2}\\b`);

/** `2024-03-12`, or null when that day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** What `text` says about a date. */
export function readDutchDate(text: string): DateReading {
  const folded = fold(text);
  const found = new Set<string>();
  let invalid = false;
  let rest = folded;
  const take = (re: RegExp, toDate: (m: RegExpExecArray) => string | null): void => {
    for (const m of folded.matchAll(re)) {
      const date = toDate(m);
      if (date === null) invalid = true;
      else found.add(date);
      rest = rest.replace(m[0], ' ');
    }
  };
  take(ISO, (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])));
  take(WRITTEN, (m) => isoDate(Number(m[3]), MONTHS[m[2] ?? ''] ?? 0, Number(m[1])));
  take(NUMERIC, (m) => {
    const y = m[4] ?? '';
    return isoDate(y.length === 2 ? 2000 + Number(y) : Number(y), Number(m[3]), Number(m[1]));
  });
  if (invalid) return { kind: 'incomplete' };
  if (found.size > 1) return { kind: 'several', dates: [...found].sort() };
  const [only] = found;
  if (only !== undefined)
    return PARTIAL.test(rest) ? { kind: 'several', dates: [only] } : { kind: 'date', date: only };
  return PARTIAL.test(folded) || /\d/.test(folded) ? { kind: 'incomplete' } : { kind: 'none' };
}
