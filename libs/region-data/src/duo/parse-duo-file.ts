/**
 * Parses DUO's open-data files about primary-school locations: the register of all vestigingen and the pupil
 * counts per vestiging. Both come in several layouts (old and new header spellings, comma or semicolon,
 * UTF-8 with BOM or Windows-1252); see `columns.ts` for the spellings and `text.ts` for the text layer. The work is
 * split by part of the file: `duo-header.ts` (layout), `duo-rows.ts` (rows) and the summary below.
 */
import { SWV } from '@sop-atlas/sop-model';
import {
  type DuoFileContext,
  duoFileContext,
  type DuoTable,
  gemeenteSelection,
  headerWarnings,
  readHeader,
} from './duo-header';
import { type DuoRows, readRows } from './duo-rows';
import { normaliseSwvCode } from './normalise';
import { decodeDuoBytes, type DuoDelimiter, type DuoEncoding, sniffDelimiter, splitCsvRecords } from './text';
import { type DuoParseOptions, type DuoParseResult } from './types';

export {
  isSecondaryOnlyKind,
  normalisePostcode,
  normaliseSchoolKind,
  normaliseSwvCode,
  parseCount,
  parsePeildatum,
} from './normalise';

/** Parses a DUO register or pupil-count file. See `DuoParseResult` and `DuoFileError`. */
export function parseDuoFile(bytes: Uint8Array, options: DuoParseOptions = {}): DuoParseResult {
  const context = duoFileContext(options.fileName ?? 'DUO-bestand');
  const wantedSwv = options.swv === null ? null : normaliseSwvCode(options.swv ?? SWV.code);

  const { text, encoding } = decodeDuoBytes(bytes);
  const empty = [{ line: 1, message: `${context.fileName}: het bestand is leeg` }];
  if (text.trim().length === 0) context.fail(empty);
  const delimiter = sniffDelimiter(text);
  const records = splitCsvRecords(text, delimiter);
  const headerRecord = records[0];
  if (headerRecord === undefined) return context.fail(empty);

  const table = readHeader(context, headerRecord);
  const warnings = headerWarnings(table, wantedSwv);
  const rows = readRows(context, table, records.slice(1), wantedSwv, gemeenteSelection(table, wantedSwv));
  return summarise(context, table, rows, {
    wantedSwv,
    allowPartial: options.allowPartial ?? false,
    delimiter,
    encoding,
    warnings,
  });
}

/** The result of the rows, or the refusal of the whole file (no rows, none of this SWV, rejected rows). */
function summarise(
  context: DuoFileContext,
  table: DuoTable,
  rows: DuoRows,
  file: {
    wantedSwv: string | null;
    allowPartial: boolean;
    delimiter: DuoDelimiter;
    encoding: DuoEncoding;
    warnings: string[];
  },
): DuoParseResult {
  const { at, fail, fileName } = context;
  const { schools, pupilCounts, rejected, dataRows, skippedOtherSwv, skippedEmptySwv } = rows;
  const { skippedOtherGemeente, skippedSecondary } = rows;
  const { wantedSwv, allowPartial, delimiter, encoding, warnings } = file;
  if (skippedEmptySwv > 0) {
    warnings.push(`${skippedEmptySwv} rij(en) zonder samenwerkingsverband overgeslagen`);
  }
  if (skippedOtherGemeente > 0) {
    warnings.push(`${skippedOtherGemeente} rij(en) uit andere gemeenten overgeslagen`);
  }
  if (skippedSecondary > 0) {
    warnings.push(
      `${skippedSecondary} vestiging(en) met alleen voortgezet speciaal onderwijs (VSO) overgeslagen: geen primair onderwijs`,
    );
  }
  if (dataRows === 0)
    fail([at(table.headerLine, undefined, 'het bestand heeft alleen een kopregel, geen gegevens')]);
  if (schools.length === 0 && rejected.length === 0 && skippedOtherSwv > 0) {
    fail([
      at(
        table.headerLine,
        table.header('swv'),
        `geen enkele rij hoort bij ${wantedSwv ?? ''}: alle ${skippedOtherSwv} rijen horen bij een ander samenwerkingsverband`,
      ),
    ]);
  }
  if (rejected.length > 0 && (!allowPartial || schools.length === 0)) fail(rejected);

  return {
    kind: table.kind,
    fileName,
    delimiter,
    encoding,
    columnsFound: table.columns.found,
    columnsMissing: table.columnsMissing,
    schools,
    pupilCounts,
    skippedOtherSwv,
    rejected,
    warnings,
  };
}
