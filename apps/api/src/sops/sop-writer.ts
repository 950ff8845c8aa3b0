import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { assertSopDocument, classifyExpertise, frequencyRank, type SopDocument } from '@sop-atlas/sop-model';
import { SopExpertiseEntity } from './entities/sop-expertise.entity';
import { SopExtraOfferEntity } from './entities/sop-extra-offer.entity';
import { SopFacilityEntity } from './entities/sop-facility.entity';
import { SopHgwEntity } from './entities/sop-hgw.entity';
import { SopPartnerEntity } from './entities/sop-partner.entity';
import { SopWarningEntity } from './entities/sop-warning.entity';
import { type LockedSop } from './sop-lock';
import { SopEntity, type SopStatus } from './sop.entity';

export interface SopWriteInput {
  schoolId: string;
  /** A canonical SOP document; validated with `assertSopDocument` (throws `SopValidationError`). */
  document: SopDocument;
  status: SopStatus;
  sourceDocumentId?: string | null;
  /** Defaults to now when `status` is `published`. */
  publishedAt?: Date | null;
}

export class SopWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SopWriteError';
  }
}

/**
 * The only writer of SOPs: every new version and every status change of a `sop` row goes through here (deleting
 * schools with their SOPs, as the demo removal does, aside). Stores a new version of a school's SOP for the
 * document's school year: the `sop` row with its derived columns and search vector, every row table and the
 * warnings, with multi-row inserts. Runs on the caller's transaction manager only (all or nothing with the caller's
 * other writes). Publishing archives the previously published SOP of
 * that school year.
 */
@Injectable()
export class SopWriter {
  async save(manager: EntityManager, input: SopWriteInput): Promise<SopEntity> {
    const document = assertSopDocument(input.document);
    const schoolYear = document.schoolYear;
    if (schoolYear === null)
      throw new SopWriteError('SOP-document zonder schooljaar kan niet worden opgeslagen');

    const previous = await manager
      .createQueryBuilder(SopEntity, 'sop')
      .select('COALESCE(MAX(sop.version), 0)', 'version')
      .where('sop.schoolId = :schoolId AND sop.schoolYear = :schoolYear', {
        schoolId: input.schoolId,
        schoolYear,
      })
      .getRawOne<{ version: number }>();
    const published = input.status === 'published';
    if (published) {
      await manager
        .createQueryBuilder()
        .update(SopEntity)
        .set({ status: 'archived' })
        .where(`school_id = :schoolId AND school_year = :schoolYear AND status = 'published'`, {
          schoolId: input.schoolId,
          schoolYear,
        })
        .execute();
    }

    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(SopEntity)
      .values({
        schoolId: input.schoolId,
        schoolYear,
        status: input.status,
        version: Number(previous?.version ?? 0) + 1,
        sourceDocumentId: input.sourceDocumentId ?? null,
        document,
        template: document.template,
        vision: document.vision,
        supportStructure: document.supportStructure,
        extraSupport: document.extraSupport,
        limits: document.limits,
        evaluation: document.evaluation,
        extraOfferNote: document.extraOfferNote,
        fundingAmount: document.funding.amount,
        fundingYear: document.funding.calendarYear,
        documentDate: document.documentDate ?? null,
        documentDateKind: document.documentDate ? (document.documentDateKind ?? null) : null,
        search: () => `to_tsvector('dutch', :searchText)`,
        publishedAt: publishedAtOf(input),
      })
      .setParameter('searchText', searchText(document))
      .returning('id')
      .execute();
    const sopId = (inserted.identifiers[0] as { id: string } | undefined)?.id;
    if (sopId === undefined) throw new SopWriteError('SOP is niet opgeslagen');

    await insertSopRows(manager, [sopRowsOf(sopId, document)]);

    return manager.findOneByOrFail(SopEntity, { id: sopId });
  }

  /** Archives a school's SOPs of one school year that have one of `statuses` (an import superseding them). */
  async archive(
    manager: EntityManager,
    schoolId: string,
    schoolYear: string | null,
    statuses: readonly SopStatus[],
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(SopEntity)
      .set({ status: 'archived' })
      .where(`school_id = :schoolId AND school_year = :schoolYear AND status IN (:...statuses)`, {
        schoolId,
        schoolYear,
        statuses,
      })
      .execute();
  }

  /**
   * The next version of a locked SOP (editing and review): archives `current`, saves `document` with `status` as a
   * new version of the same school and source document, and carries the resolved warnings over (same position
   * and path).
   */
  async nextVersion(
    manager: EntityManager,
    current: LockedSop,
    document: SopDocument,
    status: SopStatus,
  ): Promise<SopEntity> {
    await manager.query(`UPDATE sop SET status = 'archived' WHERE id = $1`, [current.id]);
    const next = await this.save(manager, {
      schoolId: current.school_id,
      document,
      status,
      sourceDocumentId: current.source_document_id,
    });
    await manager.query(
      `UPDATE sop_warning n SET resolved_at = o.resolved_at, resolved_by = o.resolved_by
       FROM sop_warning o
       WHERE n.sop_id = $1 AND o.sop_id = $2 AND o.position = n.position AND o.path = n.path
         AND o.resolved_at IS NOT NULL`,
      [next.id, current.id],
    );
    return next;
  }

