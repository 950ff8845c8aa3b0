import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { dataSourceOptions } from '../../database/data-source-options';
import { openDatabase } from '../../database/database-target';
import { runMigrationsLocked } from '../../database/migrate';
import { type CliCommand } from '../cli-command';

/**
 * Applies pending migrations (under the migration lock; the one-off `migrate` service of docker compose); prints the names of the
 * applied ones on stdout, one per line.
 */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'voert openstaande databasemigraties uit',
  async run(_args, io) {
    const config = AppConfig.fromEnv();
    const database = await openDatabase(config);
    try {
      io.stderr(`Database: ${database.info.description}\n`);
      for (const notice of database.notices) io.stderr(`${notice}\n`);
      const dataSource = new DataSource(dataSourceOptions(database.info.url, { poolSize: 2 }));
      await dataSource.initialize();
      try {
        const applied = await runMigrationsLocked(dataSource);
        for (const migration of applied) io.stdout(`${migration.name}\n`);
        io.stderr(
          applied.length === 0
            ? 'Geen openstaande migraties.\n'
            : `${applied.length} migratie(s) uitgevoerd.\n`,
        );
      } finally {
        await dataSource.destroy();
      }
      return 0;
    } finally {
      await database.close();
    }
  },
};
