import fs from 'node:fs';
import path from 'node:path';
import { EMBEDDED_ENGINES, type EmbeddedEngine } from '../../config/embedded-engine';
import { DataDirLock } from './data-dir-lock';
import { PGLITE_DIR, PgliteServer } from './pglite-server';
import { PostgresServer } from './postgres-server';

export { EMBEDDED_ENGINES, type EmbeddedEngine };

/** The PostgreSQL engine's cluster inside the data folder. */
export const POSTGRES_DIR = 'postgres';

export interface EmbeddedDatabase {
  engine: EmbeddedEngine;
  url: string;
  /** One line for the log: engine and folder. */
  description: string;
  /** Lines the user should read (a PGlite folder of an earlier version, a recovered server). */
  notices: string[];
  stop(): Promise<void>;
}

/**
 * Which engine opens `dataDir`. Asked explicitly (`SOP_ATLAS_EMBEDDED_ENGINE`): that one. Otherwise PostgreSQL,
 * except for a data folder that an earlier version filled with PGlite and that has no PostgreSQL cluster yet: its
 * data stays reachable on PGlite, with a notice how to move on, instead of a new empty database hiding it.
 */
export function chooseEngine(
  asked: EmbeddedEngine | null,
  dataDir: string,
): { engine: EmbeddedEngine; notice: string | null } {
  const pgliteDir = path.join(dataDir, PGLITE_DIR);
  const hasPglite = fs.existsSync(path.join(pgliteDir, 'PG_VERSION'));
  if (asked === 'pglite') return { engine: 'pglite', notice: null };
  if (asked === 'postgres') {
    return {
      engine: 'postgres',
      notice: hasPglite
        ? `De PGlite-database van een eerdere versie in ${pgliteDir} blijft onaangeroerd; ` +
          'SOP_ATLAS_EMBEDDED_ENGINE=pglite opent die weer.'
        : null,
    };
  }
  if (hasPglite && !fs.existsSync(path.join(dataDir, POSTGRES_DIR))) {
    return {
      engine: 'pglite',
      notice:
        `${pgliteDir} is een PGlite-database van een eerdere versie: SOP Atlas blijft die gebruiken. ` +
        'Overstappen op de ingebouwde PostgreSQL-server (sneller, dezelfde database als in productie): start met ' +
        'SOP_ATLAS_EMBEDDED_ENGINE=postgres; die begint met een nieuwe database naast de oude map, die blijft staan.',
    };
  }
  return { engine: 'postgres', notice: null };
}

/** Opens the embedded database in `dataDir` (locked against a second process) on the chosen engine. */
export async function startEmbedded(
  dataDir: string,
  asked: EmbeddedEngine | null,
): Promise<EmbeddedDatabase> {
  const lock = DataDirLock.acquire(dataDir);
  try {
    const { engine, notice } = chooseEngine(asked, dataDir);
    const notices = notice === null ? [] : [notice];
    const server =
      engine === 'pglite'
        ? await PgliteServer.start(path.join(dataDir, PGLITE_DIR))
        : await PostgresServer.start({
            dir: path.join(dataDir, POSTGRES_DIR),
            logFile: path.join(dataDir, 'postgres.log'),
            passwordFile: path.join(dataDir, 'postgres.password'),
            durability: 'durable',
            notice: (line) => notices.push(line),
          });
    return {
      engine,
      url: server instanceof PgliteServer ? server.url : server.url(),
      description:
        server instanceof PgliteServer
          ? `ingebouwde database (PGlite) in ${dataDir}`
          : `ingebouwde database (PostgreSQL ${server.major}) in ${dataDir}`,
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
