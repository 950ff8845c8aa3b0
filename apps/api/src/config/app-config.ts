/**
 * The one place that reads `process.env`. Every variable is parsed and checked at boot; an invalid value becomes
 * a `ConfigError` naming the variable, which the entry points print as one line before exiting with code 1.
 */
import net from 'node:net';
import path from 'node:path';
import { StartupError } from '../common/errors/startup-error';

export type NodeEnv = 'development' | 'production' | 'test';
export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Express `trust proxy`: off, a hop count, or names/addresses/CIDR ranges of trusted proxies. */
export type TrustProxy = false | number | string[];

/** Express's names for address ranges (`trust proxy`). */
const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'] as const;

/** An OpenID Connect provider (e.g. Microsoft Entra ID) as a second way to sign in. */
export interface OidcSettings {
  /** Issuer URL; its `/.well-known/openid-configuration` is discovered. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The callback registered at the provider (`…/api/auth/oidc/callback`). */
  readonly redirectUrl: string;
  /** Text of the login button. */
  readonly label: string;
}

/** Variables that configure OpenID Connect login: all or none. */
export const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;
export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';

export class ConfigError extends StartupError {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Ongeldige configuratie: ${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

export class AppConfig {
  /** PostgreSQL connection string; null = the embedded database in `dataDir`. */
  readonly databaseUrl: string | null;
  /**
   * The owner's connection string (migrations, demo seed, the CLI); null = `databaseUrl` (a local set-up where one
   * role owns the schema). The running app itself always works as the role `sop_atlas_app`.
   */
  readonly databaseOwnerUrl: string | null;
  /** Absolute path of the embedded database's folder. */
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly nodeEnv: NodeEnv;
  readonly uploadMaxBytes: number;
  readonly logLevel: LogLevel;
  /** An SOP older than this many school years counts as stale. */
  readonly staleSopYears: number;
  /**
   * Service credential for scripts (people use accounts): a request with `Authorization: Bearer <STAFF_TOKEN>` acts
   * as SWV staff and admin. null = no service credential.
   */
  readonly staffToken: string | null;
  /**
   * Worker key of batch jobs (ADR 0011): the secret half of a job's credential, held by the app processes only; the
   * owner stores its hash (`syncSecuritySettings`). Needed where the app logs in as a runtime role that may not
   * register a key of its own (no owner URL); null = each process registers a random key when it may.
   */
  readonly jobToken: string | null;
  /** Largest number of PDF pages an SOP import reads. */
  readonly importMaxPages: number;
  /** Deadline of one document's parse, in milliseconds. */
  readonly importTimeoutMs: number;
  /** PC4 → werkgebied table (CSV); null = the table shipped with region-data. */
  readonly werkgebiedTable: string | null;
  /** Geocoder: `pdok` (PDOK Locatieserver, falling back to `local` when unreachable) or `local` (offline). */
  readonly geocoder: 'pdok' | 'local';
  /** Base URL of PDOK Locatieserver v3.1 (ends with `/`). */
  readonly pdokLocatieserverUrl: string;
  /** Deadline of one geocoder request, in milliseconds. */
  readonly geocoderTimeoutMs: number;
  /** OpenID Connect login; null = off (its routes answer 404). */
  readonly oidc: OidcSettings | null;
  /** Express `trust proxy` (so the per-address login limit sees the client behind a reverse proxy). */
  readonly trustProxy: TrustProxy;
  /**
   * Load the fictional demo region and its demo accounts (public passwords) into an empty database:
   * `SOP_ATLAS_DEMO=1`, or `embedded` (what `npm start` sets when unset) for the embedded database only.
   * Default off: a production database starts empty.
   */
  readonly demo: boolean;
  /** Bearer token that `/metrics` (Prometheus) requires; null = `/metrics` is off (404). */
  readonly metricsToken: string | null;
  /** Uploads (`/api/uploads/*`) one caller may have in progress at once (per API process); beyond: 429. */
  readonly uploadConcurrencyPerUser: number;
  /** Uploads in progress at once in one API process, all callers together; beyond: 429. */
  readonly uploadConcurrency: number;
  /**
   * Background jobs (pg-boss on the same database) this process works on at once per queue; 0 = this process only
   * queues jobs and other replicas run them.
   */
  readonly jobWorkers: number;
  /** Seconds a job may stay active before it counts as crashed (a killed replica) and is retried elsewhere. */
  readonly jobExpireSeconds: number;
  /** How often (seconds) the queue's maintenance looks for crashed jobs to retry. */
  readonly jobMaintenanceSeconds: number;
  /** How often (seconds) an idle worker asks the queue for work. */
  readonly jobPollSeconds: number;
  /**
   * Run pending migrations at start (under a PostgreSQL advisory lock, so replicas starting together migrate once).
   * Off where a one-off migration service runs first (`docker compose`): `MIGRATE_ON_START=0`.
   */
  readonly migrateOnStart: boolean;
  /** Bytes of one batch upload in all (its files, ZIPs unpacked), kept in PostgreSQL until read; beyond: 413. */
  readonly batchMaxBytes: number;

