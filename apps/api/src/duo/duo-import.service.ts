import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  DuoFileError,
  type DuoParseResult,
  type DuoPupilCount,
  type DuoSchool,
  parseDuoFile,
} from '@sop-atlas/region-data';
import { SWV } from '@sop-atlas/sop-model';
import { PupilCountEntity } from '../schools/pupil-count.entity';
import { SchoolEntity } from '../schools/school.entity';
import { SourceDocumentsService } from '../source-documents/source-documents.service';
import { WerkgebiedTableService } from '../geocoding/werkgebied-table.service';
import { schoolKindOf } from '../imports/school-identity';
import { DuoImportError, type DuoImportReport } from './duo-import.report';
import {
  claimCandidate,
  currentCandidate,
  decideKind,
  type KindCandidate,
  type KindClaim,
  loadKindEvidence,
  loadOpenConflicts,
  recordKindEvidence,
  writeConflicts,
} from './kind-conflicts';

export interface DuoImportOptions {
  fileName: string;
  /** SWV whose locations are kept (default SPPOH, `PO2815`); null keeps every row. */
  swv?: string | null;
  /** Import the valid rows and list the rejected ones instead of refusing the whole file. */
  allowPartial?: boolean;
  importedBy?: string | null;
}

/** School columns a DUO file can set; a register file is authoritative for all of them. */
const SCHOOL_FIELDS = [
  'name',
  'street',
  'houseNumber',
  'postcode',
  'place',
  'gemeenteCode',
  'gemeenteName',
  'kind',
  'kindSource',
  'denomination',
  'boardNumber',
  'phone',
  'website',
  'werkgebiedCode',
  'werkgebiedSource',
] as const;
type SchoolFields = Pick<SchoolEntity, (typeof SCHOOL_FIELDS)[number]>;

const CHUNK = 500;

/** Per location, the newest peildatum a pupil file gives it (the date its SOORT PO speaks for). */
function newestReferenceDates(counts: readonly DuoPupilCount[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const count of counts) {
    const known = out.get(count.vestigingscode);
    if (known === undefined || count.referenceDate > known)
      out.set(count.vestigingscode, count.referenceDate);
  }
  return out;
}

/**
 * Imports a DUO register or pupil-count file in one transaction: the file as a `source_document` (csv), schools
 * upserted by vestigingscode, werkgebied from the PC4 table (never over a `manual` one), pupil counts per
 * (school, reference date) with history kept. Nothing is written unless the file is valid (or `allowPartial`).
 */
