/** The header line of a DUO file: which layout, which columns, which are missing. */
import {
  DUO_COLUMNS,
  DUO_HEADER_ALIASES,
  type DuoColumn,
  mapColumns,
  normaliseHeader,
  type ColumnMap,
} from './columns';
import { SWV, WERKGEBIEDEN } from '@sop-atlas/sop-model';
import { type CsvRecord } from './text';
import { DuoFileError, type DuoFileKind, type DuoProblem } from './types';

/** Where a problem is and how it is said: the file name, line and column in every message. */

/** Separators spreadsheets also export, named for the message when a file uses one of them. */
const OTHER_DELIMITERS = [
  { char: '\t', name: 'tabs' },
  { char: '|', name: 'verticale strepen (|)' },
  { char: ':', name: 'dubbele punten (:)' },
] as const;
export interface DuoFileContext {
  readonly fileName: string;
  readonly at: (line: number, column: string | undefined, message: string) => DuoProblem;
  readonly fail: (problems: DuoProblem[]) => never;
}

export function duoFileContext(fileName: string): DuoFileContext {
  return {
    fileName,
    at: (line, column, message) =>
      column === undefined
        ? { line, message: `${fileName}, regel ${line}: ${message}` }
        : { line, column, message: `${fileName}, regel ${line}, kolom ${column}: ${message}` },
    fail: (problems) => {
      throw new DuoFileError(fileName, problems);
    },
  };
}

/** Columns only a pupil-count file has; a register file is expected to have every other one. */
const PUPIL_ONLY: readonly DuoColumn[] = ['peildatum', 'totaal'];

const EXPECTED: Readonly<Record<DuoFileKind, readonly DuoColumn[]>> = {
  register: DUO_COLUMNS.filter((c) => !PUPIL_ONLY.includes(c)),
  pupils: [
    'instellingscode',
    'vestigingscode',
    'naam',
    'postcode',
    'plaatsnaam',
    'gemeentenummer',
    'gemeentenaam',
    'soortPo',
    'denominatie',
    'bevoegdGezag',
    'swv',
    'peildatum',
    'totaal',
  ],
};

/**
 * Headers that look like a school-kind column (a kind, a cluster, the law: WPO/WEC) but are none of the spellings in
 * `DUO_HEADER_ALIASES.soortPo`. Without a known kind column every location would count as a regular school, so such
 * a file is refused (ADR 0008) instead of read as a plain register.
 */
const KIND_LIKE_HEADER =
  /SOORT_?[A-Z_]*ONDERWIJS|ONDERWIJS_?SOORT|ONDERWIJS_?TYPE|TYPE_ONDERWIJS|^CLUSTER|AANDUIDING_WET|(^|_)(V?SO|SBO|SBAO|WEC)(_|$)/;

/** A DUO file's layout as its header line says it: kind, columns and how to read a cell. */
export interface DuoTable {
  readonly kind: DuoFileKind;
  readonly headerLine: number;
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  readonly columnsMissing: DuoColumn[];
  /** The header as the file spells it (the first alias when the column is missing). */
  header(column: DuoColumn): string;
  /** The trimmed cell of `column` in `fields`; null when empty or when the file has no such column. */
  value(fields: readonly string[], column: DuoColumn): string | null;
}

/**
 * Reads the header line: the kind of file (pupil counts when it has a total, age or group columns, or a
 * peildatum), the columns found and missing; refuses a file without its required columns.
 */
