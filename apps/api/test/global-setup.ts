import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { PostgresServer } from '../src/database/embedded/postgres-server';
import { ADMIN_URL_ENV, databaseUrl, FORCE_EMBEDDED_ENV, LOCAL_SERVER_URL, TEMPLATE_ENV } from './test-env';

/** What global-teardown stops and removes (Jest runs both in one process; globals set here are read there). */
export interface FallbackServer {
  server: PostgresServer;
  dir: string;
}
declare global {
  var sopAtlasTestFallback: FallbackServer | undefined;
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The server of this run: the local PostgreSQL on 127.0.0.1:5432 when it answers, else a throwaway embedded
 * PostgreSQL (the app's own engine: a temporary folder, a free port, no fsync), stopped in global-teardown.
 */
async function chooseServer(): Promise<string> {
  const forced = process.env[FORCE_EMBEDDED_ENV] === '1';
  if (!forced && (await answers(LOCAL_SERVER_URL))) return LOCAL_SERVER_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-test-pg-'));
  const server = await PostgresServer.start({
    dir: path.join(dir, 'cluster'),
    logFile: path.join(dir, 'postgres.log'),
    durability: 'throwaway',
    passwordFile: null,
  });
  globalThis.sopAtlasTestFallback = { server, dir };
  process.stderr.write(
    `\nIntegratietests op een tijdelijke ingebouwde PostgreSQL ${server.major} (127.0.0.1:${server.port}): ` +
      (forced ? `${FORCE_EMBEDDED_ENV}=1.\n` : 'niets antwoordt op 127.0.0.1:5432.\n'),
  );
  return server.url();
}

/** Creates one migrated template database per test run; each test file clones it (see test-database.ts). */
export default async function globalSetup(): Promise<void> {
  const adminUrl = await chooseServer();
  // Jest starts its workers after global setup: they (and the app processes tests spawn) inherit this.
  process.env[ADMIN_URL_ENV] = adminUrl;
  const name = `sop_atlas_tpl_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(name), { poolSize: 1 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await dataSource.destroy();
  }
  process.env[TEMPLATE_ENV] = name;
}
