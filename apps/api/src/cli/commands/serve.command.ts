import { AppConfig } from '../../config/app-config';
import { startServer } from '../../server';
import { type CliCommand } from '../cli-command';

/** Serves the API and dashboard until SIGINT/SIGTERM, then shuts down cleanly (Nest, pool, database, lock). */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'start de API en het dashboard (zonder DATABASE_URL met de ingebouwde database)',
  async run(_args, io) {
    const server = await startServer(AppConfig.fromEnv());
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    io.stderr(`${signal} ontvangen, stoppen…\n`);
    const forced = setTimeout(() => {
      io.stderr('Stoppen duurt te lang; proces wordt beëindigd.\n');
      process.exit(1);
    }, 10_000);
    forced.unref();
    await server.close();
    return 0;
  },
};
