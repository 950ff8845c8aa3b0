import { GraphQLRequestError, request } from '../../../graphql/client';
import { errorCode } from '../../../graphql/errors';
import type { ShortlistSchoolQuery as ShortlistSchoolResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { ShortlistSchoolQuery } from '../graphql/shortlist.graphql';

export type ShortlistSchool = ShortlistSchoolResult['school'];

/**
 * Each school of the list (a handful, one request each); null for a school the API no longer knows (NOT_FOUND),
 * any other failure fails the whole list (retry).
 */
export function useShortlistSchools(
  ids: readonly string[],
): QueryResult<readonly (ShortlistSchool | null)[]> {
  return useGraphQLQuery(`shortlist:${ids.join(',')}`, async (signal) =>
    Promise.all(
      ids.map(async (id) => {
        try {
          return (await request(ShortlistSchoolQuery, { id }, { signal })).school;
        } catch (error) {
          if (error instanceof GraphQLRequestError && errorCode(error) === 'NOT_FOUND') return null;
          throw error;
        }
      }),
    ),
  );
}
