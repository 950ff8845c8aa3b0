/**
 * Parses DUO's open-data files about primary-school locations: the register of all vestigingen and the pupil
 * counts per vestiging. Both come in several layouts (old and new header spellings, comma or semicolon,
 * UTF-8 with BOM or Windows-1252); see `columns.ts` for the spellings and `text.ts` for the text layer.
 */
import { type SchoolKind, SWV } from '@sop-atlas/sop-model';
import { DUO_HEADER_ALIASES, type DuoColumn, mapColumns } from './columns';
import { decodeDuoBytes, sniffDelimiter, splitCsvRecords } from './text';
import {
  DuoFileError,
  type DuoFileKind,
  type DuoParseOptions,
  type DuoParseResult,
  type DuoProblem,
  type DuoPupilCount,
  type DuoSchool,
} from './types';

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

/** `Bo`, `BAO`, `Sbo`, `SO`, `(V)SO`, `Basisonderwijs` … → the catalog code; undefined when unknown. */
export function normaliseSchoolKind(value: string): SchoolKind | undefined {
  const v = value
    .toLowerCase()
    .replace(/[^a-z/]+/g, ' ')
    .trim();
  if (['bo', 'bao', 'basisonderwijs', 'basisschool', 'regulier basisonderwijs'].includes(v)) return 'BAO';
  if (['sbo', 'speciaal basisonderwijs', 'sbao'].includes(v)) return 'SBO';
  if (['so', 'vso', 'so/vso', 'v so', 'speciaal onderwijs', 'wec'].includes(v)) return 'SO';
  return undefined;
}

function websiteWithScheme(value: string): string {
  return /^https?:\/\//i.test(value) ? value : `https://${value.replace(/^\/+/, '')}`;
}

/** Separators spreadsheets also export, named for the message when a file uses one of them. */
const OTHER_DELIMITERS = [
  { char: '\t', name: 'tabs' },
  { char: '|', name: 'verticale strepen (|)' },
  { char: ':', name: 'dubbele punten (:)' },
] as const;

const FULL_CODE = /^\d{2}[A-Z]{2}\d{2}$/;
const BRIN = /^\d{2}[A-Z]{2}$/;

interface RowContext {
  readonly fields: readonly string[];
  readonly line: number;
  readonly problems: DuoProblem[];
}

