import { DataSource } from 'typeorm';
import { type CliIo } from './cli-command';
import { type AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { openDatabase } from '../database/database-target';
import { ownerUrlOf, prepareDatabase } from '../database/owner-tasks';

/**
 * Opens the configured database for a CLI command (embedded or DATABASE_URL), applies pending migrations
 * (a loader needs the current schema), runs `work` and closes everything again, also on failure.
 */
export async function withCliDataSource<T>(
  config: AppConfig,
  io: CliIo,
  work: (dataSource: DataSource) => Promise<T>,
): Promise<T> {
  const database = await openDatabase(config);
  try {
    io.stderr(`Database: ${database.info.description}\n`);
    for (const notice of database.notices) io.stderr(`${notice}\n`);
    // The CLI is the operator's tool: it works as the owner (DATABASE_OWNER_URL, else DATABASE_URL).
    const dataSource = new DataSource(
      dataSourceOptions(ownerUrlOf(config, database.info.url), { poolSize: 2 }),
    );
    await dataSource.initialize();
    try {
      await prepareDatabase(dataSource, config, { settings: false });
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.close();
  }
}
