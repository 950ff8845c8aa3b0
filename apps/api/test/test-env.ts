/** The PostgreSQL server of the integration tests (CI starts it; see .ci/run). */
export const ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** Set by global-setup: the migrated template database every test file clones. */
export const TEMPLATE_ENV = 'SOP_ATLAS_TEST_TEMPLATE_DB';

export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