  constructor(values: Omit<AppConfig, 'isDevelopment' | 'isProduction'>) {
    this.databaseUrl = values.databaseUrl;
    this.databaseOwnerUrl = values.databaseOwnerUrl;
    this.dataDir = values.dataDir;
    this.port = values.port;
    this.host = values.host;
    this.nodeEnv = values.nodeEnv;
    this.uploadMaxBytes = values.uploadMaxBytes;
    this.logLevel = values.logLevel;
    this.staleSopYears = values.staleSopYears;
    this.staffToken = values.staffToken;
    this.jobToken = values.jobToken;
    this.importMaxPages = values.importMaxPages;
    this.importTimeoutMs = values.importTimeoutMs;
    this.werkgebiedTable = values.werkgebiedTable;
    this.geocoder = values.geocoder;
    this.pdokLocatieserverUrl = values.pdokLocatieserverUrl;
    this.geocoderTimeoutMs = values.geocoderTimeoutMs;
    this.oidc = values.oidc;
    this.trustProxy = values.trustProxy;
    this.demo = values.demo;
    this.metricsToken = values.metricsToken;
    this.uploadConcurrencyPerUser = values.uploadConcurrencyPerUser;
    this.uploadConcurrency = values.uploadConcurrency;
    this.jobWorkers = values.jobWorkers;
    this.jobExpireSeconds = values.jobExpireSeconds;
    this.jobMaintenanceSeconds = values.jobMaintenanceSeconds;
    this.jobPollSeconds = values.jobPollSeconds;
    this.migrateOnStart = values.migrateOnStart;
    this.batchMaxBytes = values.batchMaxBytes;
  }

  get isDevelopment(): boolean {
    return this.nodeEnv === 'development';
  }

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }

