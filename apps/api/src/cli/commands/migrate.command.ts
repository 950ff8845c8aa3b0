import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { dataSourceOptions } from '../../database/data-source-options';
import { prepareDatabase } from '../../database/owner-tasks';
import { type CliCommand } from '../cli-command';
import { withOpenDatabase } from '../cli-data-source';

/**
 * Applies pending migrations (under the migration lock; the one-off `migrate` service of docker compose); prints the names of the
 * applied ones on stdout, one per line.
 */
export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'voert openstaande databasemigraties uit',
  async run(_args, io) {
    const config = AppConfig.fromEnv();
    return withOpenDatabase(config, io, async (urls) => {
      const dataSource = new DataSource(dataSourceOptions(urls.owner, { poolSize: 2 }));
      await dataSource.initialize();
      try {
        // also writes the service credential's hash and the OIDC switch (the runtime role may not)
        const applied = await prepareDatabase(dataSource, config);
        for (const name of applied) io.stdout(`${name}\n`);
        io.stderr(
          applied.length === 0
            ? 'Geen openstaande migraties.\n'
            : `${applied.length} migratie(s) uitgevoerd.\n`,
        );
      } finally {
        await dataSource.destroy();
      }
      return 0;
    });
  },
};
