import { request } from '../../../graphql/client';
import type {
  AuditTrailQuery as AuditTrailResult,
  DraftsQuery as DraftsResult,
  SopReviewQuery as SopReviewResult,
} from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { AuditTrailQuery, DraftsQuery, SopReviewQuery } from '../graphql/review.graphql';

export type DraftsPage = DraftsResult['drafts'];
export type DraftRow = DraftsPage['edges'][number]['node'];
export type SopReviewData = SopReviewResult['sopReview'];
export type ReviewWarningRow = SopReviewData['warnings'][number];
export type AuditEventRow = AuditTrailResult['auditTrail'][number];

export const DRAFTS_PAGE_SIZE = 25;

/** One page of drafts; `refreshKey` reloads it (after an upload or a publish). */
export function useDraftsQuery(after: string | null, refreshKey: number): QueryResult<DraftsPage> {
  return useGraphQLQuery(`drafts:${after ?? ''}:${refreshKey}`, async (signal) => {
    const data = await request(DraftsQuery, { first: DRAFTS_PAGE_SIZE, after }, { signal });
    return data.drafts;
  });
}

export function useSopReviewQuery(sopId: string): QueryResult<SopReviewData> {
  return useGraphQLQuery(`sop-review:${sopId}`, async (signal) => {
    const data = await request(SopReviewQuery, { sopId }, { signal });
    return data.sopReview;
  });
}

export function useAuditTrailQuery(
  schoolId: string,
  refreshKey: string,
): QueryResult<readonly AuditEventRow[]> {
  return useGraphQLQuery(`audit:${schoolId}:${refreshKey}`, async (signal) => {
    const data = await request(AuditTrailQuery, { schoolId }, { signal });
    return data.auditTrail;
  });
}
