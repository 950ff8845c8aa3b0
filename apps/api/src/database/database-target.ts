import { Client } from 'pg';
import { StartupError } from '../common/errors/startup-error';
import { type AppConfig } from '../config/app-config';
import { DatabaseInfo } from '../common/database-info';
import { startEmbedded } from './embedded/embedded-database';

/** The database the app will use, opened (embedded) or checked (DATABASE_URL), and how to let it go. */
export interface DatabaseTarget {
  info: DatabaseInfo;
  /** Lines for the log at start (a PGlite folder of an earlier version, a recovered server). */
  notices: string[];
  close(): Promise<void>;
}

/** `postgres://user:secret@db:5432/atlas` → `db:5432/atlas` (never the password). */
export function describePostgresUrl(url: string): { host: string; description: string } {
  const parsed = new URL(url);
  const host = `${parsed.hostname}:${parsed.port || '5432'}`;
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || parsed.username || 'postgres';
  return { host, description: `PostgreSQL op ${host}, database ${database}` };
}

/** Connects once to fail early with one clear line instead of a stack. */
export async function probePostgres(url: string): Promise<void> {
  const { host } = describePostgresUrl(url);
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code !== undefined && /^[A-Z]+$/.test(code)) {
      throw new StartupError(`Kan PostgreSQL op ${host} niet bereiken: ${code}`);
    }
    if (message?.includes('timeout'))
      throw new StartupError(`Kan PostgreSQL op ${host} niet bereiken: time-out`);
    throw new StartupError(`PostgreSQL op ${host} weigert de verbinding: ${message ?? String(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function openDatabase(config: AppConfig): Promise<DatabaseTarget> {
  if (config.databaseUrl !== null) {
    await probePostgres(config.databaseUrl);
    const { description } = describePostgresUrl(config.databaseUrl);
    return {
      info: new DatabaseInfo('postgres', config.databaseUrl, description),
      notices: [],
      close: () => Promise.resolve(),
    };
  }
  const embedded = await startEmbedded(config.dataDir);
  return {
    info: new DatabaseInfo('embedded', embedded.url, embedded.description),
    notices: embedded.notices,
    close: () => embedded.stop(),
  };
}
