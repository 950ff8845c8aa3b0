import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { assertSopDocument, classifyExpertise, frequencyRank, type SopDocument } from '@sop-atlas/sop-model';
import { SopExpertiseEntity } from './entities/sop-expertise.entity';
import { SopExtraOfferEntity } from './entities/sop-extra-offer.entity';
import { SopFacilityEntity } from './entities/sop-facility.entity';
import { SopHgwEntity } from './entities/sop-hgw.entity';
import { SopPartnerEntity } from './entities/sop-partner.entity';
import { SopWarningEntity } from './entities/sop-warning.entity';
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
 * The only writer of SOPs. Stores a new version of a school's SOP for the document's school year: the `sop` row
 * with its derived columns and search vector, every row table and the warnings, with multi-row inserts. Runs on
 * the caller's transaction manager only (PGlite serves one connection at a time: a second connection inside a
 * transaction deadlocks). Publishing archives the previously published SOP of that school year.
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
        search: () => `to_tsvector('dutch', :searchText)`,
        publishedAt: published ? (input.publishedAt ?? new Date()) : (input.publishedAt ?? null),
      })
      .setParameter('searchText', searchText(document))
      .returning('id')
      .execute();
    const sopId = (inserted.identifiers[0] as { id: string } | undefined)?.id;
    if (sopId === undefined) throw new SopWriteError('SOP is niet opgeslagen');

    await insertRows(manager, SopHgwEntity, document.hgw, (r, position) => ({
      sopId,
      position,
      code: r.code,
      label: r.label,
      status: r.status,
      candidates: r.candidates,
    }));
    await insertRows(manager, SopExpertiseEntity, document.expertise, (r, position) => ({
      sopId,
      position,
      code: r.code,
      label: r.label,
      available: r.available,
      availability: r.availability,
      availabilityKind: classifyExpertise(r.available, r.availability),
    }));
    await insertRows(manager, SopPartnerEntity, document.partners, (r, position) => ({
      sopId,
      position,
      code: r.code,
      label: r.label,
      frequency: r.frequency,
      frequencyRank: r.frequency === null ? null : frequencyRank(r.frequency),
      candidates: r.candidates,
    }));
    await insertRows(manager, SopFacilityEntity, document.facilities, (r, position) => ({
      sopId,
      position,
      code: r.code,
      label: r.label,
      status: r.status,
      candidates: r.candidates,
    }));
    const offers = [
      ...document.extraOffers.map((o) => ({ offer: o.offer, period: o.period, isHint: false })),
      ...document.extraOfferHints.map((hint) => ({ offer: hint, period: null, isHint: true })),
    ];
    await insertRows(manager, SopExtraOfferEntity, offers, (o, position) => ({ sopId, position, ...o }));
    await insertRows(manager, SopWarningEntity, document.warnings, (w, position) => ({
      sopId,
      position,
      path: w.path,
      code: w.code,
      message: w.message,
      candidates: w.candidates ?? [],
      resolvedAt: null,
      resolvedBy: null,
    }));

    return manager.findOneByOrFail(SopEntity, { id: sopId });
  }
}

async function insertRows<T, E extends object>(
  manager: EntityManager,
  entity: new () => E,
  items: readonly T[],
  toRow: (item: T, position: number) => Partial<E>,
): Promise<void> {
  if (items.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(items.map((item, position) => toRow(item, position)) as E[])
    .updateEntity(false)
    .execute();
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
