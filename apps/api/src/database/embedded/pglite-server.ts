import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { APP_POOL_SIZE } from '../data-source-options';

/** Connections the socket server accepts: the app's pool plus room for the migrator and the CLI. */
const MAX_CONNECTIONS = APP_POOL_SIZE + 10;

/** The PGlite engine's folder inside the data folder (the embedded default of earlier versions). */
export const PGLITE_DIR = 'pgdata';

/**
 * The alternative embedded engine (`SOP_ATLAS_EMBEDDED_ENGINE=pglite`): PGlite (PostgreSQL in WASM) keeping its
 * files in `<dataDir>/pgdata`, served over the PostgreSQL wire protocol on a free localhost port so `pg` and TypeORM
 * connect unchanged. PGlite runs one query at a time: never use a second connection inside a
 * transaction.
 */
export class PgliteServer {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    readonly url: string,
  ) {}

  /** `dir`: the PGlite folder; the caller holds the data folder's lock. */
  static async start(dir: string): Promise<PgliteServer> {
    let db: PGlite | undefined;
    try {
      db = await PGlite.create(dir);
      const server = new PGLiteSocketServer({
        db,
        host: '127.0.0.1',
        port: 0,
        maxConnections: MAX_CONNECTIONS,
      });
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres`;
      return new PgliteServer(db, server, url);
    } catch (error) {
      await db?.close();
      throw error;
    }
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
    } finally {
      await this.db.close();
    }
  }
}
