/**
 * Query phase of `npm run bench`: every operation the dashboard and the exports serve, one request at a time
 * through the API over HTTP (in this process, production settings) and as the very same SQL statements (recorded
 * from the API's own run, with their parameters) sent directly with `pg` — the floor. Both are timed interleaved,
 * so a busy machine slows both. Two data sets in one database on the machine's PostgreSQL: the SPPOH demo region
 * (`region`) and the fictional national set (`national`, 6,500 schools × 4 years), loaded once and reused.
 */
import { performance } from 'node:perf_hooks';
import { Client, Pool } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { loadDemoRegion } from '../demo/demo-loader';
import { loadNationalDataset, NATIONAL_SCHOOLS } from '../national/national-loader';
import { type RunningServer, startServer } from '../server';
import { CSRF_HEADER } from '../common/auth/identity';
import { KEPT_ANSWER, type OperationFigures } from './budgets';
import { type DashboardDocuments } from './dashboard-operations';
import { dashboardGetPath } from './load-phase';
import { percentile } from './stats';

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

/** One operation: a GraphQL request (`query` + `variables`) or a GET of an HTTP path (exports). */
export interface QueryCase {
  set: 'region' | 'national';
  operation: string;
  /** Where the request comes from, for the report (dashboard operation, export route, bench query). */
  source: string;
  graphql?: { query: string; variables: Record<string, unknown> };
  get?: string;
  /**
   * Time the first computation after a change, not the aggregate cache (ADR 0002): the data version is moved on
   * before every request, outside the timing.
   */
  uncached?: boolean;
}

export interface QueryPhaseOptions {
  databaseUrl: string;
  nationalSchools: number;
  /** Timed runs per operation (after a warm-up), fewer when `maxSeconds` runs out first (at least 10). */
  runs: number;
  maxSeconds: number;
  log: (line: string) => void;
}

const SCHOOL_YEAR = '2023-2024';

export async function ensureDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
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

/** Migrates, then loads the demo region and the national set when they are not there yet. */
export async function prepareData(
  url: string,
  nationalSchools: number,
  log: (l: string) => void,
): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 2 }));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const [counts] = await dataSource.query<{ sppoh: number; national: number }[]>(
      `SELECT count(*) FILTER (WHERE werkgebied_code IS NOT NULL)::int AS sppoh,
              count(*) FILTER (WHERE ${NATIONAL_SCHOOLS})::int AS national FROM school`,
    );
    if ((counts?.sppoh ?? 0) === 0) {
      log('loading the demo region…');
      await dataSource.transaction((manager) => loadDemoRegion(manager));
    }
    if ((counts?.national ?? 0) !== nationalSchools) {
      log(`loading the national set (${nationalSchools} schools × 4 years; once per database)…`);
      const result = await loadNationalDataset(dataSource, {
        seed: 1,
        schoolCount: nationalSchools,
        swvCount: 75,
        schoolYears: 4,
      });
      log(`national set loaded in ${result.seconds} s`);
      await dataSource.query('ANALYZE');
    }
  } finally {
    await dataSource.destroy();
  }
}

async function pickIds(pool: Pool, where: string, count: number): Promise<string[]> {
  const picks = await pool.query<{ id: string }>(
    `SELECT s.id FROM school s WHERE ${where}
     AND EXISTS (SELECT 1 FROM sop WHERE sop.school_id = s.id AND sop.status = 'published'
                 AND sop.school_year = '${SCHOOL_YEAR}')
     ORDER BY s.name LIMIT ${count}`,
  );
  if (picks.rows.length < count) throw new Error(`te weinig scholen met een SOP ${SCHOOL_YEAR} (${where})`);
  return picks.rows.map((r) => r.id);
}

/** The full school detail the issue budgets (school, werkgebied, pupils, SOP with its rows, years, history). */
const SCHOOL_DETAIL = `query SchoolDetail($id: ID!) { school(id: $id) { name kind werkgebied { name }
  pupilCounts { referenceDate total }
  sop { schoolYear status hgw { code status } expertise { code availabilityKind } partners { code frequency }
        facilities { code status } warnings { path message } provenance { path line } }
  sops { schoolYear status } history { kind code values { schoolYear value } } } }`;

