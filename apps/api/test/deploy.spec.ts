import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { COMMANDS } from '../src/cli/commands';
import { AppConfig } from '../src/config/app-config';

/**
 * The deployment files (no Docker engine here, so this reads them instead of running them): docker-compose.yml,
 * the Dockerfile's targets and the nginx configuration must fit together.
 */
const ROOT = path.resolve(__dirname, '..', '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Service {
  build?: { context: string; target: string };
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
}

/** What docker compose does with `${NAME}`, `${NAME:-default}` and `${NAME:?error}` in a value. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    const given = env[name];
    if (given !== undefined && given !== '') return given;
    if (kind === '?') throw new Error(`${name}: ${rest ?? ''}`);
    return kind === '-' ? (rest ?? '') : '';
  });
}

function environmentOf(service: Service | undefined, env: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service?.environment ?? {}).map(([name, value]) => [name, interpolate(value, env)]),
  );
}

/** The operator's `.env` next to docker-compose.yml. */
const DOT_ENV = { JOB_TOKEN: 'j'.repeat(64) };

describe('docker compose: migration once, two app replicas behind nginx', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
  const services = compose.services;

  it('has the database, a one-off migration, two replicas and the proxy', () => {
    expect(Object.keys(services).sort()).toEqual(['app-1', 'app-2', 'db', 'migrate', 'proxy']);
  });

  it('runs migrate and db-roles as the owner before the replicas, which do not migrate themselves', () => {
    const migrate = services['migrate'];
    const script = migrate?.command?.join(' ') ?? '';
    expect(script).toMatch(/^sh -c node tools\/sop-cli\.js migrate && /);
    expect(script).toContain('| node tools/sop-cli.js db-roles --password-stdin');
    expect(COMMANDS.map((c) => c.name)).toEqual(expect.arrayContaining(['migrate', 'db-roles']));
    expect(migrate?.depends_on?.['db']?.condition).toBe('service_healthy');
    for (const name of ['app-1', 'app-2']) {
      const app = services[name];
      expect(app?.depends_on?.['migrate']?.condition).toBe('service_completed_successfully');
      expect(app?.ports).toBeUndefined();
      const config = AppConfig.fromEnv(environmentOf(app, DOT_ENV), '/app');
      expect(config).toMatchObject({
        migrateOnStart: false,
        isProduction: true,
        trustProxy: ['uniquelocal'],
      });
    }
  });

  it('the replicas log in as the runtime role made by db-roles, never with the owner URL', () => {
    const owner = AppConfig.fromEnv(environmentOf(services['migrate'], DOT_ENV), '/app');
    const ownerUrl = new URL(owner.databaseUrl ?? '');
    const webPassword = environmentOf(services['migrate'], DOT_ENV)['SOP_ATLAS_WEB_PASSWORD'] ?? '';
    expect(webPassword.length).toBeGreaterThanOrEqual(16); // what db-roles asks
    for (const name of ['app-1', 'app-2']) {
      const config = AppConfig.fromEnv(environmentOf(services[name], DOT_ENV), '/app');
      expect(config.databaseOwnerUrl).toBeNull();
      const url = new URL(config.databaseUrl ?? '');
      expect(url.username).toBe('sop_atlas_web'); // db-roles' default login
      expect(url.username).not.toBe(ownerUrl.username);
      expect(decodeURIComponent(url.password)).toBe(webPassword);
      expect([url.host, url.pathname]).toEqual([ownerUrl.host, ownerUrl.pathname]);
    }
  });

  it('sets JOB_TOKEN for migrate (writes its hash) and the replicas (use it), from .env, with no default', () => {
    for (const name of ['migrate', 'app-1', 'app-2']) {
      expect(AppConfig.fromEnv(environmentOf(services[name], DOT_ENV), '/app').jobToken).toBe(
        DOT_ENV.JOB_TOKEN,
      );
      // without it in .env, docker compose stops with the reason instead of starting without batch uploads
      expect(() => environmentOf(services[name], {})).toThrow(/JOB_TOKEN: zet JOB_TOKEN/);
    }
    for (const name of ['db', 'proxy']) expect(services[name]?.environment?.['JOB_TOKEN']).toBeUndefined();
  });

  it('builds the apps and the proxy from targets of the Dockerfile, the proxy publishing the one port', () => {
    const dockerfile = read('Dockerfile');
    for (const name of ['migrate', 'app-1', 'app-2', 'proxy']) {
      const target = services[name]?.build?.target ?? '';
      expect(dockerfile).toMatch(new RegExp(`^FROM \\S+ AS ${target}$`, 'm'));
    }
    expect(services['proxy']?.build?.target).toBe('web');
    expect(services['proxy']?.ports).toEqual(['3000:80']);
    expect(Object.keys(services['proxy']?.depends_on ?? {}).sort()).toEqual(['app-1', 'app-2']);
  });

  it('nginx balances over exactly the replicas and caches the hashed assets for a year', () => {
    const nginx = read('deploy/nginx.conf');
    const upstream = [...nginx.matchAll(/^\s*server (\S+):3000\b/gm)].map((m) => m[1]);
    expect(upstream).toEqual(['app-1', 'app-2']);
    const assets = /location \/assets\/ \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    expect(assets).toContain('Cache-Control "public, max-age=31536000, immutable"');
    expect(nginx).toMatch(/location = \/metrics \{\s*return 404;/);
    expect(read('Dockerfile')).toContain('COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf');
  });
});
