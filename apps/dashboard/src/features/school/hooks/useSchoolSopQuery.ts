import { request } from '../../../graphql/client';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { SchoolSopQuery } from '../graphql/school.graphql';
import type { SopView } from '../utils/profile';

export interface SopPair {
  readonly current: SopView;
  /** The SOP of the year before (for the changes), null for the first one. */
  readonly previous: SopView | null;
}

/** The SOP of the chosen school year and, when there is one, of the year before it. */
export function useSchoolSopQuery(
  schoolId: string,
  schoolYear: string,
  previousYear: string | null,
): QueryResult<SopPair> {
  return useGraphQLQuery(`school-sop:${schoolId}:${schoolYear}:${previousYear ?? ''}`, async (signal) => {
    const [current, previous] = await Promise.all([
      request(SchoolSopQuery, { schoolId, schoolYear }, { signal }),
      previousYear === null
        ? Promise.resolve(null)
        : request(SchoolSopQuery, { schoolId, schoolYear: previousYear }, { signal }),
    ]);
    return { current: current.sop, previous: previous?.sop ?? null };
  });
}
