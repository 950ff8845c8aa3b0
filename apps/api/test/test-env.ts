/** The PostgreSQL server the integration tests use when one answers there (CI starts it; see .ci/run). */
export const LOCAL_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * Set by global-setup: the admin URL of the server this run uses, LOCAL_SERVER_URL or (when nothing answers there,
 * or when FORCE_EMBEDDED_ENV is `1`) a throwaway embedded PostgreSQL server on a free port.
 */
export const ADMIN_URL_ENV = 'SOP_ATLAS_TEST_ADMIN_URL';

/** `1`: use the embedded fallback even when a server answers on 127.0.0.1:5432 (CI runs both paths). */
export const FORCE_EMBEDDED_ENV = 'SOP_ATLAS_TEST_EMBEDDED';

/** Set by global-setup: the migrated template database every test file clones. */
export const TEMPLATE_ENV = 'SOP_ATLAS_TEST_TEMPLATE_DB';

/** The admin URL (database `postgres`) of this run's server. */
export function adminDatabaseUrl(): string {
  return process.env[ADMIN_URL_ENV] ?? LOCAL_SERVER_URL;
}

/** `host:port` of this run's server, as the app's messages name it. */
export function serverHost(): string {
  const url = new URL(adminDatabaseUrl());
  return `${url.hostname}:${url.port || '5432'}`;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}
