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
      nodeEnv: 'production',
      demo: false,
      uploadMaxBytes: 20 * 1024 * 1024,
      logLevel: 'log',
      staleSopYears: 2,
      staffToken: null,
      jobToken: null,
    });
  });

  it('is production unless development is asked for explicitly', () => {
    expect(AppConfig.fromEnv({ NODE_ENV: '' }, '/repo')).toMatchObject({
      nodeEnv: 'production',
      isProduction: true,
      isDevelopment: false,
    });
    expect(AppConfig.fromEnv({ NODE_ENV: 'development' }, '/repo').isDevelopment).toBe(true);
  });

  it('loads demo data only when SOP_ATLAS_DEMO asks for it', () => {
    const url = 'postgres://u@db:5432/atlas';
    expect(AppConfig.fromEnv({ DATABASE_URL: url }, '/repo').demo).toBe(false);
    expect(AppConfig.fromEnv({}, '/repo').demo).toBe(false);
    expect(AppConfig.fromEnv({ SOP_ATLAS_DEMO: '1', DATABASE_URL: url }, '/repo').demo).toBe(true);
    expect(AppConfig.fromEnv({ SOP_ATLAS_DEMO: '0' }, '/repo').demo).toBe(false);
    // what `npm start` sets: the embedded database of a newcomer gets the demo, a real server does not
    expect(AppConfig.fromEnv({ SOP_ATLAS_DEMO: 'embedded' }, '/repo').demo).toBe(true);
    expect(AppConfig.fromEnv({ SOP_ATLAS_DEMO: 'embedded', DATABASE_URL: url }, '/repo').demo).toBe(false);
    expect(() => AppConfig.fromEnv({ SOP_ATLAS_DEMO: 'ja' }, '/repo')).toThrow(
      "Ongeldige configuratie: SOP_ATLAS_DEMO moet een van 0, 1, embedded zijn, niet 'ja'",
    );
  });

  it('takes a staff token of at least 16 characters and refuses a short one', () => {
    expect(AppConfig.fromEnv({ STAFF_TOKEN: 'x'.repeat(16) }, '/repo').staffToken).toBe('x'.repeat(16));
    expect(() => AppConfig.fromEnv({ STAFF_TOKEN: 'kort' }, '/repo')).toThrow(
      'Ongeldige configuratie: STAFF_TOKEN moet minstens 16 tekens lang zijn',
    );
  });

  it('takes a job token of at least 32 characters and refuses a shorter one', () => {
    expect(AppConfig.fromEnv({ JOB_TOKEN: 'x'.repeat(32) }, '/repo').jobToken).toBe('x'.repeat(32));
    expect(() => AppConfig.fromEnv({ JOB_TOKEN: 'x'.repeat(31) }, '/repo')).toThrow(
      'Ongeldige configuratie: JOB_TOKEN moet minstens 32 tekens lang zijn',
    );
  });

  it('reads every variable', () => {
    const config = AppConfig.fromEnv(
      {
        DATABASE_URL: 'postgres://u@db:5432/atlas',
        DATA_DIR: '/tmp/x',
        SOP_ATLAS_EMBEDDED_ENGINE: 'postgres',
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
    ['SOP_ATLAS_EMBEDDED_ENGINE', 'pglite', "SOP_ATLAS_EMBEDDED_ENGINE 'pglite' bestaat niet meer"],
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

  describe('OpenID Connect (all or nothing)', () => {
    const ENTRA = {
      OIDC_ISSUER: 'https://login.microsoftonline.com/tenant-id/v2.0',
      OIDC_CLIENT_ID: 'client-id',
      OIDC_CLIENT_SECRET: 'geheim',
    };

    it('is off without any OIDC variable', () => {
      expect(AppConfig.fromEnv({}, '/repo').oidc).toBeNull();
    });

    it('reads the provider with the default callback on this port and the default label', () => {
      expect(AppConfig.fromEnv({ ...ENTRA, PORT: '8080' }, '/repo').oidc).toEqual({
        issuer: 'https://login.microsoftonline.com/tenant-id/v2.0',
        clientId: 'client-id',
        clientSecret: 'geheim',
        redirectUrl: 'http://localhost:8080/api/auth/oidc/callback',
        label: 'Inloggen met Microsoft',
      });
      const custom = AppConfig.fromEnv(
        {
          ...ENTRA,
          OIDC_REDIRECT_URL: 'https://atlas.example.nl/api/auth/oidc/callback',
          OIDC_LABEL: 'Inloggen met SSO',
        },
        '/repo',
      ).oidc;
      expect(custom).toMatchObject({
        redirectUrl: 'https://atlas.example.nl/api/auth/oidc/callback',
        label: 'Inloggen met SSO',
      });
    });

    it.each([
      [{ OIDC_ISSUER: ENTRA.OIDC_ISSUER, OIDC_CLIENT_ID: 'c' }, 'OIDC_CLIENT_SECRET', 'ontbreekt'],
      [{ OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' }, 'OIDC_ISSUER', 'ontbreekt'],
      [{ OIDC_ISSUER: ENTRA.OIDC_ISSUER, OIDC_CLIENT_SECRET: 's' }, 'OIDC_CLIENT_ID', 'ontbreekt'],
      [{ OIDC_LABEL: 'Inloggen' }, 'OIDC_LABEL', 'OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET ontbreken'],
      [{ ...ENTRA, OIDC_ISSUER: 'http://login.example.nl/' }, 'OIDC_ISSUER', 'moet met https:// beginnen'],
      [{ ...ENTRA, OIDC_ISSUER: 'geen url' }, 'OIDC_ISSUER', 'is geen geldige URL'],
      [{ ...ENTRA, OIDC_REDIRECT_URL: 'https://a.nl/cb?x=1' }, 'OIDC_REDIRECT_URL', 'mag geen ? of #'],
    ])('refuses %j naming %s', (env, variable, message) => {
      let error: unknown;
      try {
        AppConfig.fromEnv(env, '/repo');
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as ConfigError).message).toContain(message);
    });

    it('allows http only for a provider on this machine (tests, local development)', () => {
      const oidc = AppConfig.fromEnv({ ...ENTRA, OIDC_ISSUER: 'http://127.0.0.1:4000/' }, '/repo').oidc;
      expect(oidc?.issuer).toBe('http://127.0.0.1:4000');
    });
  });

  it.each([
    [undefined, false],
    ['false', false],
    ['1', 1],
    ['loopback', ['loopback']],
    ['10.0.0.1, 192.168.0.0/16,::1', ['10.0.0.1', '192.168.0.0/16', '::1']],
  ])('TRUST_PROXY=%s → %j', (raw, expected) => {
    expect(AppConfig.fromEnv(raw === undefined ? {} : { TRUST_PROXY: raw }, '/repo').trustProxy).toEqual(
      expected,
    );
  });

  it.each(['true', 'proxy.example.nl', '10.0.0.1/33', '11'])('refuses TRUST_PROXY=%s', (raw) => {
    expect(() => AppConfig.fromEnv({ TRUST_PROXY: raw }, '/repo')).toThrow(
      /Ongeldige configuratie: TRUST_PROXY moet/,
    );
  });
});
