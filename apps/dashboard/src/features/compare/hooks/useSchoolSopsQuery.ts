import type { SchoolSopsQuery as SchoolSopsResult } from '../../../graphql/generated/graphql';
import { request } from '../../../graphql/client';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { SchoolSopsQuery } from '../graphql/compare.graphql';

export type ComparedSchool = SchoolSopsResult['school'];

/** The SOPs of each selected school (one `SchoolSops` request per school, in parallel, in selection order). */
export function useSchoolSopsQuery(ids: readonly string[]): QueryResult<readonly ComparedSchool[]> {
  return useGraphQLQuery(`school-sops:${ids.join(',')}`, async (signal) => {
    const results = await Promise.all(ids.map((id) => request(SchoolSopsQuery, { id }, { signal })));
    return results.map((r) => r.school);
  });
}