/** The region overview of every school (the dashboard asks for SPPOH's; the national set has no werkgebied). */
const NATIONAL_OVERVIEW = `query NationalOverview($schoolYear: String!) {
  regionOverview(schoolYear: $schoolYear, allSchools: true) {
    schools schoolsWithSop
    items { code region { share } werkgebieden { werkgebiedCode withItem share } gaps { werkgebiedCode } pupilsInGaps }
    funding { overall { median outliers { name value } } byKind { group median } bySize { group median } }
    dataHealth { withoutPublishedSop { count } staleSops { count } unresolvedWarnings { count } awaitingReview { count } }
    trends { code points { schoolYear share } } } }`;

/** The cases of both sets, with schools picked from the database. */
export async function queryCases(pool: Pool, docs: DashboardDocuments): Promise<QueryCase[]> {
  const region = await pickIds(pool, 's.werkgebied_code IS NOT NULL', 6);
  const national = await pickIds(pool, NATIONAL_SCHOOLS.replace(/vestigingscode/g, 's.vestigingscode'), 6);
  const [place] = (
    await pool.query<{ latitude: number; longitude: number }>(
      'SELECT latitude, longitude FROM school WHERE id = $1',
      [national[0]],
    )
  ).rows;
  const cases: QueryCase[] = [];
  for (const [set, ids] of [
    ['region', region],
    ['national', national],
  ] as const) {
    const first = ids[0];
    const near =
      set === 'region'
        ? { postcode: '2524 CK', radiusKm: 3 }
        : { latitude: place?.latitude ?? 52.1, longitude: place?.longitude ?? 5.1, radiusKm: 10 };
    const dashboard = (
      operation: string,
      name: keyof DashboardDocuments,
      variables: Record<string, unknown>,
    ) =>
      cases.push({ set, operation, source: `dashboard ${name}`, graphql: { query: docs[name], variables } });
    if (set === 'region') {
      dashboard('region overview', 'RegionOverview', { schoolYear: SCHOOL_YEAR, werkgebied: null });
      cases[cases.length - 1]!.uncached = true;
    } else {
      cases.push({
        set,
        operation: 'region overview',
        source: 'regionOverview(allSchools: true)',
        graphql: { query: NATIONAL_OVERVIEW, variables: { schoolYear: SCHOOL_YEAR } },
        uncached: true,
      });
    }
    dashboard('search', 'FindSchools', {
      filter: { expertise: { codes: ['autisme'] }, facilities: ['lift'], kinds: ['BAO'] },
      near,
      sort: null,
      first: 200,
      after: null,
      withItems: true,
    });
    dashboard('school list page', 'SchoolsPage', { first: 100, after: null });
    dashboard('funding scatter page', 'FundingScatter', { first: 200, after: null });
    cases.push({
      set,
      operation: 'school detail',
      source: 'bench query (school + SOP rows + history)',
      graphql: { query: SCHOOL_DETAIL, variables: { id: first } },
    });
    // the same as a visitor's browser asks it (GET): after the first request, the kept answer of this data version
    cases.push({
      set,
      operation: `school detail ${KEPT_ANSWER}`,
      source: 'the same query as GET, as the dashboard sends public reads',
      get: dashboardGetPath(SCHOOL_DETAIL, { id: first }) ?? undefined,
    });
    dashboard('school profile', 'SchoolProfile', { id: first });
    dashboard('school SOP', 'SchoolSop', { schoolId: first, schoolYear: SCHOOL_YEAR });
    dashboard('compare', 'CompareSchools', { ids, schoolYear: SCHOOL_YEAR });
    cases[cases.length - 1]!.uncached = true;
    dashboard('compare: SOPs of a school', 'SchoolSops', { id: first });
    if (set === 'region') {
      cases.push(
        {
          set,
          operation: 'export coverage',
          source: 'GET /api/exports/coverage.csv',
          get: `/api/exports/coverage.csv?schoolYear=${SCHOOL_YEAR}`,
        },
        {
          set,
          operation: 'export funding',
          source: 'GET /api/exports/funding.csv',
          get: '/api/exports/funding.csv?calendarYear=2023',
        },
      );
    }
  }
  return cases;
}