export function readHeader(context: DuoFileContext, headerRecord: CsvRecord): DuoTable {
  const { at, fail } = context;
  if (headerRecord.error !== undefined)
    fail([at(headerRecord.line, undefined, `kopregel onleesbaar (${headerRecord.error})`)]);

  const headers = headerRecord.fields.map((h) => h.trim());
  const columns = mapColumns(headers);
  const idx = columns.index;
  const kind: DuoFileKind =
    idx.totaal !== undefined || columns.parts.length > 0 || idx.peildatum !== undefined
      ? 'pupils'
      : 'register';
  const columnsMissing = EXPECTED[kind].filter(
    (c) => idx[c] === undefined && !(c === 'totaal' && columns.parts.length > 0),
  );
  const header = (column: DuoColumn): string => {
    const i = idx[column];
    return i === undefined ? (DUO_HEADER_ALIASES[column][0] as string) : (headers[i] as string);
  };

  const required: DuoColumn[] =
    kind === 'register' ? ['vestigingscode', 'naam'] : ['vestigingscode', 'peildatum', 'totaal'];
  const missingRequired = required.filter((c) => columnsMissing.includes(c));
  // One column only: the file is split by something else than `,` or `;` — say that, not "column missing".
  if (missingRequired.length > 0 && headers.length === 1) {
    const found = OTHER_DELIMITERS.find((d) => (headers[0] ?? '').includes(d.char));
    fail([
      at(
        headerRecord.line,
        undefined,
        found === undefined
          ? `de kopregel heeft maar één kolom ('${(headers[0] ?? '').slice(0, 60)}'): ` +
              'geen scheidingsteken gevonden; gebruik komma (,) of puntkomma (;) tussen de kolommen'
          : `verkeerd scheidingsteken: de kolommen zijn gescheiden door ${found.name}; ` +
              'gebruik komma (,) of puntkomma (;), zoals in de bestanden van DUO',
      ),
    ]);
  }
  if (missingRequired.length > 0) {
    fail(
      missingRequired.map((c) =>
        at(
          headerRecord.line,
          c,
          c === 'totaal'
            ? `kolom met het aantal leerlingen ontbreekt (verwacht TOTAAL of LEEFTIJD_*/GROEP_*-kolommen)`
            : `verplichte kolom ontbreekt (verwacht een van: ${DUO_HEADER_ALIASES[c].join(', ')})`,
        ),
      ),
    );
  }
  if (idx.soortPo === undefined) {
    const kindLike = headers.filter((h) => KIND_LIKE_HEADER.test(normaliseHeader(h)));
    if (kindLike.length > 0)
      fail(
        kindLike.map((h) =>
          at(
            headerRecord.line,
            h,
            `deze kolom lijkt de soort onderwijs te geven, maar de kop '${h}' is onbekend; verwacht ` +
              `${DUO_HEADER_ALIASES.soortPo.map((a) => a.replace(/_/g, ' ')).join(', ')} (zoals in de bestanden ` +
              'van DUO). Zonder die kolom zou elke vestiging als gewone basisschool tellen: niets ingelezen',
          ),
        ),
      );
  }
  const value = (fields: readonly string[], column: DuoColumn): string | null => {
    const i = idx[column];
    if (i === undefined) return null;
    const v = (fields[i] ?? '').trim();
    return v.length === 0 ? null : v;
  };
  return { kind, headerLine: headerRecord.line, headers, columns, columnsMissing, header, value };
}

/** Gemeenten per SWV code, for files without an SWV column: SPPOH's three (from its werkgebieden). */
const SWV_GEMEENTEN: ReadonlyMap<string, readonly string[]> = new Map([
  [SWV.code, [...new Set(WERKGEBIEDEN.map((w) => w.gemeenteCode))].sort()],
]);

/**
 * Which gemeenten select the rows when the file has no SWV column (DUO's register of speciaal (basis)onderwijs
 * has none: an SO school serves several SWVs) but has the gemeentenummer: the SWV's own gemeenten. Null: no
 * selection by gemeente (an SWV column decides, the SWV's gemeenten are unknown, or there is no gemeentenummer).
 */
export function gemeenteSelection(table: DuoTable, wantedSwv: string | null): ReadonlySet<string> | null {
  if (wantedSwv === null || table.columns.index.swv !== undefined) return null;
  if (table.columns.index.gemeentenummer === undefined) return null;
  const gemeenten = SWV_GEMEENTEN.get(wantedSwv);
  return gemeenten === undefined ? null : new Set(gemeenten);
}

/** Warnings about the header: duplicated known columns, and no SWV column to select rows by. */
export function headerWarnings(table: DuoTable, wantedSwv: string | null): string[] {
  const warnings: string[] = [];
  const mappedDuplicates = table.columns.duplicateHeaders.filter((h) =>
    Object.values(DUO_HEADER_ALIASES).some((aliases) => aliases.includes(h)),
  );
  for (const name of mappedDuplicates)
    warnings.push(`kolom ${name} komt meer dan eens voor; de eerste is gebruikt`);
  const byGemeente = gemeenteSelection(table, wantedSwv);
  if (byGemeente !== null) {
    warnings.push(
      `geen kolom met het samenwerkingsverband: de vestigingen van ${wantedSwv ?? ''} zijn gekozen op ` +
        `gemeentenummer (${[...byGemeente].join(', ')})`,
    );
  } else if (table.columns.index.swv === undefined && wantedSwv !== null) {
    warnings.push(
      `geen kolom met het samenwerkingsverband: alle rijen zijn meegenomen (niet alleen ${wantedSwv})`,
    );
  }
  return warnings;
}
