import { request } from '../../../graphql/client';
import type {
  SchoolOptionsQuery as SchoolOptionsResult,
  UserAccountRowFragment,
} from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { SchoolOptionsQuery, UserAccountsQuery } from '../graphql/accounts.graphql';

export type AccountRow = UserAccountRowFragment;
export type SchoolOption = SchoolOptionsResult['schools']['edges'][number]['node'];

export interface SchoolOptions {
  readonly schools: readonly SchoolOption[];
  readonly totalCount: number;
}

/** How many matches the type-ahead shows. */
export const SCHOOL_OPTIONS_SIZE = 10;

/** Every account (admin); `refreshKey` reloads the list. */
export function useUserAccountsQuery(refreshKey: number): QueryResult<readonly AccountRow[]> {
  return useGraphQLQuery(`user-accounts:${refreshKey}`, async (signal) => {
    const data = await request(UserAccountsQuery, {}, { signal });
    return data.userAccounts;
  });
}

/** Schools whose name or place has the words of `text` (null: nothing to search yet). */
export function useSchoolOptionsQuery(text: string | null): QueryResult<SchoolOptions> {
  return useGraphQLQuery(`school-options:${text ?? ''}`, async (signal) => {
    if (text === null) return { schools: [], totalCount: 0 };
    const data = await request(SchoolOptionsQuery, { text, first: SCHOOL_OPTIONS_SIZE }, { signal });
    return { schools: data.schools.edges.map((edge) => edge.node), totalCount: data.schools.totalCount };
  });
}
