/** The data rows of a DUO file: one school (and, in a pupil file, one count) per row, or the row's problems. */
import { type SchoolKind } from '@sop-atlas/sop-model';
import { type DuoColumn } from './columns';
import { type DuoFileContext, type DuoTable } from './duo-header';
import {
  isSecondaryOnlyKind,
  normalisePostcode,
  normaliseSchoolKind,
  normaliseSwvCode,
  parseCount,
  parsePeildatum,
  websiteWithScheme,
} from './normalise';
import { type CsvRecord } from './text';
import { type DuoProblem, type DuoPupilCount, type DuoSchool } from './types';

const FULL_CODE = /^\d{2}[A-Z]{2}\d{2}$/;
const BRIN = /^\d{2}[A-Z]{2}$/;

interface RowContext {
  readonly context: DuoFileContext;
  readonly fields: readonly string[];
  readonly line: number;
  readonly problems: DuoProblem[];
}

/** What the rows gave: schools and counts (first occurrence kept), rejected rows and what was skipped. */
export interface DuoRows {
  schools: DuoSchool[];
  pupilCounts: DuoPupilCount[];
  rejected: DuoProblem[];
  dataRows: number;
  skippedOtherSwv: number;
  skippedEmptySwv: number;
  /** Rows left out because their gemeente is not one of the SWV's (files without an SWV column). */
  skippedOtherGemeente: number;
  /** Rows of secondary special education only (`VSO`): no primary school, left out. */
  skippedSecondary: number;
}

/** A record that is no row of this table: unreadable, or another number of fields than the header. */
function brokenRecord(context: DuoFileContext, table: DuoTable, record: CsvRecord): DuoProblem | null {
  if (record.error !== undefined)
    return context.at(record.line, undefined, `regel is kapot: ${record.error}`);
  const extra = record.fields.slice(table.headers.length);
  if (record.fields.length < table.headers.length || extra.some((f) => f.trim().length > 0)) {
    return context.at(
      record.line,
      undefined,
      `regel heeft ${record.fields.length} velden, de kopregel ${table.headers.length}`,
    );
  }
  return null;
}

/** `518`, `0518`, `GM0518` → `0518`; null when it is no gemeentenummer. */
function gemeenteCodeOf(raw: string): string | null {
  if (/^\d{1,4}$/.test(raw)) return raw.padStart(4, '0');
  if (/^GM\d{4}$/i.test(raw)) return raw.slice(2);
  return null;
}

/**
 * Reads every data row; rows of another SWV than `wantedSwv` are skipped (null: all rows). Without an SWV column,
 * `gemeenten` (when given) selects the rows by gemeentenummer instead. `VSO`-only rows are skipped and counted.
 */
