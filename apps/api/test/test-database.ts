import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { adminDatabaseUrl, databaseUrl, TEMPLATE_ENV } from './test-env';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of its own for one test file: a clone of the migrated template (or empty with `empty: true`). */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_ENV];
  if (!template)
    throw new Error(`${TEMPLATE_ENV} ontbreekt: draai de tests via jest.config.js (globalSetup)`);
  const name = `sop_atlas_test_${randomBytes(5).toString('hex')}`;
  await admin((c) =>
    c.query(options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`),
  );
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
