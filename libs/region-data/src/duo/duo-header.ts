/** The header line of a DUO file: which layout, which columns, which are missing. */
import { DUO_HEADER_ALIASES, type DuoColumn, mapColumns, type ColumnMap } from './columns';
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

const EXPECTED: Readonly<Record<DuoFileKind, readonly DuoColumn[]>> = {
  register: [
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
  ],
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
  const value = (fields: readonly string[], column: DuoColumn): string | null => {
    const i = idx[column];
    if (i === undefined) return null;
    const v = (fields[i] ?? '').trim();
    return v.length === 0 ? null : v;
  };
  return { kind, headerLine: headerRecord.line, headers, columns, columnsMissing, header, value };
}

/** Warnings about the header: duplicated known columns, and no SWV column to select rows by. */
export function headerWarnings(table: DuoTable, wantedSwv: string | null): string[] {
  const warnings: string[] = [];
  const mappedDuplicates = table.columns.duplicateHeaders.filter((h) =>
    Object.values(DUO_HEADER_ALIASES).some((aliases) => aliases.includes(h)),
  );
  for (const name of mappedDuplicates)
    warnings.push(`kolom ${name} komt meer dan eens voor; de eerste is gebruikt`);
  if (table.columns.index.swv === undefined && wantedSwv !== null) {
    warnings.push(
      `geen kolom met het samenwerkingsverband: alle rijen zijn meegenomen (niet alleen ${wantedSwv})`,
    );
  }
  return warnings;
}
