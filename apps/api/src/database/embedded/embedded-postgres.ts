import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { APP_POOL_SIZE } from '../data-source-options';
import { DataDirLock } from './data-dir-lock';

/** Connections the socket server accepts: the app's pool plus room for the migrator and the CLI. */
const MAX_CONNECTIONS = APP_POOL_SIZE + 10;

/**
 * The embedded default database: PGlite (PostgreSQL in WASM) keeping its files in `<dataDir>/pgdata`, served over
 * the PostgreSQL wire protocol on a free localhost port so `pg` and TypeORM connect unchanged. A lock file keeps a
 * second process off the same folder. PGlite runs one query at a time: never use a second connection inside a
 * transaction.
 */
export class EmbeddedPostgres {
  private constructor(
    private readonly db: PGlite,
    private readonly server: PGLiteSocketServer,
    private readonly lock: DataDirLock,
    readonly url: string,
  ) {}

  static async start(dataDir: string): Promise<EmbeddedPostgres> {
    const lock = DataDirLock.acquire(dataDir);
    let db: PGlite | undefined;
    try {
      db = await PGlite.create(path.join(dataDir, 'pgdata'));
      const server = new PGLiteSocketServer({
        db,
        host: '127.0.0.1',
        port: 0,
        maxConnections: MAX_CONNECTIONS,
      });
      await server.start();
      const url = `postgres://postgres@${server.getServerConn()}/postgres`;
      return new EmbeddedPostgres(db, server, lock, url);
    } catch (error) {
      await db?.close();
      lock.release();
      throw error;
    }
  }

  async stop(): Promise<void> {
    try {
      await this.server.stop();
      await this.db.close();
    } finally {
      this.lock.release();
    }
  }
}
