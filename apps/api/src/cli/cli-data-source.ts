import { DataSource } from 'typeorm';
import { type CliIo } from './cli-command';
import { type AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { openDatabase } from '../database/database-target';

/**
 * Opens the configured database for a CLI command (embedded PGlite or DATABASE_URL), applies pending migrations
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
    const dataSource = new DataSource(dataSourceOptions(database.info.url, { poolSize: 2 }));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      return await work(dataSource);
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await database.close();
  }
}
