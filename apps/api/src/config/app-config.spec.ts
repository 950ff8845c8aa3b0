import path from 'node:path';
import { AppConfig, ConfigError } from './app-config';

describe('AppConfig.fromEnv', () => {
  it('falls back to the documented defaults', () => {
    const config = AppConfig.fromEnv({}, '/repo');
    expect(config).toMatchObject({
      databaseUrl: null,
      dataDir: path.resolve('/repo', '.data'),
      port: 3000,
      host: '0.0.0.0',
      nodeEnv: 'development',
      uploadMaxBytes: 20 * 1024 * 1024,
      logLevel: 'log',
      staleSopYears: 2,
      staffToken: null,
    });
  });

  it('takes a staff token of at least 16 characters and refuses a short one', () => {
    expect(AppConfig.fromEnv({ STAFF_TOKEN: 'x'.repeat(16) }, '/repo').staffToken).toBe('x'.repeat(16));
    expect(() => AppConfig.fromEnv({ STAFF_TOKEN: 'kort' }, '/repo')).toThrow(
      'Ongeldige configuratie: STAFF_TOKEN moet minstens 16 tekens lang zijn',
    );
  });

  it('reads every variable', () => {
    const config = AppConfig.fromEnv(
      {
        DATABASE_URL: 'postgres://u@db:5432/atlas',
        DATA_DIR: '/tmp/x',
        PORT: '8080',
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        UPLOAD_MAX_BYTES: '1000',
        LOG_LEVEL: 'warn',
        STALE_SOP_YEARS: '3',
      },
      '/repo',
    );
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u@db:5432/atlas',
      dataDir: '/tmp/x',
      port: 8080,
      host: '127.0.0.1',
      nodeEnv: 'production',
      uploadMaxBytes: 1000,
      logLevel: 'warn',
      staleSopYears: 3,
    });
  });

  it.each([
    ['PORT', 'abc', 'PORT moet een geheel getal zijn'],
    ['PORT', '70000', 'PORT moet tussen 0 en 65535 liggen'],
    ['NODE_ENV', 'staging', 'NODE_ENV moet een van'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL moet een van'],
    ['UPLOAD_MAX_BYTES', '-1', 'UPLOAD_MAX_BYTES moet een geheel getal zijn'],
    ['STALE_SOP_YEARS', '1.5', 'STALE_SOP_YEARS moet een geheel getal zijn'],
    ['DATABASE_URL', 'mysql://x@y/z', 'DATABASE_URL moet met postgres:// beginnen'],
    ['DATABASE_URL', 'not a url', 'DATABASE_URL is geen geldige URL'],
  ])('rejects %s=%s with a line naming the variable', (name, value, message) => {
    let error: unknown;
    try {
      AppConfig.fromEnv({ [name]: value }, '/repo');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(name);
    expect((error as ConfigError).message).toContain(message);
  });
});
