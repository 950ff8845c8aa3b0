/** Normalising DUO's cell values: codes, postcodes, school kinds, dates and counts. */
import { type SchoolKind } from '@sop-atlas/sop-model';

/** `PO 28-15`, `po2815` → `PO2815`. */
export function normaliseSwvCode(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** `2524ck`, `2524 CK` → `2524 CK`; null when it is not a Dutch postcode. */
export function normalisePostcode(value: string): string | null {
  const match = /^(\d{4})\s*([A-Za-z]{2})$/.exec(value.trim());
  if (!match || (match[1] as string).startsWith('0')) return null;
  return `${match[1] as string} ${(match[2] as string).toUpperCase()}`;
}

function kindWords(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z/]+/g, ' ')
    .trim();
}

/**
 * `Bo`, `BAO`, `Sbo`, `SO`, `(V)SO`, `SO/VSO`, `Basisonderwijs` … → the catalog code; undefined when unknown.
 * A location with SO (with or without VSO) is SO; VSO alone is secondary education (see `isSecondaryOnlyKind`).
 */
export function normaliseSchoolKind(value: string): SchoolKind | undefined {
  const v = kindWords(value);
  if (['bo', 'bao', 'basisonderwijs', 'basisschool', 'regulier basisonderwijs'].includes(v)) return 'BAO';
  if (['sbo', 'speciaal basisonderwijs', 'sbao'].includes(v)) return 'SBO';
  if (['so', 'so/vso', 'so vso', 'v so', 'speciaal onderwijs', 'speciaal onderwijs vso', 'wec'].includes(v))
    return 'SO';
  return undefined;
}

/** `VSO`, `Voortgezet speciaal onderwijs`: a location of secondary special education only, no primary school. */
export function isSecondaryOnlyKind(value: string): boolean {
  return ['vso', 'voortgezet speciaal onderwijs'].includes(kindWords(value));
}

export function websiteWithScheme(value: string): string {
  return /^https?:\/\//i.test(value) ? value : `https://${value.replace(/^\/+/, '')}`;
}

/** `20231001` or `2023-10-01` → `2023-10-01`; null when it is no real date. */
export function parsePeildatum(value: string): string | null {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${match[1] as string}-${match[2] as string}-${match[3] as string}`;
}

/** `123` → 123, `<5` → 'suppressed', anything else → undefined. */
export function parseCount(value: string): number | 'suppressed' | undefined {
  const v = value.trim();
  if (/^<\s*5$/.test(v)) return 'suppressed';
  if (/^\d+$/.test(v)) return Number(v);
  return undefined;
}
