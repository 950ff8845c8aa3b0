/**
 * The header rows of the template's tables: the names of the label column and of each value column, compared by
 * their letters only, so a header cell that wrapped ("Niet van" / "toepassing") or broke inside a word
 * ("Struct" / "ureel") still spells its name.
 */
import { type LayoutTable } from './layout';

export interface HeaderSpec {
  /** Names of the label column (alternatives). */
  readonly label: readonly string[];
  /** Names of each value column (alternatives), in template order. */
  readonly columns: readonly (readonly string[])[];
}

export const HEADER_SPECS: Record<LayoutTable, HeaderSpec> = {
  hgw: {
    label: ['uitgangspunt hgw', 'uitgangspunten hgw'],
    columns: [['op orde'], ['in ontwikkeling'], ['nog op te starten']],
  },
  partner: {
    label: ['betrokken experts'],
    columns: [['structureel'], ['regelmatig'], ['incidenteel'], ['niet van toepassing', 'nvt']],
  },
  facility: {
    label: ['voorziening', 'voorzieningen'],
    columns: [
      ['aanwezig in de school', 'aanwezig'],
      ['niet van toepassing', 'nvt'],
    ],
  },
  expertise: { label: ['expertise'], columns: [['ja nee'], ['uren beschikbaar']] },
  offers: { label: ['aanbod'], columns: [['periode wanneer in te zetten', 'periode']] },
};

/** Letters only, lower case, accents off. */
export function letters(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

/** The letters of each column's names (label column first). */
export function headerNames(spec: HeaderSpec): string[][] {
  return [spec.label.map(letters), ...spec.columns.map((c) => c.map(letters))];
}

/** True when every word of the line is part of some header name (a wrapped or broken header line). */
export function isHeaderContinuation(words: readonly string[], spec: HeaderSpec): boolean {
  const all = headerNames(spec).flat();
  const ls = words.map(letters).filter((w) => w !== '');
  return ls.length > 0 && ls.length === words.length && ls.every((w) => all.some((p) => p.includes(w)));
}

/** True when some word of the line belongs to a value column's name (a header row, not a lone label word). */
export function hasValueColumnWord(words: readonly string[], spec: HeaderSpec): boolean {
  const values = spec.columns.flatMap((c) => c.map(letters));
  return words.map(letters).some((w) => w.length >= 2 && values.some((v) => v.includes(w)));
}
