/**
 * Query benchmark (issue 5): school detail (with SOP rows, and the dashboard's profile), find (three filters +
 * near), compare 6 schools, region overview for SPPOH and national. Each runs ~200 times through the API over HTTP and as the very same SQL statements (recorded
 * from the API's own run, with their parameters) directly with `pg`, and prints p50/p99 and the API/SQL ratio
 * against the budgets. Database: `--database-url URL` (default a `sop_atlas_bench` database on 127.0.0.1:5432),
 * created, migrated and loaded once (demo region + national data set); later runs reuse it.
 *
 *   npm run bench -w apps/api [-- --runs 200 --national-schools 6500 --database-url URL --only detail]
 *
 * `--only TEXT` runs just the cases whose name contains TEXT (e.g. `detail`).
 *
 * Human output on stderr, one JSON line with all figures on stdout.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { loadDemoRegion } from '../demo/demo-loader';
import { loadNationalDataset, NATIONAL_SCHOOLS } from '../national/national-loader';
import { startServer } from '../server';

interface Statement {
  sql: string;
  parameters: unknown[];
}

/** Records the SQL the API sends while `recording` is on. */
class StatementRecorder implements Logger {
  recording = false;
  statements: Statement[] = [];

  logQuery(query: string, parameters?: unknown[]): void {
    if (this.recording) this.statements.push({ sql: query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  budgetMs: number;
}

interface Figures {
  name: string;
  statements: number;
  apiP50: number;
  apiP99: number;
  sqlP50: number;
  sqlP99: number;
  ratioP50: number;
  budgetMs: number;
  withinBudget: boolean;
  withinRatio: boolean;
}

const MAX_RATIO = 3;
/** A database of its own: created, migrated and loaded on the first run, reused afterwards. */
const DEFAULT_BENCH_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/sop_atlas_bench';

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

async function prepareData(url: string, nationalSchools: number): Promise<void> {
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
    if ((counts?.national ?? 0) < nationalSchools) {
      process.stderr.write(`Landelijke testset laden (${nationalSchools} scholen)…\n`);
      await loadNationalDataset(dataSource, {
        seed: 1,
        schoolCount: nationalSchools,
        swvCount: 75,
        schoolYears: 4,
      });
      await dataSource.query('ANALYZE');
    }
  } finally {
    await dataSource.destroy();
  }
}

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL-fout: ${JSON.stringify(body.errors)}`);
}

async function main(): Promise<void> {
  const runs = argument('runs', 200);
  const nationalSchools = argument('national-schools', 6500);
  const urlIndex = process.argv.indexOf('--database-url');
  const url = (urlIndex >= 0 ? process.argv[urlIndex + 1] : undefined) ?? DEFAULT_BENCH_DATABASE_URL;
  await ensureDatabase(url);
  await prepareData(url, nationalSchools);

  const recorder = new StatementRecorder();
  const config = AppConfig.fromEnv({
    DATABASE_URL: url,
    PORT: '0',
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    LOG_LEVEL: 'error',
    GEOCODER: 'local',
  });
  const server = await startServer(config, {
    seed: false,
    logger: false,
    dashboardDist: '/nonexistent-dashboard-dist',
    sqlLogger: recorder,
  });
  const pool = new Pool({ connectionString: url, max: 2 });
  try {
    const picks = await pool.query<{ id: string }>(
      `SELECT s.id FROM school s WHERE s.werkgebied_code IS NOT NULL
       AND EXISTS (SELECT 1 FROM sop WHERE sop.school_id = s.id AND sop.status = 'published'
                   AND sop.school_year = '2023-2024')
       ORDER BY s.name LIMIT 6`,
    );
    const ids = picks.rows.map((r) => r.id);
    const cases: Case[] = [
      {
        name: 'school detail',
        budgetMs: 50,
        variables: { id: ids[0] },
        query: `query ($id: ID!) { school(id: $id) { name kind werkgebied { name } pupilCounts { referenceDate total }
          sop { schoolYear status hgw { code status } expertise { code availabilityKind } partners { code frequency }
                facilities { code status } warnings { path message } provenance { path line } }
          sops { schoolYear status } history { kind code values { schoolYear value } } } }`,
      },
      {
        // the dashboard's school profile (apps/dashboard/src/features/school/graphql/school.graphql.ts)
        name: 'school detail: profile',
        budgetMs: 50,
        variables: { id: ids[0] },
        query: `query ($id: ID!) { school(id: $id) { id name isDemo demoNotice kind vestigingscode boardName
          boardNumber denomination street houseNumber postcode place gemeenteName email phone website werkgebiedSource
          werkgebied { code name } pupilCounts { referenceDate total suppressed source } sops { id schoolYear status }
          history { kind code label values { schoolYear value } } }
          fundingParameters { calendarYear basePerLocation perPupil } }`,
      },
      {
        name: 'find: 3 filters + near',
        budgetMs: 50,
        variables: {},
        query: `{ schools(first: 25, near: { postcode: "2524 CK", radiusKm: 3 },
          filter: { expertise: { codes: ["autisme"] }, facilities: ["time-out-ruimte"], kinds: [BAO] }) {
          totalCount edges { distanceKm node { id name werkgebied { name } pupilCount } } } }`,
      },
      {
        name: 'compare 6 schools',
        budgetMs: 50,
        variables: { ids },
        query: `query ($ids: [ID!]!) { compareSchools(ids: $ids, schoolYear: "2023-2024") {
          schools { school { name } sopId } rows { kind code differs regionShare values { value has werkgebiedShare } } } }`,
      },
      ...[
        { name: 'region overview SPPOH', all: false, budgetMs: 200 },
        { name: 'region overview national', all: true, budgetMs: 1000 },
      ].map((c): Case => ({
        name: c.name,
        budgetMs: c.budgetMs,
        variables: { all: c.all },
        query: `query ($all: Boolean!) { regionOverview(schoolYear: "2023-2024", allSchools: $all) {
            schools schoolsWithSop
            items { code region { share } werkgebieden { werkgebiedCode withItem share } gaps { werkgebiedCode } pupilsInGaps }
            funding { overall { median outliers { name value } } byKind { group median } bySize { group median } }
            dataHealth { withoutPublishedSop { count } staleSops { count } unresolvedWarnings { count } awaitingReview { count } }
            trends { code points { schoolYear share } } } }`,
      })),
    ];

    const onlyIndex = process.argv.indexOf('--only');
    const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;
    const figures: Figures[] = [];
    for (const c of cases.filter((c) => only === undefined || c.name.includes(only))) {
      recorder.statements = [];
      recorder.recording = true;
      await post(server.url, c.query, c.variables);
      recorder.recording = false;
      const statements = recorder.statements;
      const warmup = Math.min(20, runs);
      const api: number[] = [];
      const sql: number[] = [];
      for (let i = 0; i < runs + warmup; i += 1) {
        const t0 = performance.now();
        await post(server.url, c.query, c.variables);
        const t1 = performance.now();
        for (const statement of statements) await pool.query(statement.sql, statement.parameters);
        const t2 = performance.now();
        if (i >= warmup) {
          api.push(t1 - t0);
          sql.push(t2 - t1);
        }
      }
      api.sort((a, b) => a - b);
      sql.sort((a, b) => a - b);
      const apiP99 = percentile(api, 0.99);
      const apiP50 = percentile(api, 0.5);
      const sqlP50 = percentile(sql, 0.5);
      const row: Figures = {
        name: c.name,
        statements: statements.length,
        apiP50,
        apiP99,
        sqlP50,
        sqlP99: percentile(sql, 0.99),
        ratioP50: apiP50 / sqlP50,
        budgetMs: c.budgetMs,
        withinBudget: apiP99 <= c.budgetMs,
        withinRatio: apiP50 / sqlP50 <= MAX_RATIO,
      };
      figures.push(row);
      const f = (n: number): string => n.toFixed(1).padStart(7);
      process.stderr.write(
        `${c.name.padEnd(28)} stmts ${String(row.statements).padStart(2)}  API p50 ${f(apiP50)} p99 ${f(apiP99)} ms` +
          `  SQL p50 ${f(sqlP50)} p99 ${f(row.sqlP99)} ms  ratio ${row.ratioP50.toFixed(2)}` +
          `  budget p99 ≤ ${c.budgetMs} ms ${row.withinBudget ? 'ok' : 'OVER'}, ratio ≤ ${MAX_RATIO} ${row.withinRatio ? 'ok' : 'OVER'}\n`,
      );
    }
    const [size] = (
      await pool.query<{ schools: number; sops: number }>(
        `SELECT (SELECT count(*) FROM school)::int AS schools, (SELECT count(*) FROM sop)::int AS sops`,
      )
    ).rows;
    process.stdout.write(`${JSON.stringify({ runs, database: size, figures })}\n`);
    if (figures.some((f) => !f.withinBudget || !f.withinRatio)) process.exitCode = 1;
  } finally {
    await pool.end();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
