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

describe('docker compose: migration once, two app replicas behind nginx', () => {
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
  const services = compose.services;

  it('has the database, a one-off migration, two replicas and the proxy', () => {
    expect(Object.keys(services).sort()).toEqual(['app-1', 'app-2', 'db', 'migrate', 'proxy']);
  });

  it('runs the migrate CLI command before the replicas, which do not migrate themselves', () => {
    const migrate = services['migrate'];
    expect(migrate?.command?.slice(-1)).toEqual(['migrate']);
    expect(COMMANDS.map((c) => c.name)).toContain('migrate');
    expect(migrate?.depends_on?.['db']?.condition).toBe('service_healthy');
    for (const name of ['app-1', 'app-2']) {
      const app = services[name];
      expect(app?.depends_on?.['migrate']?.condition).toBe('service_completed_successfully');
      expect(app?.ports).toBeUndefined();
      const config = AppConfig.fromEnv(app?.environment ?? {}, '/app');
      expect(config).toMatchObject({
        migrateOnStart: false,
        isProduction: true,
        trustProxy: ['uniquelocal'],
      });
      expect(config.databaseUrl).toBe(migrate?.environment?.['DATABASE_URL']);
    }
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
