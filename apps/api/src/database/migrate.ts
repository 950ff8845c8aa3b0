import { DataSource, type Migration } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * Key of the session advisory lock held while migrating ("SOPAtlas" as a number). TypeORM takes no lock of its own,
 * so two replicas starting together on one database would otherwise both apply the same migration.
 */
export const MIGRATION_LOCK_KEY = 5_345_367_234_159n;

/**
 * Applies pending migrations (each in its own transaction) while holding the migration lock: a second process
 * waits for the first and then finds nothing left to do. Returns the migrations applied by this call.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<Migration[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1::bigint)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1::bigint)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    await runner.release();
  }
}

/** Opens a small connection to `url`, migrates under the lock and closes it again. */
export async function migrateDatabase(url: string): Promise<Migration[]> {
  const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 2 }));
  await dataSource.initialize();
  try {
    return await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
