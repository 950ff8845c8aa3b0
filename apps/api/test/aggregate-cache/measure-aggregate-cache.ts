/**
 * `npm run bench:cache -w apps/api`: measures the aggregate cache (ADR 0002) on the machine's PostgreSQL — the first
 * computation of the region overview after a change (SPPOH and the national set) against the budgets 200 ms / 1 s,
 * and the cached overview at c=20 with autocannon (a kept GET answer, a 304 revalidation, a POST through the
 * resolver cache) against ≥ 1,000 req/s and p99 ≤ 50 ms. Prints a table on stderr and one JSON line on stdout.
 * Needs the API built (`npm run build -w apps/api`); the database (`--database-url`, default a
 * `sop_atlas_cache_measure` database on 127.0.0.1:5432) is created and loaded on the first run, reused later.
 *
 *   npm run bench:cache -w apps/api -- [--port 4150] [--duration 15] [--runs 10] [--database-url URL]
 */
import 'reflect-metadata';
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AggregateCache } from '../../src/aggregate-cache/aggregate-cache';
import { DataVersionService } from '../../src/aggregate-cache/data-version.service';
import { AppConfig } from '../../src/config/app-config';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { RegionOverviewService } from '../../src/region-overview/region-overview.service';
import { loadDemoRegion } from '../../src/demo/demo-loader';
import { loadNationalDataset, NATIONAL_SCHOOLS } from '../../src/national/national-loader';

const YEAR = '2023-2024';
const OVERVIEW = `query RegionOverview($schoolYear: String!, $allSchools: Boolean!) {
  regionOverview(schoolYear: $schoolYear, allSchools: $allSchools) {
    schools schoolsWithSop
    items { code region { share } werkgebieden { werkgebiedCode withItem share } gaps { werkgebiedCode } pupilsInGaps }
    funding { overall { median outliers { name value } } byKind { group median } bySize { group median } }
    dataHealth { withoutPublishedSop { count } staleSops { count } unresolvedWarnings { count } awaitingReview { count } }
    trends { code points { schoolYear share } } } }`;
const AUTOCANNON = require.resolve('autocannon/autocannon.js');

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1))] ?? NaN;
}

async function prepare(url: string): Promise<void> {
  const admin = new Client({ connectionString: new URL('/postgres', url).toString() });
  await admin.connect();
  const name = new URL(url).pathname.slice(1);
  const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 2 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const [counts] = await dataSource.query<{ sppoh: number; national: number }[]>(
      `SELECT count(*) FILTER (WHERE werkgebied_code IS NOT NULL)::int AS sppoh,
              count(*) FILTER (WHERE ${NATIONAL_SCHOOLS})::int AS national FROM school`,
    );
    if ((counts?.sppoh ?? 0) === 0) {
      process.stderr.write('Demoregio laden…\n');
      await dataSource.transaction((manager) => loadDemoRegion(manager));
    }
    if ((counts?.national ?? 0) < 6500) {
      process.stderr.write('Landelijke testset laden (6500 scholen × 4 jaar)…\n');
      await loadNationalDataset(dataSource, { seed: 1, schoolCount: 6500, swvCount: 75, schoolYears: 4 });
      await dataSource.query('ANALYZE');
    }
  } finally {
    await dataSource.destroy();
  }
}

