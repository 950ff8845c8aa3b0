import { DataSource } from 'typeorm';
import { type CliIo } from './cli-command';
import { type AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { openDatabase } from '../database/database-target';
import { ownerUrlOf, prepareDatabase } from '../database/owner-tasks';

/** Where a CLI command reaches the opened database. */
export interface CliDatabaseUrls {
  /** The operator's URL: DATABASE_OWNER_URL, else DATABASE_URL, else the embedded server's. */
  owner: string;
  /** What the app logs in as: DATABASE_URL, else the embedded server's. */
  runtime: string;
}

/**
 * Opens the configured database for a CLI command: DATABASE_URL is checked with one connection (a clear Dutch line
 * when it cannot be reached), without it the embedded server of DATA_DIR is started (its folder's lock refuses while
 * the app runs on it). Says on stderr which database it is, runs `work` and lets the database go again, also on
 * failure.
 */
export async function withOpenDatabase<T>(
  config: AppConfig,
  io: CliIo,
  work: (urls: CliDatabaseUrls) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(config);
  try {
    io.stderr(`Database: ${database.info.description}\n`);
    for (const notice of database.notices) io.stderr(`${notice}\n`);
    return await work({ owner: ownerUrlOf(config, database.info.url), runtime: database.info.url });
  } finally {
    await database.close();
  }
}

/**
 * Opens the configured database for a CLI command (embedded or DATABASE_URL), applies pending migrations
 * (a loader needs the current schema), runs `work` and closes everything again, also on failure.
 */
export async function withCliDataSource<T>(
  config: AppConfig,
  io: CliIo,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  return withOpenDatabase(config, io, async (urls) => {
    // The CLI is the operator's tool: it works as the owner (DATABASE_OWNER_URL, else DATABASE_URL).
    const dataSource = new DataSource(dataSourceOptions(urls.owner, { poolSize: 2 }));
    await dataSource.initialize();
    try {
      await prepareDatabase(dataSource, config, { settings: false });
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  });
}