@Injectable()
export class DuoImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sourceDocuments: SourceDocumentsService,
    private readonly werkgebieden: WerkgebiedTableService,
  ) {}

  async import(bytes: Buffer, options: DuoImportOptions): Promise<DuoImportReport> {
    let parsed: DuoParseResult;
    try {
      parsed = parseDuoFile(bytes, {
        fileName: options.fileName,
        swv: options.swv === undefined ? SWV.code : options.swv,
        allowPartial: options.allowPartial ?? false,
      });
    } catch (error) {
      if (error instanceof DuoFileError) throw new DuoImportError(error.fileName, error.problems);
      throw error;
    }
    return this.dataSource.transaction((manager) => this.write(manager, bytes, parsed, options));
  }

  private async write(
    manager: EntityManager,
    bytes: Buffer,
    parsed: DuoParseResult,
    options: DuoImportOptions,
  ): Promise<DuoImportReport> {
    const warnings = [...parsed.warnings];
    const document = await this.sourceDocuments.store(manager, {
      bytes,
      fileName: options.fileName,
      mediaType: 'text/csv',
      sourceKind: 'csv',
      importedBy: options.importedBy ?? null,
      importer: `duo-${parsed.kind}`,
    });

    const codes = parsed.schools.map((s) => s.vestigingscode);
    const existing = codes.length
      ? await manager
          .createQueryBuilder(SchoolEntity, 'school')
          .where('school.vestigingscode = ANY(:codes)', { codes })
          .getMany()
      : [];
    const byCode = new Map(existing.map((s) => [s.vestigingscode ?? '', s]));
    const existingIds = existing.map((s) => s.id);
    const evidence = await loadKindEvidence(manager, existingIds);
    const openConflicts = await loadOpenConflicts(manager, existingIds);
    const newestDate = newestReferenceDates(parsed.pupilCounts);
    const claimOf = (school: DuoSchool): KindClaim | null =>
      school.kind === null
        ? null
        : {
            kind: school.kind,
            fileName: options.fileName,
            fileKind: parsed.kind,
            referenceDate: newestDate.get(school.vestigingscode) ?? null,
            sourceDocumentId: document.id,
          };
    const now = new Date().toISOString();
    const conflicts = new Map<string, KindCandidate[]>();

    const inserts: (SchoolFields & { vestigingscode: string; isDemo: boolean })[] = [];
    const updates: { id: string; fields: Partial<SchoolFields> }[] = [];
    let schoolsUnchanged = 0;
    for (const school of parsed.schools) {
      const current = byCode.get(school.vestigingscode);
      const claim = claimOf(school);
      let storeKind = claim !== null;
      if (claim !== null && current !== undefined) {
        const held = evidence.get(`${current.id}|${current.kind}`) ?? null;
        // Named as the file names it (the report speaks of the file's rows).
        const state = {
          vestigingscode: school.vestigingscode,
          name: school.name,
          kind: current.kind,
          kindSource: current.kindSource,
        };
        const decision = decideKind(state, claim, held);
        storeKind = decision.store;
        if (decision.warning !== null) warnings.push(decision.warning);
        // A disagreement opens (or adds to) the school's conflict; a file agreeing with the stored kind while a
        // conflict is open is one more candidate for staff to weigh.
        if (decision.conflict)
          conflicts.set(current.id, [currentCandidate(state, held), claimCandidate(claim, now)]);
        else if (openConflicts.has(current.id)) conflicts.set(current.id, [claimCandidate(claim, now)]);
      }
      const wanted = this.fieldsOf(school, parsed.kind, current, storeKind);
      if (current === undefined) {
        const guessed = schoolKindOf(school.name);
        if (school.kind === null)
          warnings.push(
            `${school.vestigingscode} (${school.name}): soort school (SOORT PO) onbekend in ${options.fileName}; ` +
              `${guessed} afgeleid uit de naam tot een leerlingenbestand het zegt.`,
          );
        inserts.push({
          ...wanted,
          kind: wanted.kind ?? guessed,
          kindSource: wanted.kindSource ?? 'naam',
          name: wanted.name ?? school.name,
          vestigingscode: school.vestigingscode,
          isDemo: false,
        } as SchoolFields & { vestigingscode: string; isDemo: boolean });
        continue;
      }
      const changed: Partial<SchoolFields> = {};
      for (const field of SCHOOL_FIELDS) {
        const value = wanted[field];
        if (value !== undefined && value !== current[field])
          (changed as Record<string, unknown>)[field] = value;
      }
      if (Object.keys(changed).length === 0) schoolsUnchanged += 1;
      else updates.push({ id: current.id, fields: changed });
    }

    const idByCode = new Map(existing.map((s) => [s.vestigingscode ?? '', s.id]));
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(SchoolEntity)
        .values(inserts.slice(i, i + CHUNK))
        .returning(['id', 'vestigingscode'])
        .updateEntity(false)
        .execute();
      for (const row of result.raw as { id: string; vestigingscode: string }[])
        idByCode.set(row.vestigingscode, row.id);
    }
    for (const update of updates) {
      await manager
        .createQueryBuilder()
        .update(SchoolEntity)
        .set(update.fields)
        .where('id = :id', { id: update.id })
        .execute();
    }

    await recordKindEvidence(
      manager,
      parsed.schools.flatMap((school) => {
        const claim = claimOf(school);
        const schoolId = idByCode.get(school.vestigingscode);
        return claim === null || schoolId === undefined ? [] : [{ ...claim, schoolId }];
      }),
    );
    await writeConflicts(manager, conflicts, openConflicts);

    const counts = await this.writePupilCounts(manager, parsed.pupilCounts, idByCode, options.fileName);
    const changedSomething = inserts.length + updates.length + counts.inserted + counts.updated > 0;
    return {
      fileName: options.fileName,
      kind: parsed.kind,
      sourceDocumentId: document.id,
      columnsFound: parsed.columnsFound,
      columnsMissing: parsed.columnsMissing,
      schoolsInserted: inserts.length,
      schoolsUpdated: updates.length,
      schoolsUnchanged,
      pupilCountsInserted: counts.inserted,
      pupilCountsUpdated: counts.updated,
      pupilCountsUnchanged: counts.unchanged,
      unchanged: !changedSomething,
      skippedOtherSwv: parsed.skippedOtherSwv,
      rejected: parsed.rejected,
      warnings,
    };
  }

  /**
   * The school columns this file decides. A register file sets every column it has; a pupil file only fills
   * what an existing school lacks (it has no address or phone) and describes new locations as far as it can.
   * The werkgebied follows the postcode unless staff set it by hand (`manual`).
   */
  private fieldsOf(
    school: DuoSchool,
    kind: DuoParseResult['kind'],
    current: SchoolEntity | undefined,
    storeKind: boolean,
  ): Partial<SchoolFields> {
    const fromFile: Partial<SchoolFields> = {
      name: school.name,
      street: school.street,
      houseNumber: school.houseNumber,
      postcode: school.postcode,
      place: school.place,
      gemeenteCode: school.gemeenteCode,
      gemeenteName: school.gemeenteName,
      denomination: school.denomination,
      boardNumber: school.boardNumber,
      phone: school.phone,
      website: school.website,
    };
    const out: Partial<SchoolFields> = {};
    for (const [field, value] of Object.entries(fromFile) as [keyof SchoolFields, unknown][]) {
      const keep =
        current === undefined ||
        (kind === 'register' && value !== null) ||
        (current[field] === null && value !== null);
      if (keep) (out as Record<string, unknown>)[field] = value;
    }
    // SOORT PO (pupil files; a register only when it has the column) decides the kind over a kind read from the
    // name; a kind staff set by hand stays; between DUO files decideKind says which (kind-conflicts.ts).
    if (school.kind !== null && storeKind) {
      out.kind = school.kind;
      out.kindSource = 'duo';
    }
    // The werkgebied follows gemeente and postcode unless staff set it by hand or PDOK's wijk decided it.
    if (current?.werkgebiedSource !== 'manual' && current?.werkgebiedSource !== 'pdok') {
      const postcode = out.postcode ?? current?.postcode ?? null;
      const gemeente = out.gemeenteCode ?? current?.gemeenteCode ?? null;
      const decision = this.werkgebieden.decide({ postcode, gemeenteCode: gemeente });
      if (decision.werkgebied !== null) {
        out.werkgebiedCode = decision.werkgebied;
        out.werkgebiedSource = decision.source;
      } else if (current === undefined) {
        out.werkgebiedCode = null;
        out.werkgebiedSource = null;
      }
    }
    return out;
  }

  private async writePupilCounts(
    manager: EntityManager,
    counts: readonly DuoPupilCount[],
    idByCode: ReadonlyMap<string, string>,
    source: string,
  ): Promise<{ inserted: number; updated: number; unchanged: number }> {
    if (counts.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
    const rows = counts.map((c) => {
      const schoolId = idByCode.get(c.vestigingscode);
      if (schoolId === undefined)
        throw new Error(`DUO: school ${c.vestigingscode} ontbreekt na het invoegen`);
      return { schoolId, referenceDate: c.referenceDate, total: c.total, suppressed: c.suppressed, source };
    });
    const current = await manager.query<
      { school_id: string; reference_date: string; total: number | null; suppressed: boolean }[]
    >(
      `SELECT school_id, to_char(reference_date, 'YYYY-MM-DD') AS reference_date, total, suppressed
       FROM pupil_count WHERE school_id = ANY($1::uuid[])`,
      [[...new Set(rows.map((r) => r.schoolId))]],
    );
    const known = new Map(current.map((r) => [`${r.school_id}|${r.reference_date}`, r]));
    const inserts: typeof rows = [];
    const updates: typeof rows = [];
    let unchanged = 0;
    for (const row of rows) {
      const before = known.get(`${row.schoolId}|${row.referenceDate}`);
      if (before === undefined) inserts.push(row);
      else if (before.total !== row.total || before.suppressed !== row.suppressed) updates.push(row);
      else unchanged += 1;
    }
    for (let i = 0; i < inserts.length; i += CHUNK) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(PupilCountEntity)
        .values(inserts.slice(i, i + CHUNK))
        .updateEntity(false)
        .execute();
    }
    if (updates.length > 0) {
      await manager.query(
        `UPDATE pupil_count p SET total = u.total, suppressed = u.suppressed, source = u.source
         FROM unnest($1::uuid[], $2::date[], $3::int[], $4::boolean[], $5::text[])
           AS u(school_id, reference_date, total, suppressed, source)
         WHERE p.school_id = u.school_id AND p.reference_date = u.reference_date`,
        [
          updates.map((u) => u.schoolId),
          updates.map((u) => u.referenceDate),
          updates.map((u) => u.total),
          updates.map((u) => u.suppressed),
          updates.map((u) => u.source),
        ],
      );
    }
    return { inserted: inserts.length, updated: updates.length, unchanged };
  }
}
