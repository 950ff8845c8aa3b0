/**
 * Load phase of `npm run bench`: the app started the way `npm start` runs it (`node apps/api/dist/main.js`,
 * production, demo region on a new database) on each engine asked for, then `autocannon` with a mixed workload of
 * the dashboard's real operations in the proportions a visit makes them (see `buildVisit`), at each concurrency,
 * plus the two pages everyone opens (region overview, search) alone. Start times, RSS of the app and of the
 * processes it started (an embedded server), at start and end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { Kind, OperationTypeNode } from 'graphql';
import { Client } from 'pg';
import { schoolYearOf } from '@sop-atlas/sop-model';
import { operationOf, VERSIONED_QUERY_FIELDS } from '../aggregate-cache/graphql-etag';
import { CSRF_HEADER } from '../common/auth/identity';
import { type DashboardDocuments } from './dashboard-operations';
import { type TreeMemory, treeMemory } from './process-memory';
import { percentile } from './stats';

/**
 * `embedded` (what `npm start` runs without DATABASE_URL: its own PostgreSQL server from npm) or `server` (a new
 * database on the machine's PostgreSQL, as `DATABASE_URL`). The one-time comparison with PGlite, removed since, is
 * in the committed `bench/results/full.md` (engines `embedded:pglite` and `embedded:postgres`).
 */
export type EngineName = 'embedded' | 'server';
export const ENGINES: readonly EngineName[] = ['embedded', 'server'];

export function parseEngines(text: string): EngineName[] {
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  for (const name of names) {
    if (!(ENGINES as readonly string[]).includes(name)) {
      throw new Error(`--engines: onbekende engine "${name}" (kies uit ${ENGINES.join(', ')})`);
    }
  }
  return names as EngineName[];
}

export interface LoadOptions {
  /** apps/api/dist/main.js */
  mainJs: string;
  port: number;
  /** The machine's PostgreSQL, for `server` (a fresh database is created and dropped). */
  serverUrl: string;
  connections: readonly number[];
  mixSeconds: number;
  /** Seconds of the region overview and search alone at the first concurrency; 0 = not run. */
  singleSeconds: number;
  /** Start the app a second time on the same data (warm start). */
  warmStart: boolean;
  log: (line: string) => void;
}

/** One request of a visit: a dashboard operation with the variables the dashboard would send. */
export interface VisitRequest {
  operation: string;
  /** The POST body (JSON: operationName, query, variables), used to check the answers. */
  body: string;
  /** How the dashboard's client sends it: a public read as GET (this path), everything else as POST. */
  get: string | null;
}

/** The dashboard's limit for a GET URL (apps/dashboard/src/graphql/client.ts `MAX_GET_URL`). */
const DASHBOARD_MAX_GET_URL = 6000;

/**
 * The first root field of the document's one query (its name, not an alias), read by graphql's parser as the API
 * reads it (graphql-etag.ts): comments, fragments before the operation and braces in default values do not
 * mislead it. Null for a mutation or subscription, a document with several operations or none, a root fragment
 * spread, or text that does not parse.
 */
function firstRootField(query: string): string | null {
  const operation = operationOf(query, null);
  if (operation?.operation !== OperationTypeNode.QUERY) return null;
  const [first] = operation.selectionSet.selections;
  return first?.kind === Kind.FIELD ? first.name.value : null;
}

/**
 * The request the dashboard's client makes for `query`: a public read (first root field in the API's
 * VERSIONED_QUERY_FIELDS, as the client's GET_QUERY_FIELDS) goes as GET with query and variables in the URL and the
 * CSRF header; longer URLs and other operations as POST. The GET path is what browsers revalidate with the ETag
 * and what the API keeps answers for, so the load phase measures what visitors cost.
 */
export function dashboardGetPath(query: string, variables: Record<string, unknown>): string | null {
  const field = firstRootField(query);
  if (field === null || !VERSIONED_QUERY_FIELDS.has(field)) return null;
  const params = new URLSearchParams({ query });
  if (Object.keys(variables).length > 0) params.set('variables', JSON.stringify(variables));
  const path = `/graphql?${params.toString()}`;
  return path.length <= DASHBOARD_MAX_GET_URL ? path : null;
}

