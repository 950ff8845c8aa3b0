import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { PostgresServer } from '../database/embedded/postgres-server';
import { schemaDrift } from '../database/schema-drift';
import { emitSchema, SCHEMA_FILE } from './emit-schema';

/** The local server CI starts; without it the check runs on a throwaway embedded PostgreSQL server instead. */
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function driftOnServer(): Promise<string[] | null> {
  const admin = new Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `sop_atlas_drift_${randomBytes(4).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return await schemaDrift(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function driftOnEmbedded(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-drift-'));
  const server = await PostgresServer.start({
    dir: path.join(dir, 'cluster'),
    logFile: path.join(dir, 'postgres.log'),
    durability: 'throwaway',
    passwordFile: null,
  });
  try {
    return await schemaDrift(server.url());
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Fails (exit 1) when (a) the entities differ from what the migrations create, or (b) the committed schema.gql
 * differs from the schema the code emits. `npm run schema -w apps/api` rewrites schema.gql. `--embedded` checks the
 * migrations on the embedded PostgreSQL even when a server is available.
 */
export async function checkGenerated(log: (line: string) => void, embeddedOnly = false): Promise<boolean> {
  let ok = true;
  const serverDrift = embeddedOnly ? null : await driftOnServer();
  const drift = serverDrift ?? (await driftOnEmbedded());
  const where = serverDrift ? 'PostgreSQL 127.0.0.1:5432' : 'ingebouwde PostgreSQL';
  if (drift.length > 0) {
    ok = false;
    log(
      `Migraties en entiteiten lopen uiteen (${where}); schrijf een migratie voor:\n  ${drift.join(';\n  ')}`,
    );
  } else log(`Migraties en entiteiten komen overeen (${where}).`);

  const emitted = await emitSchema();
  const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
  if (emitted !== committed) {
    ok = false;
    log(
      `${path.relative(process.cwd(), SCHEMA_FILE)} wijkt af van de code; draai: npm run schema -w apps/api`,
    );
  } else log('schema.gql is actueel.');
  return ok;
}

if (require.main === module) {
  checkGenerated((line) => process.stderr.write(`${line}\n`), process.argv.includes('--embedded'))
    .then((ok) => {
      process.exitCode = ok ? 0 : 1;
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    });
}
