import { request } from '../../../graphql/client';
import type { FundingParametersQuery as FundingParametersResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { FundingParametersQuery } from '../graphql/funding.graphql';

export type FundingParameterRow = FundingParametersResult['fundingParameters'][number];

export function useFundingParametersQuery(): QueryResult<readonly FundingParameterRow[]> {
  // keepPrevious: after a save the chart and the form stay while the new figures load.
  return useGraphQLQuery(
    'funding-parameters',
    async (signal) => (await request(FundingParametersQuery, {}, { signal })).fundingParameters,
    { keepPrevious: true },
  );
}