/** Parses a DUO register or pupil-count file. See `DuoParseResult` and `DuoFileError`. */
export function parseDuoFile(bytes: Uint8Array, options: DuoParseOptions = {}): DuoParseResult {
  const fileName = options.fileName ?? 'DUO-bestand';
  const wantedSwv = options.swv === null ? null : normaliseSwvCode(options.swv ?? SWV.code);
  const allowPartial = options.allowPartial ?? false;
  const at = (line: number, column: string | undefined, message: string): DuoProblem =>
    column === undefined
      ? { line, message: `${fileName}, regel ${line}: ${message}` }
      : { line, column, message: `${fileName}, regel ${line}, kolom ${column}: ${message}` };
  const fail = (problems: DuoProblem[]): never => {
    throw new DuoFileError(fileName, problems);
  };

  const { text, encoding } = decodeDuoBytes(bytes);
  if (text.trim().length === 0) fail([{ line: 1, message: `${fileName}: het bestand is leeg` }]);
  const delimiter = sniffDelimiter(text);
  const records = splitCsvRecords(text, delimiter);
  const headerRecord = records[0];
  if (headerRecord === undefined) return fail([{ line: 1, message: `${fileName}: het bestand is leeg` }]);
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

  const warnings: string[] = [];
  const mappedDuplicates = columns.duplicateHeaders.filter((h) =>
    Object.values(DUO_HEADER_ALIASES).some((aliases) => aliases.includes(h)),
  );
  for (const name of mappedDuplicates)
    warnings.push(`kolom ${name} komt meer dan eens voor; de eerste is gebruikt`);
  if (idx.swv === undefined && wantedSwv !== null) {
    warnings.push(
      `geen kolom met het samenwerkingsverband: alle rijen zijn meegenomen (niet alleen ${wantedSwv})`,
    );
  }

  const value = (row: RowContext, column: DuoColumn): string | null => {
    const i = idx[column];
    if (i === undefined) return null;
    const v = (row.fields[i] ?? '').trim();
    return v.length === 0 ? null : v;
  };

  const schools: DuoSchool[] = [];
  const schoolLine = new Map<string, number>();
  const pupilCounts: DuoPupilCount[] = [];
  const countLine = new Map<string, number>();
  const rejected: DuoProblem[] = [];
  let dataRows = 0;
  let skippedOtherSwv = 0;
  let skippedEmptySwv = 0;

  for (const record of records.slice(1)) {
    if (record.fields.every((f) => f.trim().length === 0)) continue;
    dataRows += 1;
    if (record.error !== undefined) {
      rejected.push(at(record.line, undefined, `regel is kapot: ${record.error}`));
      continue;
    }
    const extra = record.fields.slice(headers.length);
    if (record.fields.length < headers.length || extra.some((f) => f.trim().length > 0)) {
      rejected.push(
        at(
          record.line,
          undefined,
          `regel heeft ${record.fields.length} velden, de kopregel ${headers.length}`,
        ),
      );
      continue;
    }
    const row: RowContext = { fields: record.fields, line: record.line, problems: [] };

    const swvValue = value(row, 'swv');
    const swv = swvValue === null ? null : normaliseSwvCode(swvValue);
    if (wantedSwv !== null && idx.swv !== undefined && swv !== wantedSwv) {
      skippedOtherSwv += 1;
      if (swv === null) skippedEmptySwv += 1;
      continue;
    }

    const school = readSchool(row, swv);
    let count: DuoPupilCount | undefined;
    if (kind === 'pupils' && school !== undefined) count = readCount(row, school.vestigingscode);
    if (row.problems.length > 0 || school === undefined) {
      rejected.push(...row.problems);
      continue;
    }

    if (count !== undefined) {
      const key = `${count.vestigingscode}|${count.referenceDate}`;
      const first = countLine.get(key);
      if (first !== undefined) {
        rejected.push(
          at(
            row.line,
            header('vestigingscode'),
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
          at(
            row.line,
            header('vestigingscode'),
            `vestiging ${school.vestigingscode} staat al op regel ${first}`,
          ),
        );
        continue;
      }
      schoolLine.set(school.vestigingscode, row.line);
      schools.push(school);
    }
  }

  if (skippedEmptySwv > 0) {
    warnings.push(`${skippedEmptySwv} rij(en) zonder samenwerkingsverband overgeslagen`);
  }
  if (dataRows === 0)
    fail([at(headerRecord.line, undefined, 'het bestand heeft alleen een kopregel, geen gegevens')]);
  if (schools.length === 0 && rejected.length === 0 && skippedOtherSwv > 0) {
    fail([
      at(
        headerRecord.line,
        header('swv'),
        `geen enkele rij hoort bij ${wantedSwv ?? ''}: alle ${skippedOtherSwv} rijen horen bij een ander samenwerkingsverband`,
      ),
    ]);
  }
  if (rejected.length > 0 && (!allowPartial || schools.length === 0)) fail(rejected);

  return {
    kind,
    fileName,
    delimiter,
    encoding,
    columnsFound: columns.found,
    columnsMissing,
    schools,
    pupilCounts,
    skippedOtherSwv,
    rejected,
    warnings,
  };

  function problem(row: RowContext, column: DuoColumn, message: string): void {
    row.problems.push(at(row.line, header(column), message));
  }

  function readSchool(row: RowContext, swv: string | null): DuoSchool | undefined {
    const rawCode = (value(row, 'vestigingscode') ?? '').toUpperCase().replace(/\s+/g, '');
    const rawBrin = (value(row, 'instellingscode') ?? '').toUpperCase().replace(/\s+/g, '');
    let code: string | undefined;
    if (FULL_CODE.test(rawCode)) {
      code = rawCode;
      if (rawBrin.length > 0 && rawBrin !== rawCode.slice(0, 4)) {
        problem(
          row,
          'instellingscode',
          `instellingscode '${rawBrin}' past niet bij vestigingscode '${rawCode}'`,
        );
      }
    } else if (/^\d{1,2}$/.test(rawCode)) {
      if (idx.instellingscode === undefined) {
        problem(
          row,
          'vestigingscode',
          `vestigingsnummer '${rawCode}' zonder kolom met de instellingscode (BRIN)`,
        );
      } else if (!BRIN.test(rawBrin)) {
        problem(row, 'instellingscode', `'${rawBrin}' is geen instellingscode (verwacht bijvoorbeeld 09QA)`);
      } else code = `${rawBrin}${rawCode.padStart(2, '0')}`;
    } else if (rawCode.length === 0) {
      problem(row, 'vestigingscode', 'vestigingscode ontbreekt');
    } else {
      problem(
        row,
        'vestigingscode',
        `'${rawCode}' is geen vestigingscode (verwacht 09QA00 of een nummer als 00)`,
      );
    }

    const name = value(row, 'naam');
    if (name === null && idx.naam !== undefined) problem(row, 'naam', 'naam van de vestiging ontbreekt');

    const postcodeRaw = value(row, 'postcode');
    const postcode = postcodeRaw === null ? null : normalisePostcode(postcodeRaw);
    if (postcodeRaw !== null && postcode === null)
      problem(row, 'postcode', `'${postcodeRaw}' is geen postcode`);

    const gemeenteRaw = value(row, 'gemeentenummer');
    let gemeenteCode: string | null = null;
    if (gemeenteRaw !== null) {
      if (/^\d{1,4}$/.test(gemeenteRaw)) gemeenteCode = gemeenteRaw.padStart(4, '0');
      else if (/^GM\d{4}$/i.test(gemeenteRaw)) gemeenteCode = gemeenteRaw.slice(2);
      else problem(row, 'gemeentenummer', `'${gemeenteRaw}' is geen gemeentenummer`);
    }

    const kindRaw = value(row, 'soortPo');
    let kind: SchoolKind | null = null;
    if (kindRaw !== null) {
      const k = normaliseSchoolKind(kindRaw);
      if (k === undefined)
        problem(row, 'soortPo', `onbekende soort onderwijs '${kindRaw}' (verwacht Bo, Sbo of SO)`);
      else kind = k;
    }

    const website = value(row, 'internetadres');
    if (code === undefined) return undefined;
    return {
      vestigingscode: code,
      brin: code.slice(0, 4),
      name: name ?? code,
      street: value(row, 'straatnaam'),
      houseNumber: value(row, 'huisnummer'),
      postcode,
      place: value(row, 'plaatsnaam'),
      gemeenteCode,
      gemeenteName: value(row, 'gemeentenaam'),
      kind,
      denomination: value(row, 'denominatie'),
      boardNumber: value(row, 'bevoegdGezag'),
      phone: value(row, 'telefoonnummer'),
      website: website === null ? null : websiteWithScheme(website),
      swv,
    };
  }

  function readCount(row: RowContext, vestigingscode: string): DuoPupilCount | undefined {
    const dateRaw = value(row, 'peildatum');
    const referenceDate = dateRaw === null ? null : parsePeildatum(dateRaw);
    if (dateRaw === null) problem(row, 'peildatum', 'peildatum ontbreekt');
    else if (referenceDate === null)
      problem(row, 'peildatum', `'${dateRaw}' is geen peildatum (verwacht jjjjmmdd)`);

    let total: number | null = 0;
    let suppressed = false;
    if (idx.totaal !== undefined) {
      const raw = value(row, 'totaal');
      const parsed = raw === null ? undefined : parseCount(raw);
      if (raw === null) problem(row, 'totaal', 'aantal leerlingen ontbreekt');
      else if (parsed === undefined) problem(row, 'totaal', `'${raw}' is geen aantal leerlingen`);
      else if (parsed === 'suppressed') suppressed = true;
      else total = parsed;
    } else {
      // Empty part cells count as 0 (DUO leaves cells empty where there are no pupils of that age or group).
      for (const part of columns.parts) {
        const raw = (row.fields[part.index] ?? '').trim();
        if (raw.length === 0) continue;
        const parsed = parseCount(raw);
        if (parsed === undefined)
          row.problems.push(at(row.line, part.header, `'${raw}' is geen aantal leerlingen`));
        else if (parsed === 'suppressed') suppressed = true;
        else total += parsed;
      }
    }
    if (referenceDate === null || row.problems.length > 0) return undefined;
    if (suppressed) total = null;
    return { vestigingscode, referenceDate, total, suppressed };
  }
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