export function readRows(
  context: DuoFileContext,
  table: DuoTable,
  records: readonly CsvRecord[],
  wantedSwv: string | null,
  gemeenten: ReadonlySet<string> | null = null,
): DuoRows {
  const schools: DuoSchool[] = [];
  const schoolLine = new Map<string, number>();
  const pupilCounts: DuoPupilCount[] = [];
  const countLine = new Map<string, number>();
  const rejected: DuoProblem[] = [];
  let dataRows = 0;
  let skippedOtherSwv = 0;
  let skippedEmptySwv = 0;
  let skippedOtherGemeente = 0;
  let skippedSecondary = 0;

  for (const record of records) {
    if (record.fields.every((f) => f.trim().length === 0)) continue;
    dataRows += 1;
    const broken = brokenRecord(context, table, record);
    if (broken !== null) {
      rejected.push(broken);
      continue;
    }
    const row: RowContext = { context, fields: record.fields, line: record.line, problems: [] };

    const swvValue = table.value(row.fields, 'swv');
    const swv = swvValue === null ? null : normaliseSwvCode(swvValue);
    if (wantedSwv !== null && table.columns.index.swv !== undefined && swv !== wantedSwv) {
      skippedOtherSwv += 1;
      if (swv === null) skippedEmptySwv += 1;
      continue;
    }
    if (gemeenten !== null) {
      const raw = table.value(row.fields, 'gemeentenummer');
      const gemeente = raw === null ? null : gemeenteCodeOf(raw);
      if (gemeente === null) {
        rejected.push(
          context.at(
            row.line,
            table.header('gemeentenummer'),
            `${raw === null ? 'gemeentenummer ontbreekt' : `'${raw}' is geen gemeentenummer`}; het bestand heeft ` +
              `geen kolom met het samenwerkingsverband, dus de gemeente bepaalt of de vestiging bij ${wantedSwv ?? ''} hoort`,
          ),
        );
        continue;
      }
      if (!gemeenten.has(gemeente)) {
        skippedOtherSwv += 1;
        skippedOtherGemeente += 1;
        continue;
      }
    }
    const kindRaw = table.value(row.fields, 'soortPo');
    if (kindRaw !== null && isSecondaryOnlyKind(kindRaw)) {
      skippedSecondary += 1;
      continue;
    }

    const school = readSchool(table, row, swv);
    let count: DuoPupilCount | undefined;
    if (table.kind === 'pupils' && school !== undefined) count = readCount(table, row, school.vestigingscode);
    if (row.problems.length > 0 || school === undefined) {
      rejected.push(...row.problems);
      continue;
    }

    if (count !== undefined) {
      const key = `${count.vestigingscode}|${count.referenceDate}`;
      const first = countLine.get(key);
      if (first !== undefined) {
        rejected.push(
          context.at(
            row.line,
            table.header('vestigingscode'),
            `vestiging ${count.vestigingscode} met peildatum ${count.referenceDate} staat al op regel ${first}`,
          ),
        );
        continue;
      }
      countLine.set(key, row.line);
      pupilCounts.push(count);
      if (!schoolLine.has(school.vestigingscode)) {
        schoolLine.set(school.vestigingscode, row.line);
        schools.push(school);
      }
    } else {
      const first = schoolLine.get(school.vestigingscode);
      if (first !== undefined) {
        rejected.push(
          context.at(
            row.line,
            table.header('vestigingscode'),
            `vestiging ${school.vestigingscode} staat al op regel ${first}`,
          ),
        );
        continue;
      }
      schoolLine.set(school.vestigingscode, row.line);
      schools.push(school);
    }
  }

  return {
    schools,
    pupilCounts,
    rejected,
    dataRows,
    skippedOtherSwv,
    skippedEmptySwv,
    skippedOtherGemeente,
    skippedSecondary,
  };
}

function problem(table: DuoTable, row: RowContext, column: DuoColumn, message: string): void {
  row.problems.push(row.context.at(row.line, table.header(column), message));
}

/** The full vestigingscode (`09QA00`), from one column or from BRIN + a vestigingsnummer; undefined with a problem. */
function readVestigingscode(table: DuoTable, row: RowContext): string | undefined {
  const rawCode = (table.value(row.fields, 'vestigingscode') ?? '').toUpperCase().replace(/\s+/g, '');
  const rawBrin = (table.value(row.fields, 'instellingscode') ?? '').toUpperCase().replace(/\s+/g, '');
  let code: string | undefined;
  if (FULL_CODE.test(rawCode)) {
    code = rawCode;
    if (rawBrin.length > 0 && rawBrin !== rawCode.slice(0, 4)) {
      problem(
        table,
        row,
        'instellingscode',
        `instellingscode '${rawBrin}' past niet bij vestigingscode '${rawCode}'`,
      );
    }
  } else if (/^\d{1,2}$/.test(rawCode)) {
    if (table.columns.index.instellingscode === undefined) {
      problem(
        table,
        row,
        'vestigingscode',
        `vestigingsnummer '${rawCode}' zonder kolom met de instellingscode (BRIN)`,
      );
    } else if (!BRIN.test(rawBrin)) {
      problem(
        table,
        row,
        'instellingscode',
        `'${rawBrin}' is geen instellingscode (verwacht bijvoorbeeld 09QA)`,
      );
    } else code = `${rawBrin}${rawCode.padStart(2, '0')}`;
  } else if (rawCode.length === 0) {
    problem(table, row, 'vestigingscode', 'vestigingscode ontbreekt');
  } else {
    problem(
      table,
      row,
      'vestigingscode',
      `'${rawCode}' is geen vestigingscode (verwacht 09QA00 of een nummer als 00)`,
    );
  }

  return code;
}

