import { request } from '../../../graphql/client';
import type { FundingParametersQuery as FundingParametersResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { FundingParametersQuery } from '../graphql/funding.graphql';

export type FundingParameterRow = FundingParametersResult['fundingParameters'][number];

export function useFundingParametersQuery(): QueryResult<readonly FundingParameterRow[]> {
  return useGraphQLQuery('funding-parameters', async (signal) => {
    const data = await request(FundingParametersQuery, {}, { signal });
    return data.fundingParameters;
  });
}
