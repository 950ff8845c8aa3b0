import { request } from '../../../graphql/client';
import type { FindSchoolsQuery as FindSchoolsResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { FindSchoolsQuery } from '../graphql/find.graphql';
import { type FoundRow, type SearchCentre, toFoundRows } from '../utils/find';
import {
  filtersOnSopItems,
  filtersToSearchParams,
  type SearchFilters,
  toFilterInput,
  toNearInput,
  toSortInput,
} from '../utils/search-params';

/** The API's largest page; SPPOH has about 206 schools, so two pages at most. */
const PAGE_SIZE = 200;
const MAX_PAGES = 20;

export interface FindData {
  readonly rows: readonly FoundRow[];
  readonly totalCount: number;
  /** The home address searched around; null without one. */
  readonly centre: SearchCentre | null;
}

/** Every school matching the filters (following `endCursor`), in the API's order. */
export function useFindSchoolsQuery(filters: SearchFilters): QueryResult<FindData> {
  const key = `find:${filtersToSearchParams(filters).toString()}`;
  return useGraphQLQuery(key, async (signal) => {
    const edges: FindSchoolsResult['schools']['edges'][number][] = [];
    const near = toNearInput(filters.near, filters.radiusKm);
    const sort = toSortInput(filters);
    let after: string | null = null;
    let totalCount = 0;
    let centre: SearchCentre | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const data: FindSchoolsResult = await request(
        FindSchoolsQuery,
        {
          filter: toFilterInput(filters),
          near,
          sort,
          first: PAGE_SIZE,
          after,
          withItems: filtersOnSopItems(filters),
        },
        { signal },
      );
      totalCount = data.schools.totalCount;
      centre = data.schools.centre ?? null;
      edges.push(...data.schools.edges);
      if (!data.schools.pageInfo.hasNextPage || data.schools.pageInfo.endCursor === null) break;
      after = data.schools.pageInfo.endCursor;
    }
    return { rows: toFoundRows(edges, filters), totalCount, centre };
  });
}
