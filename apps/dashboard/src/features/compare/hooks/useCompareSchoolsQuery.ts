import { request } from '../../../graphql/client';
import type { CompareSchoolsQuery as CompareSchoolsResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { CompareSchoolsQuery } from '../graphql/compare-schools.graphql';

export type SchoolComparison = CompareSchoolsResult['compareSchools'];

export function useCompareSchoolsQuery(
  ids: readonly string[],
  schoolYear: string | null,
): QueryResult<SchoolComparison> {
  return useGraphQLQuery(`compare:${ids.join(',')}:${schoolYear ?? ''}`, async (signal) => {
    const data = await request(CompareSchoolsQuery, { ids: [...ids], schoolYear }, { signal });
    return data.compareSchools;
  });
}