export function readSchool(table: DuoTable, row: RowContext, swv: string | null): DuoSchool | undefined {
  const code = readVestigingscode(table, row);
  const name = table.value(row.fields, 'naam');
  if (name === null && table.columns.index.naam !== undefined)
    problem(table, row, 'naam', 'naam van de vestiging ontbreekt');

  const postcodeRaw = table.value(row.fields, 'postcode');
  const postcode = postcodeRaw === null ? null : normalisePostcode(postcodeRaw);
  if (postcodeRaw !== null && postcode === null)
    problem(table, row, 'postcode', `'${postcodeRaw}' is geen postcode`);

  const gemeenteRaw = table.value(row.fields, 'gemeentenummer');
  const gemeenteCode = gemeenteRaw === null ? null : gemeenteCodeOf(gemeenteRaw);
  if (gemeenteRaw !== null && gemeenteCode === null)
    problem(table, row, 'gemeentenummer', `'${gemeenteRaw}' is geen gemeentenummer`);

  const kindRaw = table.value(row.fields, 'soortPo');
  let kind: SchoolKind | null = null;
  if (kindRaw !== null) {
    const k = normaliseSchoolKind(kindRaw);
    if (k === undefined)
      problem(
        table,
        row,
        'soortPo',
        `onbekende soort onderwijs '${kindRaw}' (verwacht Bo, Sbo, SO, (V)SO of VSO)`,
      );
    else kind = k;
  }

  const website = table.value(row.fields, 'internetadres');
  if (code === undefined) return undefined;
  return {
    vestigingscode: code,
    brin: code.slice(0, 4),
    name: name ?? code,
    street: table.value(row.fields, 'straatnaam'),
    houseNumber: table.value(row.fields, 'huisnummer'),
    postcode,
    place: table.value(row.fields, 'plaatsnaam'),
    gemeenteCode,
    gemeenteName: table.value(row.fields, 'gemeentenaam'),
    kind,
    denomination: table.value(row.fields, 'denominatie'),
    boardNumber: table.value(row.fields, 'bevoegdGezag'),
    phone: table.value(row.fields, 'telefoonnummer'),
    website: website === null ? null : websiteWithScheme(website),
    swv,
  };
}

export function readCount(
  table: DuoTable,
  row: RowContext,
  vestigingscode: string,
): DuoPupilCount | undefined {
  const dateRaw = table.value(row.fields, 'peildatum');
  const referenceDate = dateRaw === null ? null : parsePeildatum(dateRaw);
  if (dateRaw === null) problem(table, row, 'peildatum', 'peildatum ontbreekt');
  else if (referenceDate === null)
    problem(table, row, 'peildatum', `'${dateRaw}' is geen peildatum (verwacht jjjjmmdd)`);

  let total: number | null = 0;
  let suppressed = false;
  if (table.columns.index.totaal !== undefined) {
    const raw = table.value(row.fields, 'totaal');
    const parsed = raw === null ? undefined : parseCount(raw);
    if (raw === null) problem(table, row, 'totaal', 'aantal leerlingen ontbreekt');
    else if (parsed === undefined) problem(table, row, 'totaal', `'${raw}' is geen aantal leerlingen`);
    else if (parsed === 'suppressed') suppressed = true;
    else total = parsed;
  } else {
    // Empty part cells count as 0 (DUO leaves cells empty where there are no pupils of that age or group).
    for (const part of table.columns.parts) {
      const raw = (row.fields[part.index] ?? '').trim();
      if (raw.length === 0) continue;
      const parsed = parseCount(raw);
      if (parsed === undefined)
        row.problems.push(row.context.at(row.line, part.header, `'${raw}' is geen aantal leerlingen`));
      else if (parsed === 'suppressed') suppressed = true;
      else total += parsed;
    }
  }
  if (referenceDate === null || row.problems.length > 0) return undefined;
  if (suppressed) total = null;
  return { vestigingscode, referenceDate, total, suppressed };
}
