import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { AppConfig } from '../../src/config/app-config';
import { type RunningServer, startServer } from '../../src/server';
import { adminDatabaseUrl } from '../test-env';

const REPO = path.resolve(__dirname, '../../../..');

/** A login role made by `db-roles`, as a production DATABASE_URL uses one, and a connection as the app makes it. */
export interface RuntimeLogin {
  /** The login role, e.g. `sop_atlas_web_1a2b3c` (new for each test file). */
  name: string;
  /** The database's URL with the login role as its user (the test server trusts local connections). */
  url: string;
  /** Connected as the app connects: the login role, then `role=sop_atlas_app`. */
  db: Client;
  /** What the CLI printed. */
  cli: { stdout: string; stderr: string };
}

/**
 * The README's one-time set-up, through the real CLI (`tools/sop-cli.js db-roles --login … --password-stdin`,
 * without building it again), on the database of `databaseUrl`; then a connection as the runtime role. Fails with
 * the CLI's own output when it does not exit 0.
 */
export async function createRuntimeLogin(databaseUrl: string): Promise<RuntimeLogin> {
  const name = `sop_atlas_web_${randomBytes(3).toString('hex')}`;
  const created = spawnSync(
    process.execPath,
    [path.join(REPO, 'tools/sop-cli.js'), 'db-roles', '--login', name, '--password-stdin'],
    {
      cwd: REPO,
      input: 'een lang databasewachtwoord\n',
      env: { ...process.env, SOP_CLI_SKIP_BUILD: '1', DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    },
  );
  if (created.status !== 0) {
    throw new Error(`db-roles ended with ${String(created.status)}:\n${created.stderr}${created.stdout}`);
  }
  const url = new URL(databaseUrl);
  url.username = name;
  const db = new Client({ connectionString: url.toString(), options: '-c role=sop_atlas_app' });
  await db.connect();
  return { name, url: url.toString(), db, cli: { stdout: created.stdout, stderr: created.stderr } };
}

/** Drops the login role: after the test database is dropped (PostgreSQL keeps a role that holds grants there). */
export async function dropRuntimeLogin(login: RuntimeLogin | undefined): Promise<void> {
  if (login === undefined) return;
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP ROLE IF EXISTS ${login.name}`);
  } finally {
    await admin.end();
  }
}

/** An API process in this test process that logs in with `databaseUrl` alone (no owner URL), as a production replica. */
export function startServerAs(databaseUrl: string, env: Record<string, string> = {}): Promise<RunningServer> {
  return startServer(
    AppConfig.fromEnv({ DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1', NODE_ENV: 'test', ...env }),
    { logger: false, seed: false, dashboardDist: '/nonexistent-dashboard-dist' },
  );
}