  /**
   * Bulk path for loaders (demo region, national data set): the same validation and row mapping as `save`, but
   * multi-row inserts across many SOPs (a few statements per 500 SOPs instead of ~10 per SOP). Versions continue
   * per (school, school year); publishing archives the previously published SOP of that year, also within the
   * batch (the last published input of a year stays published). Returns the new ids in input order.
   */
  async saveMany(manager: EntityManager, inputs: readonly SopWriteInput[]): Promise<string[]> {
    if (inputs.length === 0) return [];
    const prepared = inputs.map((input) => {
      const document = assertSopDocument(input.document);
      if (document.schoolYear === null)
        throw new SopWriteError('SOP-document zonder schooljaar kan niet worden opgeslagen');
      return { input, document, schoolYear: document.schoolYear, status: input.status };
    });
    const schoolIds = [...new Set(prepared.map((p) => p.input.schoolId))];
    const existing = await manager.query<{ school_id: string; school_year: string; version: number }[]>(
      `SELECT school_id, school_year, MAX(version)::int AS version FROM sop
       WHERE school_id = ANY($1::uuid[]) GROUP BY school_id, school_year`,
      [schoolIds],
    );
    const nextVersion = new Map(existing.map((r) => [`${r.school_id}|${r.school_year}`, r.version]));
    const lastPublished = new Map<string, number>();
    prepared.forEach((p, i) => {
      if (p.status === 'published') lastPublished.set(`${p.input.schoolId}|${p.schoolYear}`, i);
    });
    if (lastPublished.size > 0) {
      const keys = [...lastPublished.keys()].map((k) => k.split('|'));
      await manager.query(
        `UPDATE sop SET status = 'archived'
         FROM unnest($1::uuid[], $2::text[]) AS k(school_id, school_year)
         WHERE sop.school_id = k.school_id AND sop.school_year = k.school_year AND sop.status = 'published'`,
        [keys.map((k) => k[0]), keys.map((k) => k[1])],
      );
    }
    const rows = prepared.map((p, i) => {
      const key = `${p.input.schoolId}|${p.schoolYear}`;
      const version = (nextVersion.get(key) ?? 0) + 1;
      nextVersion.set(key, version);
      const published = p.status === 'published';
      const status: SopStatus = published && lastPublished.get(key) !== i ? 'archived' : p.status;
      return { ...p, version, status, publishedAt: publishedAtOf(p.input) };
    });

    const ids: string[] = [];
    for (let offset = 0; offset < rows.length; offset += SOP_CHUNK) {
      const chunk = rows.slice(offset, offset + SOP_CHUNK);
      const params: unknown[] = [];
      const tuples = chunk.map((r) => {
        const d = r.document;
        const values = [
          r.input.schoolId,
          r.schoolYear,
          r.status,
          r.version,
          r.input.sourceDocumentId ?? null,
          JSON.stringify(d),
          d.template,
          d.vision,
          d.supportStructure,
          d.extraSupport,
          d.limits,
          d.evaluation,
          d.extraOfferNote,
          d.funding.amount,
          d.funding.calendarYear,
          searchText(d),
          r.publishedAt,
          d.documentDate ?? null,
          d.documentDate ? (d.documentDateKind ?? null) : null,
        ];
        const base = params.length;
        params.push(...values);
        const p = (n: number): string => `$${base + n}`;
        return `(${p(1)}::uuid, ${p(2)}, ${p(3)}, ${p(4)}::int, ${p(5)}::uuid, ${p(6)}::jsonb, ${p(7)}, ${p(8)},
          ${p(9)}, ${p(10)}, ${p(11)}, ${p(12)}, ${p(13)}, ${p(14)}::numeric, ${p(15)}::int,
          to_tsvector('dutch', ${p(16)}), ${p(17)}::timestamptz, ${p(18)}::date, ${p(19)})`;
      });
      const inserted = await manager.query<
        { id: string; school_id: string; school_year: string; version: number }[]
      >(
        `INSERT INTO sop (school_id, school_year, status, version, source_document_id, document, template, vision,
           support_structure, extra_support, limits, evaluation, extra_offer_note, funding_amount, funding_year,
           search, published_at, document_date, document_date_kind)
         VALUES ${tuples.join(',\n')}
         RETURNING id, school_id, school_year, version`,
        params,
      );
      const idByKey = new Map(inserted.map((r) => [`${r.school_id}|${r.school_year}|${r.version}`, r.id]));
      const chunkIds = chunk.map((r) => {
        const id = idByKey.get(`${r.input.schoolId}|${r.schoolYear}|${r.version}`);
        if (id === undefined) throw new SopWriteError('SOP is niet opgeslagen');
        return id;
      });
      ids.push(...chunkIds);
      await insertSopRows(
        manager,
        chunk.map((r, i) => sopRowsOf(chunkIds[i] as string, r.document)),
      );
    }
    return ids;
  }
}

