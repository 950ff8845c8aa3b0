import { toSop } from '../sops/sop.mapper';
import {
  type ReviewWarning as ReviewWarningModel,
  type SopDraft,
  type SopReview,
} from './models/review.model';
import { type DraftRow, type ReviewWarning, type SopReviewData } from './review.service';

export function toSopDraft(row: DraftRow): SopDraft {
  return {
    sop: toSop(row.sop),
    schoolId: row.sop.schoolId,
    schoolYear: row.sop.schoolYear,
    warningCount: row.warningCount,
    unresolvedWarningCount: row.unresolvedWarningCount,
  };
}

export function toReviewWarning({ warning, provenance, sourceLines }: ReviewWarning): ReviewWarningModel {
  return {
    id: warning.id,
    position: warning.position,
    path: warning.path,
    code: warning.code,
    message: warning.message,
    candidates: warning.candidates,
    resolvedAt: warning.resolvedAt,
    resolvedBy: warning.resolvedBy,
    section: provenance?.section ?? null,
    excerpt: provenance?.excerpt ?? null,
    sourceLines,
    page: provenance?.page ?? null,
    box: provenance?.box ?? null,
    cells: provenance?.cells ?? [],
  };
}

export function toSopReview(data: SopReviewData): SopReview {
  return { sop: toSop(data.sop), warnings: data.warnings.map(toReviewWarning) };
}
