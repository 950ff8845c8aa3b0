import { GraphQLRequestError, request } from '../../../graphql/client';
import { errorCode } from '../../../graphql/errors';
import type { ShortlistSchoolQuery as ShortlistSchoolResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { ShortlistSchoolQuery } from '../graphql/shortlist.graphql';

export type ShortlistSchool = ShortlistSchoolResult['school'];

/**
 * Each school of the list (a handful, one request each), by id; null for a school the API no longer knows
 * (NOT_FOUND), any other failure fails the whole list (retry). While the list changes the last answer stays, so
 * taking a school off does not blank the others.
 */
export function useShortlistSchools(
  ids: readonly string[],
): QueryResult<ReadonlyMap<string, ShortlistSchool | null>> {
  return useGraphQLQuery(
    `shortlist:${ids.join(',')}`,
    async (signal) =>
      new Map(
        await Promise.all(
          ids.map(async (id): Promise<[string, ShortlistSchool | null]> => {
            try {
              return [id, (await request(ShortlistSchoolQuery, { id }, { signal })).school];
            } catch (error) {
              if (error instanceof GraphQLRequestError && errorCode(error) === 'NOT_FOUND') return [id, null];
              throw error;
            }
          }),
        ),
      ),
    { keepPrevious: true },
  );
}
