import { type DataSource } from 'typeorm';
import { createUserAccount } from '../../src/accounts/accounts.service';
import { type Role } from '../../src/common/auth/access-rule.decorator';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/common/auth/identity';
import { type GraphqlResponse } from '../graphql-request';

/** A browser-like caller: keeps the session cookie, sends the CSRF header unless told not to. */
export class SessionClient {
  cookie: string | null = null;
  lastSetCookie: string | null = null;

  constructor(private readonly baseUrl: string) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: { csrf?: boolean; cookie?: string | null } = {},
  ): Promise<GraphqlResponse<T>> {
    const cookie = options.cookie === undefined ? this.cookie : options.cookie;
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.csrf === false ? {} : { [CSRF_HEADER]: '1' }),
        ...(cookie === null ? {} : { cookie: `${SESSION_COOKIE}=${cookie}` }),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie !== null) {
      this.lastSetCookie = setCookie;
      const match = new RegExp(`${SESSION_COOKIE}=([^;]*)`).exec(setCookie);
      if (match) this.cookie = match[1] === '' ? null : (match[1] ?? null);
    }
    return (await response.json()) as GraphqlResponse<T>;
  }

  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL-fout: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  async login(email: string, password: string): Promise<GraphqlResponse<{ login: { id: string } }>> {
    return this.gql(
      `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
      {
        email,
        password,
      },
    );
  }
}

export const PASSWORD = 'correct horse battery staple';

/** Creates an account and returns a client signed in as it. */
export async function signedIn(
  baseUrl: string,
  dataSource: DataSource,
  email: string,
  roles: Role[],
  schoolIds: string[] = [],
): Promise<SessionClient> {
  await dataSource.transaction((m) =>
    createUserAccount(m, { email, displayName: email, password: PASSWORD, roles, schoolIds }),
  );
  const client = new SessionClient(baseUrl);
  const result = await client.login(email, PASSWORD);
  if (result.errors?.length || client.cookie === null)
    throw new Error(`login ${email}: ${JSON.stringify(result)}`);
  return client;
}

export function codeOf(result: GraphqlResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.['code'];
}
