import type { SchoolsPageQuery as SchoolsPageResult } from '../../../graphql/generated/graphql';
import { request } from '../../../graphql/client';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { SchoolsPageQuery } from '../graphql/schools.graphql';
import { type SchoolRow, toSchoolRows } from '../utils/schools';

/** Page size asked of the API; it bounds `first` itself, so this stays modest. */
export const SCHOOLS_PAGE_SIZE = 100;
/** Safety stop: SPPOH has about 205 schools, so 50 pages means something is wrong. */
const MAX_PAGES = 50;

export interface SchoolsData {
  readonly schools: readonly SchoolRow[];
  readonly totalCount: number;
}

/** All schools of the `schools` connection, following `endCursor` page by page. */
export function useSchoolsQuery(): QueryResult<SchoolsData> {
  return useGraphQLQuery('schools', async (signal) => {
    const nodes: SchoolsPageResult['schools']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let totalCount = 0;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const data: SchoolsPageResult = await request(
        SchoolsPageQuery,
        { first: SCHOOLS_PAGE_SIZE, after },
        { signal },
      );
      totalCount = data.schools.totalCount;
      nodes.push(...data.schools.edges.map((edge) => edge.node));
      if (!data.schools.pageInfo.hasNextPage || data.schools.pageInfo.endCursor === null) break;
      after = data.schools.pageInfo.endCursor;
    }
    return { schools: toSchoolRows(nodes), totalCount };
  });
}