  /** Parses an environment (normally `process.env`); `cwd` anchors a relative DATA_DIR. */
  static fromEnv(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
    refuseRemovedEngine(env);
    const port = parseInteger(env, 'PORT', 3000, 0, 65535);
    return new AppConfig({
      databaseUrl: parseDatabaseUrl(env, 'DATABASE_URL'),
      databaseOwnerUrl: parseOwnerUrl(env),
      dataDir: path.resolve(cwd, nonEmpty(env, 'DATA_DIR') ?? './.data'),
      port,
      host: nonEmpty(env, 'HOST') ?? '0.0.0.0',
      // production unless development (or test) is asked for explicitly (`npm run dev`)
      nodeEnv: parseChoice(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'production'),
      uploadMaxBytes: parseInteger(env, 'UPLOAD_MAX_BYTES', 20 * 1024 * 1024, 1, 1024 * 1024 * 1024),
      logLevel: parseChoice(env, 'LOG_LEVEL', LOG_LEVELS, 'log'),
      staleSopYears: parseInteger(env, 'STALE_SOP_YEARS', 2, 0, 50),
      staffToken: parseSecret(env, 'STAFF_TOKEN', 16),
      jobToken: parseSecret(env, 'JOB_TOKEN', 32),
      importMaxPages: parseInteger(env, 'IMPORT_MAX_PAGES', 60, 1, 10_000),
      importTimeoutMs: parseInteger(env, 'IMPORT_TIMEOUT_MS', 15_000, 100, 600_000),
      werkgebiedTable: ((raw) => (raw === undefined ? null : path.resolve(cwd, raw)))(
        nonEmpty(env, 'WERKGEBIED_TABLE'),
      ),
      geocoder: parseChoice(
        env,
        'GEOCODER',
        ['pdok', 'local'] as const,
        env['NODE_ENV']?.trim() === 'test' ? 'local' : 'pdok',
      ),
      pdokLocatieserverUrl: parseHttpUrl(
        env,
        'PDOK_LOCATIESERVER_URL',
        'https://api.pdok.nl/bzk/locatieserver/search/v3_1/',
      ),
      geocoderTimeoutMs: parseInteger(env, 'GEOCODER_TIMEOUT_MS', 5_000, 100, 120_000),
      oidc: parseOidc(env, port),
      trustProxy: parseTrustProxy(env),
      demo: parseDemo(env),
      metricsToken: parseSecret(env, 'METRICS_TOKEN', 16),
      uploadConcurrencyPerUser: parseInteger(env, 'UPLOAD_CONCURRENCY_PER_USER', 2, 1, 100),
      uploadConcurrency: parseInteger(env, 'UPLOAD_CONCURRENCY', 4, 1, 1000),
      jobWorkers: parseInteger(env, 'JOB_WORKERS', 1, 0, 16),
      jobExpireSeconds: parseInteger(env, 'JOB_EXPIRE_SECONDS', 600, 2, 86_400),
      jobMaintenanceSeconds: parseInteger(env, 'JOB_MAINTENANCE_SECONDS', 60, 1, 3600),
      jobPollSeconds: parseInteger(env, 'JOB_POLL_SECONDS', 2, 1, 60),
      migrateOnStart: parseChoice(env, 'MIGRATE_ON_START', ['0', '1'] as const, '1') === '1',
      batchMaxBytes: parseInteger(env, 'BATCH_MAX_BYTES', 300 * 1024 * 1024, 1024, 4 * 1024 * 1024 * 1024),
    });
  }
}

function parseHttpUrl(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = nonEmpty(env, name) ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is geen geldige URL: '${raw}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(name, `moet met http:// of https:// beginnen, niet ${url.protocol}//`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function parseOidc(env: NodeJS.ProcessEnv, port: number): OidcSettings | null {
  const given = OIDC_VARIABLES.filter((name) => nonEmpty(env, name) !== undefined);
  const optional = ['OIDC_REDIRECT_URL', 'OIDC_LABEL'].filter((name) => nonEmpty(env, name) !== undefined);
  if (given.length === 0) {
    const stray = optional[0];
    if (stray !== undefined)
      throw new ConfigError(stray, `is gezet, maar ${OIDC_VARIABLES.join(', ')} ontbreken`);
    return null;
  }
  const missing = OIDC_VARIABLES.find((name) => !given.includes(name));
  if (missing !== undefined) {
    throw new ConfigError(
      missing,
      `ontbreekt: OpenID Connect-aanmelding heeft ${OIDC_VARIABLES.join(', ')} allemaal nodig (of geen)`,
    );
  }
  const issuer = parseOidcUrl(env, 'OIDC_ISSUER', null);
  return {
    issuer: issuer.replace(/\/$/, ''),
    clientId: nonEmpty(env, 'OIDC_CLIENT_ID') ?? '',
    clientSecret: nonEmpty(env, 'OIDC_CLIENT_SECRET') ?? '',
    redirectUrl: parseOidcUrl(env, 'OIDC_REDIRECT_URL', `http://localhost:${port}${OIDC_CALLBACK_PATH}`),
    label: nonEmpty(env, 'OIDC_LABEL') ?? 'Inloggen met Microsoft',
  };
}

/** https, or http on this machine only (local development, tests). */
function parseOidcUrl(env: NodeJS.ProcessEnv, name: string, fallback: string | null): string {
  const raw = nonEmpty(env, name) ?? fallback;
  if (raw === null) throw new ConfigError(name, 'ontbreekt');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is geen geldige URL: '${raw}'`);
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new ConfigError(name, `moet met https:// beginnen (http:// alleen voor localhost), niet '${raw}'`);
  }
  if (url.search !== '' || url.hash !== '') throw new ConfigError(name, 'mag geen ? of # bevatten');
  return url.href;
}

