import { request } from '../../../graphql/client';
import type { AuthProvidersQuery as AuthProvidersResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { AuthProvidersQuery } from '../graphql/account.graphql';

export type AuthProviderRow = AuthProvidersResult['authProviders'][number];

/** Sign-in methods besides the password (the organisation's account), for the login dialog. */
export function useAuthProvidersQuery(): QueryResult<readonly AuthProviderRow[]> {
  return useGraphQLQuery('auth-providers', async (signal) => {
    const data = await request(AuthProvidersQuery, {}, { signal });
    return data.authProviders;
  });
}
