import { AppConfig } from '../../config/app-config';
import { deleteDemoRegion, loadDemoRegion } from '../../demo/demo-loader';
import { removeDemoRegion } from '../../demo/demo-removal';
import { withCliDataSource } from '../cli-data-source';
import { type CliCommand } from '../cli-command';

/**
 * Reloads the fictional demo region in one transaction: deletes every demo school (and what hangs off it), then
 * inserts the region again. Non-demo schools are never touched. `--seed N` picks another region.
 * stdout: one JSON line with the counts.
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary:
    'laadt de fictieve demoregio opnieuw (verwijdert alleen demoscholen) [--seed N]; demo verwijder: demoregio en demo-accounts weg',
  async run(args, io) {
    if (args[0] === 'verwijder' || args[0] === 'remove') {
      if (args.length > 1) {
        io.stderr('Gebruik: npm run sop -- demo verwijder\n');
        return 2;
      }
      return withCliDataSource(AppConfig.fromEnv(), io, async (dataSource) => {
        const result = await dataSource.transaction((manager) => removeDemoRegion(manager));
        io.stderr(
          `Demoregio verwijderd: ${result.schools} demoscholen, ${result.sops} SOP-versies, ` +
            `${result.sourceDocuments} brondocumenten, ${result.accounts} demo-accounts, ` +
            `${result.fundingParameters} demo-financieringsparameters. Echte scholen en accounts zijn niet aangeraakt.\n`,
        );
        io.stdout(`${JSON.stringify(result)}\n`);
        return 0;
      });
    }
    let seed: number | undefined;
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i];
      if (arg === '--seed' && /^\d+$/.test(args[i + 1] ?? '')) {
        seed = Number(args[i + 1]);
        i += 1;
      } else {
        io.stderr(
          `Onbekend argument '${arg ?? ''}'. Gebruik: npm run sop -- demo [--seed N] | demo verwijder\n`,
        );
        return 2;
      }
    }
    return withCliDataSource(AppConfig.fromEnv(), io, async (dataSource) => {
      const started = performance.now();
      const result = await dataSource.transaction(async (manager) => {
        const deleted = await deleteDemoRegion(manager);
        const loaded = await loadDemoRegion(manager, seed === undefined ? {} : { seed });
        return { deleted, ...loaded };
      });
      const seconds = (performance.now() - started) / 1000;
      io.stderr(
        `Demoregio geladen: ${result.deleted} demoscholen verwijderd, ${result.schools} scholen, ` +
          `${result.pupilCounts} leerlingtellingen, ${result.sops} SOPs in ${seconds.toFixed(1)} s.\n`,
      );
      io.stdout(`${JSON.stringify({ ...result, seconds: Math.round(seconds * 10) / 10 })}\n`);
      return 0;
    });
  },
};
