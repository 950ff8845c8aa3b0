import { AppConfig } from '../../config/app-config';
import { loadNationalDataset } from '../../national/national-loader';
import { withCliDataSource } from '../cli-data-source';
import { type CliCommand } from '../cli-command';

const USAGE =
  'Gebruik: npm run sop -- national [--schools 6500] [--swvs 75] [--years 4] [--seed 1] [--database-url URL]\n';

/**
 * Loads the fictional national data set (replacing a previous one) for load tests. stderr: progress and rows per
 * table; stdout: one JSON line `{ rows, seconds, … }`.
 */
export const nationalCommand: CliCommand = {
  name: 'national',
  summary: 'laadt de fictieve landelijke testset (vervangt een eerdere) [--schools N --swvs N --years N]',
  async run(args, io) {
    const numbers: Record<string, number> = { schools: 6500, swvs: 75, years: 4, seed: 1 };
    let databaseUrl: string | undefined;
    for (let i = 0; i < args.length; i += 1) {
      const name = args[i]?.replace(/^--/, '') ?? '';
      const value = args[i + 1];
      if (name === 'database-url' && value !== undefined) databaseUrl = value;
      else if (name in numbers && value !== undefined && /^\d+$/.test(value) && Number(value) > 0)
        numbers[name] = Number(value);
      else {
        io.stderr(`Onbekend of ongeldig argument '${args[i] ?? ''}'.\n${USAGE}`);
        return 2;
      }
      i += 1;
    }
    const env = databaseUrl === undefined ? process.env : { ...process.env, DATABASE_URL: databaseUrl };
    const config = AppConfig.fromEnv(env);
    return withCliDataSource(config, io, async (dataSource) => {
      const result = await loadNationalDataset(
        dataSource,
        {
          seed: numbers['seed'] as number,
          schoolCount: numbers['schools'],
          swvCount: numbers['swvs'],
          schoolYears: numbers['years'],
        },
        (p) => io.stderr(`  batch ${p.batch + 1}: ${p.schools} scholen, ${p.seconds.toFixed(1)} s\n`),
      );
      if (result.deletedSchools > 0)
        io.stderr(`Vorige landelijke testset verwijderd: ${result.deletedSchools} scholen.\n`);
      io.stderr('Rijen per tabel:\n');
      for (const [table, n] of Object.entries(result.rows)) io.stderr(`  ${table.padEnd(16)} ${n}\n`);
      io.stderr(`Klaar in ${result.seconds.toFixed(1)} s (${result.batches} batches).\n`);
      io.stdout(`${JSON.stringify(result)}\n`);
      return 0;
    });
  },
};