const SOP_CHUNK = 500;
const ROW_CHUNK = 5000;

function publishedAtOf(input: SopWriteInput): Date | null {
  return input.status === 'published' ? (input.publishedAt ?? new Date()) : (input.publishedAt ?? null);
}

/** The rows of every row table of one SOP: the one mapping from document to tables, for `save` and `saveMany`. */
interface SopRows {
  hgw: Partial<SopHgwEntity>[];
  expertise: Partial<SopExpertiseEntity>[];
  partners: Partial<SopPartnerEntity>[];
  facilities: Partial<SopFacilityEntity>[];
  offers: Partial<SopExtraOfferEntity>[];
  warnings: Partial<SopWarningEntity>[];
}

function sopRowsOf(sopId: string, document: SopDocument): SopRows {
  const offers = [
    ...document.extraOffers.map((o) => ({ offer: o.offer, period: o.period, isHint: false })),
    ...document.extraOfferHints.map((hint) => ({ offer: hint, period: null, isHint: true })),
  ];
  return {
    hgw: document.hgw.map((r, position) => ({
      sopId,
      position,
      code: r.code,
      label: r.label,
      status: r.status,
      candidates: r.candidates,
    })),
    expertise: document.expertise.map((r, position) => ({
      sopId,
      position,
      code: r.code,
      label: r.label,
      available: r.available,
      availability: r.availability,
      availabilityKind: classifyExpertise(r.available, r.availability),
    })),
    partners: document.partners.map((r, position) => ({
      sopId,
      position,
      code: r.code,
      label: r.label,
      frequency: r.frequency,
      frequencyRank: r.frequency === null ? null : frequencyRank(r.frequency),
      candidates: r.candidates,
    })),
    facilities: document.facilities.map((r, position) => ({
      sopId,
      position,
      code: r.code,
      label: r.label,
      status: r.status,
      candidates: r.candidates,
    })),
    offers: offers.map((o, position) => ({ sopId, position, ...o })),
    warnings: document.warnings.map((w, position) => ({
      sopId,
      position,
      path: w.path,
      code: w.code,
      message: w.message,
      candidates: w.candidates ?? [],
      resolvedAt: null,
      resolvedBy: null,
    })),
  };
}

async function insertSopRows(manager: EntityManager, all: readonly SopRows[]): Promise<void> {
  await insertRows(
    manager,
    SopHgwEntity,
    all.flatMap((r) => r.hgw),
  );
  await insertRows(
    manager,
    SopExpertiseEntity,
    all.flatMap((r) => r.expertise),
  );
  await insertRows(
    manager,
    SopPartnerEntity,
    all.flatMap((r) => r.partners),
  );
  await insertRows(
    manager,
    SopFacilityEntity,
    all.flatMap((r) => r.facilities),
  );
  await insertRows(
    manager,
    SopExtraOfferEntity,
    all.flatMap((r) => r.offers),
  );
  await insertRows(
    manager,
    SopWarningEntity,
    all.flatMap((r) => r.warnings),
  );
}

/**
 * Inserts rows of one entity with one `INSERT … SELECT FROM unnest(…)` per chunk: one array parameter per column
 * instead of one parameter per value (much less SQL to build and parse for bulk loads). Columns come from the
 * entity's metadata (those present in the rows); array columns travel as JSON text.
 */
async function insertRows<E extends object>(
  manager: EntityManager,
  entity: new () => E,
  rows: readonly Partial<E>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const metadata = manager.connection.getMetadata(entity);
  const columns = metadata.columns.filter((c) => c.propertyName in first);
  const driver = manager.connection.driver;
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  const casts = columns.map((c, i) =>
    c.isArray ? `$${i + 1}::jsonb[]` : `$${i + 1}::${driver.normalizeType(c)}[]`,
  );
  const selects = columns.map((c, i) =>
    c.isArray ? `ARRAY(SELECT jsonb_array_elements_text(u.c${i}))` : `u.c${i}`,
  );
  const sql = `INSERT INTO "${metadata.tableName}" (${names})
    SELECT ${selects.join(', ')} FROM unnest(${casts.join(', ')}) AS u(${columns.map((_, i) => `c${i}`).join(', ')})`;
  for (let offset = 0; offset < rows.length; offset += ROW_CHUNK) {
    const chunk = rows.slice(offset, offset + ROW_CHUNK) as Record<string, unknown>[];
    await manager.query(
      sql,
      columns.map((c) =>
        chunk.map((row) => {
          const value = row[c.propertyName] ?? null;
          return c.isArray && value !== null ? JSON.stringify(value) : value;
        }),
      ),
    );
  }
}

/** The free texts of an SOP, for its Dutch full-text vector. */
export function searchText(document: SopDocument): string {
  return [
    document.school.name,
    document.vision,
    document.supportStructure,
    document.extraSupport,
    document.limits,
    document.evaluation,
    document.extraOfferNote,
    ...document.extraOffers.map((o) => o.offer),
    ...document.expertise.map((e) => e.availability),
  ]
    .filter((text): text is string => typeof text === 'string' && text.length > 0)
    .join('\n');
}
