import { spawnServer } from './server-process';
import { databaseUrl, serverHost } from './test-env';

describe('start-up errors: one clear line, exit code 1', () => {
  it.each([
    [
      'an unreachable DATABASE_URL',
      { DATABASE_URL: 'postgres://postgres:geheim@127.0.0.1:5999/atlas' },
      'Kan PostgreSQL op 127.0.0.1:5999 niet bereiken: ECONNREFUSED',
    ],
    [
      'a database that does not exist',
      { DATABASE_URL: databaseUrl('bestaat_niet_xyz') },
      `PostgreSQL op ${serverHost()} weigert de verbinding: database "bestaat_niet_xyz" does not exist`,
    ],
    [
      'an invalid PORT',
      { PORT: 'drie' },
      "Ongeldige configuratie: PORT moet een geheel getal zijn, niet 'drie'",
    ],
  ])('%s', async (_case, env, line) => {
    const server = spawnServer(env);
    expect(await server.exited).toBe(1);
    expect(server.output().trim()).toBe(line);
    expect(server.output()).not.toContain('geheim');
  });
});