async function startApi(url: string, port: number): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'main.js')], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 600; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/live`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
}

async function timed(base: string, allSchools: boolean): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: OVERVIEW, variables: { schoolYear: YEAR, allSchools } }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors !== undefined) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
}

interface Load {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, args: string[]): Promise<Load> {
  const { stdout } = await promisify(execFile)(process.execPath, [AUTOCANNON, '-j', ...args], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const result = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    non2xx: number;
  };
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function run(): Promise<void> {
  const url = option('database-url', 'postgres://postgres@127.0.0.1:5432/sop_atlas_cache_measure');
  const port = Number(option('port', '4150'));
  const duration = option('duration', '15');
  const runs = Number(option('runs', '10'));
  await prepare(url);
  const stop = await startApi(url, port);
  const base = `http://127.0.0.1:${port}`;
  const writer = new Client({ connectionString: url });
  await writer.connect();
  try {
    // the floor: the overview's five statements run directly (no HTTP, no GraphQL, no cache), same data, same run
    const floorSource = new DataSource(dataSourceOptions(url, { poolSize: 10 }));
    await floorSource.initialize();
    const service = new RegionOverviewService(
      floorSource,
      AppConfig.fromEnv({ DATABASE_URL: url }),
      new AggregateCache(new DataVersionService(floorSource)),
    );
    const first: Record<
      string,
      { p50: number; max: number; sqlP50: number; ratio: number; cachedP50: number; budgetMs: number }
    > = {};
    for (const [name, allSchools, budgetMs] of [
      ['SPPOH', false, 200],
      ['national', true, 1000],
    ] as const) {
      await timed(base, allSchools); // warm the plans and the connection pool
      const misses: number[] = [];
      const hits: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        // a change to a versioned table (no row touched): the next request computes anew
        await writer.query(`UPDATE funding_parameter SET note = note WHERE false`);
        misses.push(await timed(base, allSchools));
        hits.push(await timed(base, allSchools));
      }
      const sql: number[] = [];
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await service.compute({ schoolYear: YEAR, werkgebied: null, allSchools, minimumSchools: 1 });
        sql.push(performance.now() - started);
      }
      const p50 = percentile(misses, 0.5);
      const sqlP50 = percentile(sql, 0.5);
      first[name] = {
        p50,
        max: Math.max(...misses),
        sqlP50,
        ratio: p50 / sqlP50,
        cachedP50: percentile(hits, 0.5),
        budgetMs,
      };
    }

    const params = new URLSearchParams({
      query: OVERVIEW,
      variables: JSON.stringify({ schoolYear: YEAR, allSchools: false }),
    });
    const getUrl = `${base}/graphql?${params.toString()}`;
    const etag = (await fetch(getUrl, { headers: { 'x-sop-atlas-csrf': '1' } })).headers.get('etag') ?? '';
    const common = ['-c', '20', '-d', duration];
    await floorSource.destroy();
    const loads = [
      await load('floor: GET /health/live', [...common, `${base}/health/live`]),
      await load('GET, kept answer (200)', [...common, '-H', 'x-sop-atlas-csrf=1', getUrl]),
      await load('GET, If-None-Match (304)', [
        ...common,
        '-H',
        'x-sop-atlas-csrf=1',
        '-H',
        `if-none-match=${etag}`,
        getUrl,
      ]),
      await load('POST, resolver cache', [
        ...common,
        '-m',
        'POST',
        '-H',
        'content-type=application/json',
        '-b',
        JSON.stringify({ query: OVERVIEW, variables: { schoolYear: YEAR, allSchools: false } }),
        `${base}/graphql`,
      ]),
    ];

    const lines = [
      `load average at the end: ${(await import('node:os'))
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
      '',
      '| first computation after a change | p50 ms | max ms | its SQL p50 ms | ratio | cached p50 ms | budget ms |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...Object.entries(first).map(
        ([name, f]) =>
          `| ${name} | ${f.p50.toFixed(1)} | ${f.max.toFixed(1)} | ${f.sqlP50.toFixed(1)} | ${f.ratio.toFixed(2)} | ` +
          `${f.cachedP50.toFixed(1)} | ${f.budgetMs} |`,
      ),
      '',
      '| cached region overview SPPOH, c=20 | req/s | p50 ms | p99 ms | errors / non-2xx |',
      '| --- | --- | --- | --- | --- |',
      ...loads.map(
        (l) =>
          `| ${l.name} | ${l.requestsPerSecond.toFixed(0)} | ${l.p50} | ${l.p99} | ${l.errors} / ${l.non2xx} |`,
      ),
    ];
    process.stderr.write(`${lines.join('\n')}\n`);
    process.stdout.write(`${JSON.stringify({ firstComputation: first, load: loads })}\n`);
  } finally {
    await writer.end();
    await stop();
  }
}

run().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