export interface OperationLatency {
  operation: string;
  requests: number;
  p50: number;
  p99: number;
}

export interface LoadRun {
  name: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Answers with GraphQL `errors` when every distinct request of the run was asked again after it. */
  graphqlErrors: number;
  /** Those checks that got no answer within 120 s (overload, not a fault), and the first error seen. */
  checksUnanswered: number;
  firstGraphqlError: string | null;
  perOperation: OperationLatency[];
}

export interface EngineResult {
  engine: EngineName;
  /** What the app logged as its database, e.g. "ingebouwde database (PGlite) in …". */
  database: string;
  skipped: string | null;
  coldStartSeconds: number | null;
  warmStartSeconds: number | null;
  memoryAtStart: TreeMemory | null;
  memoryAtEnd: TreeMemory | null;
  /** Largest total (app + children RSS) seen while loaded, sampled every second. */
  peakTotalRssMb: number | null;
  visit: { operation: string; count: number }[];
  runs: LoadRun[];
}

const LOAD_DATABASE = 'sop_atlas_bench_load';

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The app as `npm start` runs it, with its log in a file (reading it here would cost the load generator CPU). */
class AppProcess {
  private constructor(
    readonly child: ChildProcess,
    readonly url: string,
    private readonly logFile: string,
  ) {}

  static async start(
    mainJs: string,
    port: number,
    env: Record<string, string>,
    logFile: string,
  ): Promise<{ app: AppProcess; seconds: number }> {
    const base: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) {
      // the bench's own settings must not leak into the app
      if (v !== undefined && !/^(DATABASE_URL|DATA_DIR|PORT|HOST|SOP_ATLAS_|NODE_ENV|LOG_LEVEL)/.test(k))
        base[k] = v;
    }
    const fd = openSync(logFile, 'a');
    const started = performance.now();
    const child = spawn(process.execPath, [mainJs], {
      env: { ...base, PORT: String(port), HOST: '127.0.0.1', ...env },
      stdio: ['ignore', fd, fd],
    });
    closeSync(fd);
    const app = new AppProcess(child, `http://127.0.0.1:${port}`, logFile);
    const deadline = Date.now() + 300_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) {
        throw new Error(
          `de app stopte bij het starten (code ${child.exitCode}); log: ${logFile}\n${app.tail()}`,
        );
      }
      try {
        const response = await fetch(`${app.url}/health/ready`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return { app, seconds: (performance.now() - started) / 1000 };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await app.stop();
    throw new Error(`de app werd niet binnen 300 s gereed; log: ${logFile}`);
  }

  /** The database the app logged (`Database: …`). */
  database(): string {
    const m = /"msg":"Database: ([^"]*)"/.exec(readFileSync(this.logFile, 'utf8'));
    return m?.[1] ?? 'onbekend';
  }

  tail(): string {
    return readFileSync(this.logFile, 'utf8').split('\n').slice(-15).join('\n');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const killer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(killer);
  }
}

async function graphql(
  url: string,
  body: string,
): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    // after a run the server may still work off a queue of requests: wait for it rather than count an error
    signal: AbortSignal.timeout(120_000),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
}

