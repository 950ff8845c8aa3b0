/**
 * Header spellings of DUO's register and pupil files mapped to canonical column names. Headers are compared
 * normalised: upper case, every run of spaces, underscores, hyphens and other punctuation as one `_`
 * (`HUISNUMMER - TOEVOEGING`, `huisnummer-toevoeging` and `HUISNUMMER_TOEVOEGING` are the same column).
 */

export const DUO_COLUMNS = [
  'instellingscode',
  'vestigingscode',
  'naam',
  'straatnaam',
  'huisnummer',
  'postcode',
  'plaatsnaam',
  'gemeentenummer',
  'gemeentenaam',
  'soortPo',
  'denominatie',
  'bevoegdGezag',
  'telefoonnummer',
  'internetadres',
  'swv',
  'peildatum',
  'totaal',
] as const;
export type DuoColumn = (typeof DUO_COLUMNS)[number];

/** Canonical name reported for each count column that is summed when a file has no total (`LEEFTIJD_4`, …). */
export const DUO_PART_COLUMN = 'deeltelling';

/** Accepted spellings per column, normalised, in order of preference (the first present wins). */
export const DUO_HEADER_ALIASES: Readonly<Record<DuoColumn, readonly string[]>> = {
  instellingscode: ['INSTELLINGSCODE', 'BRIN_NUMMER', 'BRINNUMMER', 'BRIN', 'BRIN_CODE'],
  vestigingscode: ['VESTIGINGSCODE', 'VESTIGINGSNUMMER', 'VESTIGINGS_NUMMER', 'VESTIGINGS_CODE', 'VESTIGING'],
  naam: ['VESTIGINGSNAAM', 'INSTELLINGSNAAM_VESTIGING', 'NAAM_VESTIGING', 'INSTELLINGSNAAM'],
  straatnaam: ['STRAATNAAM', 'STRAATNAAM_VESTIGING', 'STRAAT'],
  huisnummer: ['HUISNUMMER_TOEVOEGING', 'HUISNUMMER_TOEVOEGING_VESTIGING', 'HUISNUMMER'],
  postcode: ['POSTCODE_VESTIGING', 'POSTCODE'],
  plaatsnaam: ['PLAATSNAAM', 'PLAATSNAAM_VESTIGING', 'PLAATS'],
  gemeentenummer: ['GEMEENTENUMMER', 'GEMEENTECODE', 'GEMEENTENUMMER_VESTIGING'],
  gemeentenaam: ['GEMEENTENAAM', 'GEMEENTENAAM_VESTIGING', 'GEMEENTE'],
  soortPo: ['SOORT_PO', 'SOORT_PRIMAIR_ONDERWIJS', 'SOORT_PO_VESTIGING'],
  denominatie: ['DENOMINATIE_VESTIGING', 'DENOMINATIE'],
  bevoegdGezag: ['BEVOEGD_GEZAG_NUMMER', 'BEVOEGD_GEZAG', 'BEVOEGDGEZAG_NUMMER'],
  telefoonnummer: ['TELEFOONNUMMER', 'TELEFOONNUMMER_VESTIGING', 'TELEFOON'],
  internetadres: ['INTERNETADRES', 'INTERNETADRES_VESTIGING', 'WEBSITE'],
  swv: [
    'SWV_VESTIGING',
    'SAMENWERKINGSVERBAND',
    'SAMENWERKINGSVERBAND_PO',
    'SWV_PO',
    'SWV',
    'CODE_SAMENWERKINGSVERBAND',
  ],
  peildatum: ['PEILDATUM_LEERLINGEN', 'PEILDATUM'],
  totaal: ['TOTAAL', 'TOTAAL_AANTAL_LEERLINGEN', 'AANTAL_LEERLINGEN', 'TOTAAL_LEERLINGEN'],
};

/** Count columns summed when there is no total: per age or per year group. */
const PART_PATTERNS: readonly RegExp[] = [/^LEEFTIJD_[A-Z0-9_]+$/, /^(?:GROEP|LEERJAAR|JAARGROEP)_?\d+$/];

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export interface ColumnMap {
  /** Column index per canonical name found. */
  readonly index: Partial<Record<DuoColumn, number>>;
  /** Count columns to sum when no total is present (one family: ages or groups, whichever comes first). */
  readonly parts: readonly { index: number; header: string }[];
  readonly found: { canonical: string; header: string }[];
  /** Header names (normalised) that occur more than once. */
  readonly duplicateHeaders: string[];
}

export function mapColumns(headers: readonly string[]): ColumnMap {
  const normalised = headers.map(normaliseHeader);
  const index: Partial<Record<DuoColumn, number>> = {};
  const found: { canonical: string; header: string }[] = [];
  for (const column of DUO_COLUMNS) {
    for (const alias of DUO_HEADER_ALIASES[column]) {
      const at = normalised.indexOf(alias);
      if (at >= 0) {
        index[column] = at;
        found.push({ canonical: column, header: (headers[at] as string).trim() });
        break;
      }
    }
  }
  let family: RegExp | undefined;
  const parts: { index: number; header: string }[] = [];
  normalised.forEach((name, at) => {
    const pattern = PART_PATTERNS.find((p) => p.test(name));
    if (pattern === undefined) return;
    family ??= pattern;
    if (pattern !== family) return;
    parts.push({ index: at, header: (headers[at] as string).trim() });
  });
  if (index.totaal === undefined) {
    for (const part of parts) found.push({ canonical: DUO_PART_COLUMN, header: part.header });
  }
  const seen = new Set<string>();
  const duplicateHeaders = new Set<string>();
  for (const name of normalised) {
    if (name.length === 0) continue;
    if (seen.has(name)) duplicateHeaders.add(name);
    seen.add(name);
  }
  return { index, parts, found, duplicateHeaders: [...duplicateHeaders] };
}