function parseTrustProxy(env: NodeJS.ProcessEnv): TrustProxy {
  const raw = nonEmpty(env, 'TRUST_PROXY');
  if (raw === undefined || raw === 'false' || raw === '0') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 10) throw new ConfigError('TRUST_PROXY', `moet hoogstens 10 (proxy's) zijn, niet ${hops}`);
    return hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    if ((TRUST_PROXY_NAMES as readonly string[]).includes(entry)) continue;
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = net.isIP(address);
    const prefixOk =
      prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (family === 0 || !prefixOk || rest.length > 0) {
      throw new ConfigError(
        'TRUST_PROXY',
        `moet false, een aantal proxy's, of een lijst van ${TRUST_PROXY_NAMES.join('/')}, IP-adressen en ` +
          `CIDR-reeksen zijn, niet '${entry}'`,
      );
    }
  }
  return entries;
}

function parseDemo(env: NodeJS.ProcessEnv): boolean {
  const choice = parseChoice(env, 'SOP_ATLAS_DEMO', ['0', '1', 'embedded'] as const, '0');
  if (choice === 'embedded') return nonEmpty(env, 'DATABASE_URL') === undefined;
  return choice === '1';
}

function nonEmpty(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parseInteger(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `moet een geheel getal zijn, niet '${raw}'`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `moet tussen ${min} en ${max} liggen, niet ${value}`);
  return value;
}

/**
 * `SOP_ATLAS_EMBEDDED_ENGINE` chose between PostgreSQL and PGlite until PGlite was removed (ADR 0003): `postgres`
 * is still accepted (it is the only engine); anything else stops the start instead of being silently ignored.
 */
function refuseRemovedEngine(env: NodeJS.ProcessEnv): void {
  const raw = nonEmpty(env, 'SOP_ATLAS_EMBEDDED_ENGINE');
  if (raw === undefined || raw === 'postgres') return;
  throw new ConfigError(
    'SOP_ATLAS_EMBEDDED_ENGINE',
    `'${raw}' bestaat niet meer: de ingebouwde database is altijd PostgreSQL (docs/adr/0003-embedded-engine.md); ` +
      'haal de variabele weg',
  );
}

function parseChoice<T extends string>(
  env: NodeJS.ProcessEnv,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return fallback;
  const found = choices.find((choice) => choice === raw);
  if (found === undefined)
    throw new ConfigError(name, `moet een van ${choices.join(', ')} zijn, niet '${raw}'`);
  return found;
}

function parseSecret(env: NodeJS.ProcessEnv, name: string, minLength: number): string | null {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return null;
  if (raw.length < minLength) throw new ConfigError(name, `moet minstens ${minLength} tekens lang zijn`);
  return raw;
}

function parseDatabaseUrl(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = nonEmpty(env, name);
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is geen geldige URL (verwacht postgres://gebruiker@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(name, `moet met postgres:// beginnen, niet ${url.protocol}//`);
  }
  if (url.hostname === '') throw new ConfigError(name, 'mist een host');
  return raw;
}

function parseOwnerUrl(env: NodeJS.ProcessEnv): string | null {
  const owner = parseDatabaseUrl(env, 'DATABASE_OWNER_URL');
  if (owner !== null && nonEmpty(env, 'DATABASE_URL') === undefined) {
    throw new ConfigError(
      'DATABASE_OWNER_URL',
      'is gezet zonder DATABASE_URL (de ingebouwde database heeft er geen nodig)',
    );
  }
  return owner;
}
