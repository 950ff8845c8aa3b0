import fs from 'node:fs';
import path from 'node:path';
import { DataDirLock } from './data-dir-lock';
import { PostgresServer } from './postgres-server';

/** The PostgreSQL cluster inside the data folder. */
export const POSTGRES_DIR = 'postgres';
/** Where versions before ADR 0003 kept their PGlite database (no longer opened: see `legacyNotice`). */
export const LEGACY_PGLITE_DIR = 'pgdata';

export interface EmbeddedDatabase {
  url: string;
  /** One line for the log: engine and folder. */
  description: string;
  /** Lines the user should read (a PGlite folder of an earlier version, a recovered server). */
  notices: string[];
  stop(): Promise<void>;
}

/**
 * A data folder that an earlier version filled with PGlite (PostgreSQL in WASM, removed: ADR 0003) and that has no
 * PostgreSQL cluster yet: the old folder is never touched or opened, and the log says how its data moves over.
 */
export function legacyNotice(dataDir: string): string | null {
  const pgliteDir = path.join(dataDir, LEGACY_PGLITE_DIR);
  if (!fs.existsSync(path.join(pgliteDir, 'PG_VERSION'))) return null;
  if (fs.existsSync(path.join(dataDir, POSTGRES_DIR, 'PG_VERSION'))) return null;
  return (
    `${pgliteDir} is een PGlite-database van een eerdere versie van SOP Atlas. Deze versie opent die niet meer en ` +
    `begint een nieuwe database in ${path.join(dataDir, POSTGRES_DIR)}; de oude map blijft onaangeroerd. Eigen ` +
    'gegevens daaruit (de demoregio komt vanzelf terug) haalt u op met een eerdere versie van SOP Atlas, die de map ' +
    'nog opent; verwijder de map als u ze niet nodig hebt.'
  );
}

/** Opens the embedded PostgreSQL server in `dataDir` (locked against a second process). */
export async function startEmbedded(dataDir: string): Promise<EmbeddedDatabase> {
  const lock = DataDirLock.acquire(dataDir);
  try {
    const legacy = legacyNotice(dataDir);
    const notices = legacy === null ? [] : [legacy];
    const server = await PostgresServer.start({
      dir: path.join(dataDir, POSTGRES_DIR),
      logFile: path.join(dataDir, 'postgres.log'),
      passwordFile: path.join(dataDir, 'postgres.password'),
      durability: 'durable',
      notice: (line) => notices.push(line),
    });
    return {
      url: server.url(),
      description: `ingebouwde database (PostgreSQL ${server.major}) in ${dataDir}`,
      notices,
      stop: async () => {
        try {
          await server.stop();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
