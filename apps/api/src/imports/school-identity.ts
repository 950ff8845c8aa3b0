/** Normalising a school's identity from an SOP, for matching it to a known school. */
import { type SchoolKind, type SopDocument } from '@sop-atlas/sop-model';

/** `  Basisschool  Jeroen ` → `basisschool jeroen` (the SQL twin is `NORMALISED_NAME_SQL`). */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** `2524 ck` → `2524CK`. */
export function normalisePostcode(postcode: string): string {
  return postcode.replace(/\s+/g, '').toUpperCase();
}

export const NORMALISED_NAME_SQL = `lower(btrim(regexp_replace(school.name, '\\s+', ' ', 'g')))`;
export const NORMALISED_POSTCODE_SQL = `upper(replace(school.postcode, ' ', ''))`;

const GEMEENTEN: readonly { pattern: RegExp; code: string; name: string }[] = [
  { pattern: /^(den haag|'s-gravenhage|s-gravenhage)$/, code: '0518', name: "'s-Gravenhage" },
  { pattern: /^rijswijk( zh)?$/, code: '0603', name: 'Rijswijk' },
  {
    pattern: /^(leidschendam|voorburg|leidschendam-voorburg|stompwijk)$/,
    code: '1916',
    name: 'Leidschendam-Voorburg',
  },
];

export function gemeenteOfPlace(place: string | null): { code: string; name: string } | null {
  if (place === null) return null;
  const key = normaliseName(place);
  const found = GEMEENTEN.find((g) => g.pattern.test(key));
  return found ? { code: found.code, name: found.name } : null;
}

export function schoolKindOf(name: string): SchoolKind {
  if (/\b(sbo|speciaal basisonderwijs)\b/i.test(name)) return 'SBO';
  if (/\b(so|speciaal onderwijs)\b/i.test(name)) return 'SO';
  return 'BAO';
}

export type SchoolIdentity = SopDocument['school'];
