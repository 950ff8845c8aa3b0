import { type Provenance } from '@sop-atlas/sop-model';
import { type SopExpertiseEntity } from './entities/sop-expertise.entity';
import { type SopExtraOfferEntity } from './entities/sop-extra-offer.entity';
import { type SopFacilityEntity } from './entities/sop-facility.entity';
import { type SopHgwEntity } from './entities/sop-hgw.entity';
import { type SopPartnerEntity } from './entities/sop-partner.entity';
import { type SopWarningEntity } from './entities/sop-warning.entity';
import {
  type ProvenanceEntry,
  type SopExpertiseRow,
  type SopExtraOffer,
  type SopFacilityRow,
  type SopHgwRow,
  type SopPartnerRow,
  type SopWarning,
} from './models/sop-rows.model';
import { type Sop } from './models/sop.model';
import { toSopDateKindEnum } from './models/sop-date-kind.enum';
import { toSopStatusEnum } from './models/sop-status.enum';
import { type SopEntity } from './sop.entity';

export function toSop(entity: SopEntity): Sop {
  return {
    id: entity.id,
    schoolId: entity.schoolId,
    schoolYear: entity.schoolYear,
    status: toSopStatusEnum(entity.status),
    version: entity.version,
    template: entity.template,
    vision: entity.vision,
    supportStructure: entity.supportStructure,
    extraSupport: entity.extraSupport,
    limits: entity.limits,
    evaluation: entity.evaluation,
    extraOfferNote: entity.extraOfferNote,
    fundingAmount: entity.fundingAmount,
    fundingYear: entity.fundingYear,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    publishedAt: entity.publishedAt,
    documentDate: entity.documentDate,
    documentDateKind: toSopDateKindEnum(entity.documentDateKind),
    sourceDocumentId: entity.sourceDocumentId,
  };
}

export const toHgwRow = (r: SopHgwEntity): SopHgwRow => ({
  position: r.position,
  code: r.code,
  label: r.label,
  status: r.status,
  candidates: r.candidates,
});

export const toExpertiseRow = (r: SopExpertiseEntity): SopExpertiseRow => ({
  position: r.position,
  code: r.code,
  label: r.label,
  available: r.available,
  availability: r.availability,
  availabilityKind: r.availabilityKind,
});

export const toPartnerRow = (r: SopPartnerEntity): SopPartnerRow => ({
  position: r.position,
  code: r.code,
  label: r.label,
  frequency: r.frequency,
  candidates: r.candidates,
});

export const toFacilityRow = (r: SopFacilityEntity): SopFacilityRow => ({
  position: r.position,
  code: r.code,
  label: r.label,
  status: r.status,
  candidates: r.candidates,
});

export const toExtraOffer = (r: SopExtraOfferEntity): SopExtraOffer => ({
  position: r.position,
  offer: r.offer,
  period: r.period,
  isHint: r.isHint,
});

export const toWarning = (r: SopWarningEntity): SopWarning => ({
  path: r.path,
  code: r.code,
  message: r.message,
  candidates: r.candidates,
  resolvedAt: r.resolvedAt,
});

export function toProvenanceEntries(provenance: Record<string, Provenance>): ProvenanceEntry[] {
  return Object.entries(provenance).map(([path, p]) => ({
    path,
    source: p.source,
    section: p.section ?? null,
    line: p.line ?? null,
    lineEnd: p.lineEnd ?? null,
    column: p.column ?? null,
    page: p.page ?? null,
    x: p.x ?? null,
    y: p.y ?? null,
    box: p.box ?? null,
    cells: p.cells ?? [],
    table: p.table ?? null,
    row: p.row ?? null,
    cell: p.cell ?? null,
    excerpt: p.excerpt ?? null,
  }));
}