interface Connection {
  edges: { node: { id: string; sops?: { schoolYear: string; status: string }[] } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * One anonymous visit, asked of the running app the way the dashboard asks it (apps/dashboard/src/features/*
 * /hooks), so the requests and their share are real:
 * - Regio-overzicht: `RegionOverview` of this school year (again for the newest year with SOPs when this one has
 *   none, like `useRegionOverviewQuery`), every page of `SchoolsPage` (100 per page) for its map and every page of
 *   `FundingScatter` (200 per page);
 * - Scholen zoeken: three searches (`FindSchools`, 200 per page, every page): near a postcode with a kind, an
 *   expertise, an expertise + facility;
 * - Schoolprofiel: three schools from the results, each `SchoolProfile` + `SchoolSop` of its newest and previous
 *   year;
 * - Vergelijken: three of them side by side: `SchoolSops` per school + `CompareSchools`.
 */
export async function buildVisit(url: string, docs: DashboardDocuments): Promise<VisitRequest[]> {
  const visit: VisitRequest[] = [];
  const ask = async (operation: keyof DashboardDocuments, variables: Record<string, unknown>) => {
    const body = JSON.stringify({ operationName: operation, query: docs[operation], variables });
    visit.push({ operation, body, get: dashboardGetPath(docs[operation], variables) });
    const answer = await graphql(url, body);
    if (answer.errors !== undefined || answer.data === undefined) {
      throw new Error(`${operation}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
    }
    return answer.data;
  };
  const allPages = async (
    operation: 'SchoolsPage' | 'FundingScatter' | 'FindSchools',
    field: string,
    variables: Record<string, unknown>,
  ) => {
    const nodes: Connection['edges'][number]['node'][] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const data = (await ask(operation, { ...variables, after }))[field] as Connection;
      nodes.push(...data.edges.map((e) => e.node));
      if (!data.pageInfo.hasNextPage || data.pageInfo.endCursor === null) break;
      after = data.pageInfo.endCursor;
    }
    return nodes;
  };

  const year = schoolYearOf(new Date());
  const overview = (await ask('RegionOverview', { schoolYear: year, werkgebied: null }))[
    'regionOverview'
  ] as {
    schoolsWithSop: number;
    trends: { points: { schoolYear: string; schools: number }[] }[];
  };
  if (overview.schoolsWithSop === 0) {
    const years = overview.trends.flatMap((t) =>
      t.points.filter((p) => p.schools > 0).map((p) => p.schoolYear),
    );
    const newest = [...new Set(years)].sort().reverse()[0];
    if (newest !== undefined && newest !== year)
      await ask('RegionOverview', { schoolYear: newest, werkgebied: null });
  }
  await allPages('SchoolsPage', 'schools', { first: 100 });
  await allPages('FundingScatter', 'schools', { first: 200 });

  const find = (filter: Record<string, unknown>, near: Record<string, unknown> | null, withItems: boolean) =>
    allPages('FindSchools', 'schools', { filter, near, sort: null, first: 200, withItems });
  await find({ kinds: ['BAO'] }, { postcode: '2524 CK', radiusKm: 3 }, false);
  await find({ expertise: { codes: ['autisme'], match: 'ANY', inTeamOnly: false } }, null, true);
  const found = await find(
    { expertise: { codes: ['taal-lezen-spraak'], match: 'ANY', inTeamOnly: false }, facilities: ['lift'] },
    null,
    true,
  );
  const withSops = found.filter((n) => (n.sops ?? []).some((s) => s.status === 'PUBLISHED'));
  const picked = (withSops.length >= 3 ? withSops : found).slice(0, 3).map((n) => n.id);
  if (picked.length < 3) throw new Error('de zoekopdrachten van het bezoek vonden minder dan 3 scholen');

  for (const id of picked) {
    const profile = (await ask('SchoolProfile', { id }))['school'] as { sops: { schoolYear: string }[] };
    const years = [...new Set(profile.sops.map((s) => s.schoolYear))].sort().reverse();
    const [current, previous] = years;
    await ask('SchoolSop', { schoolId: id, schoolYear: current ?? null });
    if (previous !== undefined) await ask('SchoolSop', { schoolId: id, schoolYear: previous });
  }
  for (const id of picked) await ask('SchoolSops', { id });
  await ask('CompareSchools', { ids: picked, schoolYear: null });
  return visit;
}

export function visitShares(visit: readonly VisitRequest[]): { operation: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const r of visit) counts.set(r.operation, (counts.get(r.operation) ?? 0) + 1);
  return [...counts].map(([operation, count]) => ({ operation, count }));
}

/**
 * Every distinct request of a run asked once more after it: answers with GraphQL `errors` are faults; a check that
 * gets no answer within 120 s (an overloaded machine still working off the run's queue) is counted apart, not as
 * a fault.
 */
async function checkAnswers(
  url: string,
  requests: readonly VisitRequest[],
): Promise<{ errors: number; unanswered: number; firstError: string | null }> {
  let errors = 0;
  let unanswered = 0;
  let firstError: string | null = null;
  for (const body of new Set(requests.map((r) => r.body))) {
    try {
      const answer = await graphql(url, body);
      if (answer.errors !== undefined) {
        errors += 1;
        firstError ??= JSON.stringify(answer.errors).slice(0, 300);
      }
    } catch {
      unanswered += 1;
    }
  }
  return { errors, unanswered, firstError };
}

async function cannon(
  name: string,
  url: string,
  requests: readonly VisitRequest[],
  connections: number,
  seconds: number,
): Promise<LoadRun> {
  const latencies = new Map<string, number[]>();
  type Context = { t0?: number };
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    // bounded: a request that takes 10 s counts as a timeout; 1,000 errors stop the run
    timeout: 10,
    bailout: 1000,
    // as a browser: it accepts compressed answers (the dashboard's client sets the rest per request)
    headers: { 'accept-encoding': 'gzip, deflate, br' },
    requests: requests.map((r) => ({
      ...(r.get === null
        ? {
            method: 'POST' as const,
            path: '/graphql',
            body: r.body,
            headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' },
          }
        : {
            method: 'GET' as const,
            path: r.get,
            headers: {
              accept: 'application/graphql-response+json, application/json',
              [CSRF_HEADER]: '1',
              'accept-encoding': 'gzip, deflate, br',
            },
          }),
      setupRequest: (request: autocannon.Request, context: object) => {
        (context as Context).t0 = performance.now();
        return request;
      },
      onResponse: (_status: number, _body: string, context: object) => {
        const t0 = (context as Context).t0;
        if (t0 === undefined) return;
        const list = latencies.get(r.operation) ?? [];
        list.push(performance.now() - t0);
        latencies.set(r.operation, list);
        (context as Context).t0 = undefined;
      },
    })),
  });
  const checked = await checkAnswers(url, requests);
  const perOperation = [...latencies].map(([operation, list]) => {
    list.sort((a, b) => a - b);
    return { operation, requests: list.length, p50: percentile(list, 0.5), p99: percentile(list, 0.99) };
  });
  return {
    name,
    connections,
    seconds,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors: checked.errors,
    checksUnanswered: checked.unanswered,
    firstGraphqlError: checked.firstError,
    perOperation,
  };
}

/**
 * The load phase measures the app, not the route to PDOK: this machine has none (the network is closed), so every
 * search near a place would first wait for PDOK's time-out. The local geocoder answers as PDOK's cache would after
 * its first answer (the query phase runs the same way).
 */
const LOAD_GEOCODER = { GEOCODER: 'local' } as const;

function engineEnv(engine: EngineName, dataDir: string, serverUrl: string): Record<string, string> {
  if (engine === 'server') {
    const url = new URL(serverUrl);
    url.pathname = `/${LOAD_DATABASE}`;
    // a production start on a server loads no demo unless asked: ask, so both engines serve the same data
    return { DATABASE_URL: url.toString(), SOP_ATLAS_DEMO: '1', ...LOAD_GEOCODER };
  }
  return { DATA_DIR: dataDir, SOP_ATLAS_DEMO: 'embedded', ...LOAD_GEOCODER };
}

function sampleMemory(pid: number, peak: { mb: number | null }): NodeJS.Timeout {
  return setInterval(() => {
    const m = treeMemory(pid);
    if (m) peak.mb = Math.max(peak.mb ?? 0, m.rssMb + m.childrenRssMb);
  }, 1000);
}

/** Starts the app on `engine`, loads it, stops it, starts it again (warm start) and stops it. */
export async function runEngine(
  engine: EngineName,
  docs: DashboardDocuments,
  options: LoadOptions,
): Promise<EngineResult> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-bench-'));
  // As root the embedded server runs as its own user, who must pass through this folder to its data.
  chmodSync(work, 0o711);
  const logFile = path.join(work, 'app.log');
  const env = engineEnv(engine, path.join(work, 'data'), options.serverUrl);
  const result: EngineResult = {
    engine,
    database: '',
    skipped: null,
    coldStartSeconds: null,
    warmStartSeconds: null,
    memoryAtStart: null,
    memoryAtEnd: null,
    peakTotalRssMb: null,
    visit: [],
    runs: [],
  };
  if (engine === 'server') {
    await adminQuery(options.serverUrl, `DROP DATABASE IF EXISTS ${LOAD_DATABASE} WITH (FORCE)`);
    await adminQuery(options.serverUrl, `CREATE DATABASE ${LOAD_DATABASE}`);
  }
  try {
    options.log(`${engine}: starting the app (new database, demo region)…`);
    const cold = await AppProcess.start(options.mainJs, options.port, env, logFile);
    const app = cold.app;
    result.coldStartSeconds = cold.seconds;
    result.database = app.database();
    options.log(`${engine}: ${result.database}, ready in ${cold.seconds.toFixed(1)} s`);
    const peak = { mb: null as number | null };
    const sampler = sampleMemory(app.child.pid ?? 0, peak);
    try {
      const visit = await buildVisit(app.url, docs);
      result.visit = visitShares(visit);
      const overview = visit.filter((r) => r.operation === 'RegionOverview').slice(-1);
      const search = visit.filter((r) => r.operation === 'FindSchools').slice(0, 1);
      // warm-up: one visit per connection of the smallest run, so no run measures first-time work
      await cannon('warm-up', app.url, visit, options.connections[0] ?? 20, Math.min(5, options.mixSeconds));
      result.memoryAtStart = treeMemory(app.child.pid ?? 0);
      for (const connections of options.connections) {
        options.log(`${engine}: mixed visit workload, c=${connections}, ${options.mixSeconds} s…`);
        const run = await cannon('mixed visit', app.url, visit, connections, options.mixSeconds);
        result.runs.push(run);
        options.log(`  ${formatRun(run)}`);
      }
      for (const [name, requests] of options.singleSeconds > 0
        ? ([
            ['region overview', overview],
            ['search', search],
          ] as const)
        : []) {
        const connections = options.connections[0] ?? 20;
        const run = await cannon(name, app.url, requests, connections, options.singleSeconds);
        result.runs.push(run);
        options.log(`  ${formatRun(run)}`);
      }
      result.memoryAtEnd = treeMemory(app.child.pid ?? 0);
    } finally {
      clearInterval(sampler);
      result.peakTotalRssMb = peak.mb;
      await app.stop();
    }
    if (options.warmStart) {
      const warm = await AppProcess.start(options.mainJs, options.port, env, logFile);
      result.warmStartSeconds = warm.seconds;
      await warm.app.stop();
      options.log(`${engine}: warm start ${warm.seconds.toFixed(1)} s`);
    }
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
    if (engine === 'server') {
      await adminQuery(options.serverUrl, `DROP DATABASE IF EXISTS ${LOAD_DATABASE} WITH (FORCE)`);
    }
  }
}

export function formatRun(r: LoadRun): string {
  return (
    `${`${r.name} c=${r.connections}`.padEnd(24)} ${r.requestsPerSecond.toFixed(0).padStart(6)} req/s` +
    `  p50 ${String(r.p50).padStart(5)} p99 ${String(r.p99).padStart(5)} ms  ${r.requests} requests` +
    `  non-2xx ${r.non2xx} errors ${r.errors} timeouts ${r.timeouts} GraphQL errors ${r.graphqlErrors}` +
    (r.checksUnanswered > 0 ? ` (${r.checksUnanswered} checks unanswered)` : '') +
    (r.firstGraphqlError !== null ? `\n    first GraphQL error: ${r.firstGraphqlError}` : '')
  );
}
