import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { AppConfig } from '../../config/app-config';
import { type CliCommand, type CliIo } from '../cli-command';
import { type CliDatabaseUrls, withOpenDatabase } from '../cli-data-source';

/**
 * `backup <file>` / `restore <file>`: the whole database in pg_dump's custom format (compressed, restorable table
 * by table), made by the PostgreSQL client tools (`pg_dump`, `pg_restore`; Debian: postgresql-client). The
 * password goes to them in PGPASSWORD, never on a command line. The database is opened as for every command
 * (`withOpenDatabase`): DATABASE_URL is checked first; without it they work on the embedded database in DATA_DIR:
 * the command starts its server (the folder's lock refuses while the app runs on it) and stops it again.
 */

interface Connection {
  /** `postgres://user@host:port/db?…` without the password */
  url: string;
  env: NodeJS.ProcessEnv;
}

function connectionOf(databaseUrl: string): Connection {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => io.stderr(chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      io.stderr(
        error.code === 'ENOENT'
          ? `${tool} niet gevonden: installeer de PostgreSQL-clienttools (Debian: apt-get install postgresql-client)\n`
          : `${tool}: ${error.message}\n`,
      );
      resolve(1);
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * `pg_restore --clean` cannot drop the job queue's partitioned tables one constraint at a time (pg-boss keeps one
 * partition per queue). So pg_restore first writes its SQL to a temporary file (a damaged dump stops here), then
 * psql runs it in one transaction that begins by dropping the `pgboss` schema whole: a failure anywhere leaves the
 * database as it was.
 */
async function restoreInOneTransaction(file: string, connection: Connection, io: CliIo): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-restore-'));
  try {
    const script = path.join(dir, 'restore.sql');
    const prefix = path.join(dir, 'prefix.sql');
    fs.writeFileSync(prefix, 'DROP SCHEMA IF EXISTS pgboss CASCADE;\n');
    const read = await run(
      'pg_restore',
      ['--clean', '--if-exists', '--no-owner', `--file=${script}`, file],
      connection.env,
      io,
    );
    if (read !== 0) return read;
    return await run(
      'psql',
      [
        '-X',
        '-q',
        '--single-transaction',
        '-v',
        'ON_ERROR_STOP=1',
        `--dbname=${connection.url}`,
        '-f',
        prefix,
        '-f',
        script,
      ],
      connection.env,
      io,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function fileArgument(name: string, args: string[], io: CliIo): string | null {
  const [file, ...rest] = args;
  if (file === undefined || file.startsWith('-') || rest.length > 0) {
    io.stderr(`Gebruik: npm run sop -- ${name} <bestand>\n`);
    return null;
  }
  return path.resolve(file);
}

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'schrijft de hele database naar <bestand> (pg_dump, custom-formaat)',
  async run(args, io) {
    const file = fileArgument('backup', args, io);
    if (file === null) return 2;
    return withOpenDatabase(AppConfig.fromEnv(), io, (urls) => backup(file, urls.owner, io));
  },
};

async function backup(file: string, ownerUrl: string, io: CliIo): Promise<number> {
  const connection = connectionOf(ownerUrl);
  const partial = `${file}.deels`;
  const code = await run(
    'pg_dump',
    ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${connection.url}`],
    connection.env,
    io,
  );
  if (code !== 0) {
    fs.rmSync(partial, { force: true });
    io.stderr('Back-up mislukt; er is geen bestand geschreven.\n');
    return 1;
  }
  fs.renameSync(partial, file); // a half-written dump never carries the final name
  io.stderr(`Back-up geschreven: ${file} (${(fs.statSync(file).size / 1024).toFixed(0)} kB)\n`);
  return 0;
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'zet een back-up van backup terug (vervangt alles in de database; alles of niets)',
  async run(args, io) {
    const file = fileArgument('restore', args, io);
    if (file === null) return 2;
    if (!fs.existsSync(file)) {
      io.stderr(`Bestand ${file} bestaat niet.\n`);
      return 1;
    }
    return withOpenDatabase(AppConfig.fromEnv(), io, (urls) => restore(file, urls, io));
  },
};

async function restore(file: string, urls: CliDatabaseUrls, io: CliIo): Promise<number> {
  // The row-level security grants in the dump name the application role: make sure it exists in this cluster.
  const client = new Client({ connectionString: urls.owner });
  await client.connect();
  let versionBefore = '0';
  try {
    versionBefore = (await dataVersionOf(client)) ?? '0';
    await client.query(`
        DO $$
        BEGIN
          IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sop_atlas_app') THEN
            CREATE ROLE sop_atlas_app NOLOGIN;
          END IF;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
          NULL;
        END $$`);
  } finally {
    await client.end();
  }
  const connection = connectionOf(urls.owner);
  const code = await restoreInOneTransaction(file, connection, io);
  if (code !== 0) {
    io.stderr('Terugzetten mislukt; de database is ongewijzigd (één transactie).\n');
    return 1;
  }
  // pg_restore creates the triggers after loading the data, so nothing bumped the data version, and the dump may
  // carry an older one: move it past both, so no process keeps an answer it computed before the restore.
  const after = new Client({ connectionString: urls.runtime });
  await after.connect();
  try {
    // (a dump from before the data version has none; the app's migration adds it at its next start)
    if ((await dataVersionOf(after)) !== null) {
      await after.query(
        `UPDATE data_version SET version = greatest(version, $1::bigint) + 1, changed_at = now() WHERE id = 1`,
        [versionBefore],
      );
    }
  } finally {
    await after.end();
  }
  io.stderr(`Teruggezet uit ${file}.\n`);
  return 0;
}

/** The data version (null on a database older than the aggregate cache). */
async function dataVersionOf(client: Client): Promise<string | null> {
  const exists = await client.query<{ found: boolean }>(
    `SELECT to_regclass('public.data_version') IS NOT NULL AS found`,
  );
  if (exists.rows[0]?.found !== true) return null;
  const { rows } = await client.query<{ version: string }>(
    `SELECT version::text FROM data_version WHERE id = 1`,
  );
  return rows[0]?.version ?? '0';
}