async function send(baseUrl: string, c: QueryCase): Promise<void> {
  const response = c.graphql
    ? await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(c.graphql),
      })
    : // the CSRF header a GET query needs (the dashboard sends it; exports ignore it)
      await fetch(`${baseUrl}${c.get ?? '/'}`, { headers: { [CSRF_HEADER]: '1' } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${c.set} ${c.operation}: HTTP ${response.status} ${text.slice(0, 300)}`);
  if (c.graphql && text.includes('"errors":[')) {
    throw new Error(`${c.set} ${c.operation}: GraphQL-fout ${text.slice(0, 300)}`);
  }
}

/** The API in this process on the bench database, and a `pg` pool for the floor. */
export class QueryBench {
  private constructor(
    private readonly server: RunningServer,
    private readonly recorder: StatementRecorder,
    readonly pool: Pool,
  ) {}

  static async open(databaseUrl: string): Promise<QueryBench> {
    const recorder = new StatementRecorder();
    const config = AppConfig.fromEnv({
      DATABASE_URL: databaseUrl,
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
    return new QueryBench(server, recorder, new Pool({ connectionString: databaseUrl, max: 2 }));
  }

  async size(): Promise<{ schools: number; sops: number }> {
    const [row] = (
      await this.pool.query<{ schools: number; sops: number }>(
        'SELECT (SELECT count(*) FROM school)::int AS schools, (SELECT count(*) FROM sop)::int AS sops',
      )
    ).rows;
    return row ?? { schools: 0, sops: 0 };
  }

  /** p50/p99 of the API and of its recorded SQL, interleaved, after a warm-up. */
  async measure(c: QueryCase, runs: number, maxSeconds: number): Promise<OperationFigures> {
    const moveVersion = async (): Promise<void> => {
      if (c.uncached) await this.pool.query('UPDATE data_version SET version = version + 1 WHERE id = 1');
    };
    await moveVersion();
    this.recorder.statements = [];
    this.recorder.recording = true;
    try {
      await send(this.server.url, c);
    } finally {
      this.recorder.recording = false;
    }
    const statements = this.recorder.statements;
    const api: number[] = [];
    const sql: number[] = [];
    const warmup = Math.min(10, runs);
    const deadline = performance.now() + maxSeconds * 1000;
    for (let i = 0; i < runs + warmup; i += 1) {
      await moveVersion();
      const t0 = performance.now();
      await send(this.server.url, c);
      const t1 = performance.now();
      for (const statement of statements) await this.pool.query(statement.sql, statement.parameters);
      const t2 = performance.now();
      if (i >= warmup) {
        api.push(t1 - t0);
        sql.push(t2 - t1);
        if (api.length >= 10 && t2 > deadline) break;
      }
    }
    api.sort((a, b) => a - b);
    sql.sort((a, b) => a - b);
    const apiP50 = percentile(api, 0.5);
    const sqlP50 = percentile(sql, 0.5);
    return {
      set: c.set,
      operation: c.operation,
      runs: api.length,
      statements: statements.length,
      apiP50,
      apiP99: percentile(api, 0.99),
      sqlP50,
      sqlP99: percentile(sql, 0.99),
      ratio: apiP50 / sqlP50,
    };
  }

  async close(): Promise<void> {
    await this.pool.end();
    await this.server.close();
  }
}

export function formatOperation(f: OperationFigures): string {
  const ms = (n: number): string => n.toFixed(1).padStart(7);
  return (
    `${`${f.set} ${f.operation}`.padEnd(36)} stmts ${String(f.statements).padStart(2)}` +
    `  API p50 ${ms(f.apiP50)} p99 ${ms(f.apiP99)} ms  SQL p50 ${ms(f.sqlP50)} p99 ${ms(f.sqlP99)} ms` +
    `  ratio ${f.ratio.toFixed(2)}  (${f.runs} runs)`
  );
}
