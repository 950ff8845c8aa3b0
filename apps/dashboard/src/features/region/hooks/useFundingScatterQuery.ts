import { request } from '../../../graphql/client';
import type { FundingScatterQuery as FundingScatterResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { FundingScatterQuery } from '../graphql/funding-scatter.graphql';
import { type FundingPoint, fundingPoints } from '../utils/overview';

const PAGE_SIZE = 200;
const MAX_PAGES = 20;

export function useFundingScatterQuery(): QueryResult<FundingPoint[]> {
  return useGraphQLQuery('funding-scatter', async (signal) => {
    const nodes: FundingScatterResult['schools']['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const data: FundingScatterResult = await request(
        FundingScatterQuery,
        { first: PAGE_SIZE, after },
        { signal },
      );
      nodes.push(...data.schools.edges.map((e) => e.node));
      if (!data.schools.pageInfo.hasNextPage || data.schools.pageInfo.endCursor === null) break;
      after = data.schools.pageInfo.endCursor;
    }
    return fundingPoints(nodes);
  });
}
