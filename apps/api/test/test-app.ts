import 'reflect-metadata';
import { type DestinationStream } from 'pino';
import { DataSource, type Logger as TypeOrmLogger } from 'typeorm';
import { getDataSourceToken } from '@nestjs/typeorm';
import { AppConfig } from '../src/config/app-config';
import { dataSourceOptions } from '../src/database/data-source-options';
import { type RunningServer, startServer } from '../src/server';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  /** `http://127.0.0.1:<port>` */
  url: string;
  server: RunningServer;
  /** The database as its owner (factories, checks; row-level security does not bind it). */
  dataSource: DataSource;
  /** The app's own connections: the runtime role `sop_atlas_app`, as the API works. */
  runtimeDataSource: DataSource;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The whole app on its own cloned database, listening on an ephemeral port (no seed unless asked). Use one per
 * test file: `beforeAll(async () => (app = await startTestApp()))`, `afterAll(() => app.close())`.
 */
export async function startTestApp(
  options: {
    sqlLogger?: TypeOrmLogger;
    seed?: boolean;
    env?: Record<string, string>;
    /** A built dashboard to serve (default: none, so the fallback page answers). */
    dashboardDist?: string;
    /** Receives the JSON log (default: no log). */
    logDestination?: DestinationStream;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = AppConfig.fromEnv({
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    ...options.env,
  });
  let server: RunningServer;
  try {
    server = await startServer(config, {
      seed: options.seed ?? false,
      logger: false,
      dashboardDist: options.dashboardDist ?? '/nonexistent-dashboard-dist',
      ...(options.sqlLogger ? { sqlLogger: options.sqlLogger } : {}),
      ...(options.logDestination ? { logDestination: options.logDestination } : {}),
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const owner = new DataSource(dataSourceOptions(database.url, { poolSize: 3 }));
  await owner.initialize();
  return {
    url: server.url,
    server,
    dataSource: owner,
    runtimeDataSource: server.app.get<DataSource>(getDataSourceToken()),
    database,
    close: async () => {
      await owner.destroy();
      await server.close();
      await database.drop();
    },
  };
}
