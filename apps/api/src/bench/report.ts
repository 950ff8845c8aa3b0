/**
 * The results of one `npm run bench`: machine, figures, budgets and verdicts, as JSON (read back as the committed
 * reference) and as a Markdown table.
 */
import os from 'node:os';
import {
  budgetFor,
  OPERATION_BUDGETS,
  type OperationFigures,
  REGRESSION_FACTOR,
  type Verdict,
} from './budgets';
import { type EngineResult, type LoadRun } from './load-phase';

export interface MachineInfo {
  hostname: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the run started. */
  loadAverageAtStart: number[];
  /** Whether others loaded the machine (load average above half the cores at start or end). */
  loaded: boolean;
}

export interface BenchResults {
  mode: 'full' | 'quick';
  startedAt: string;
  seconds: number;
  machine: MachineInfo;
  loadAverageAtEnd: number[];
  data: { schools: number; sops: number; nationalSchools: number } | null;
  query: OperationFigures[];
  load: EngineResult[];
  import: { exitCode: number; output: string[] } | null;
  verdicts: Verdict[];
  loadVerdicts: { name: string; ok: boolean; detail: string }[];
  budgets: BudgetRow[];
  passed: boolean;
}

export interface BudgetRow {
  budget: string;
  measured: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

export function machineInfo(): MachineInfo {
  const cores = os.cpus().length;
  const load = os.loadavg().map((n) => Math.round(n * 100) / 100);
  return {
    hostname: os.hostname(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageAtStart: load,
    loaded: (load[0] ?? 0) > cores / 2,
  };
}

const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(1) : '–');

function run(engine: EngineResult | undefined, name: string, connections: number): LoadRun | undefined {
  return engine?.runs.find((r) => r.name === name && r.connections === connections);
}

/** The issue's budgets against this run (absolute figures: reported, not gated). */
export function budgetRows(query: readonly OperationFigures[], load: readonly EngineResult[]): BudgetRow[] {
  const rows: BudgetRow[] = [];
  for (const f of query.filter((q) => q.operation === 'school detail')) {
    const b = budgetFor(OPERATION_BUDGETS, f.set, f.operation);
    rows.push({
      budget: `${f.set} school detail p50 ≤ ${b?.maxP50Ms ?? 3} ms, ≤ ${b?.maxStatements ?? 3} statements`,
      measured: `p50 ${ms(f.apiP50)} ms (SQL ${ms(f.sqlP50)} ms), ${f.statements} statements`,
      met: f.apiP50 <= (b?.maxP50Ms ?? 3) && f.statements <= (b?.maxStatements ?? 3),
    });
  }
  for (const f of query.filter((q) => q.operation === 'search' || q.operation === 'compare')) {
    rows.push({
      budget: `${f.set} ${f.operation} within 2× its SQL`,
      measured: `${f.ratio.toFixed(2)}× (p50 ${ms(f.apiP50)} ms, SQL ${ms(f.sqlP50)} ms)`,
      met: f.ratio <= 2,
    });
  }
  for (const f of query.filter((q) => q.operation === 'region overview')) {
    const limit = f.set === 'national' ? 1000 : 200;
    rows.push({
      budget: `${f.set} region overview, one request (uncached: the first after a change) ≤ ${limit} ms`,
      measured: `p50 ${ms(f.apiP50)} ms, p99 ${ms(f.apiP99)} ms`,
      met: f.apiP99 <= limit,
    });
  }
  const server = load.find((e) => e.engine === 'server' && e.skipped === null);
  for (const e of load.filter((x) => x.skipped === null)) {
    const overview = run(e, 'region overview', 20);
    if (overview) {
      rows.push({
        budget: `${e.engine}: region overview at c=20 ≥ 1,000 req/s, p99 ≤ 50 ms`,
        measured: `${overview.requestsPerSecond.toFixed(0)} req/s, p99 ${overview.p99} ms`,
        met: overview.requestsPerSecond >= 1000 && overview.p99 <= 50,
      });
    }
    const mixed = run(e, 'mixed visit', 20);
    if (mixed && e.engine === 'server') {
      rows.push({
        budget: 'server: mixed dashboard workload at c=20 ≥ 500 req/s, p99 ≤ 100 ms',
        measured: `${mixed.requestsPerSecond.toFixed(0)} req/s, p99 ${mixed.p99} ms`,
        met: mixed.requestsPerSecond >= 500 && mixed.p99 <= 100,
      });
    }
    const reference = run(server, 'mixed visit', 20);
    if (mixed && reference && e.engine !== 'server') {
      const slower = reference.requestsPerSecond / mixed.requestsPerSecond;
      rows.push({
        budget: `${e.engine}: mixed workload at c=20 within 1.5× of the server`,
        measured: `${slower.toFixed(2)}× fewer req/s (${mixed.requestsPerSecond.toFixed(0)} vs ${reference.requestsPerSecond.toFixed(0)}), p99 ${mixed.p99} vs ${reference.p99} ms`,
        met: slower <= 1.5 && mixed.p99 <= reference.p99 * 1.5,
      });
    }
    if (e.warmStartSeconds !== null) {
      rows.push({
        budget: `${e.engine}: warm restart ≤ 5 s`,
        measured: `${e.warmStartSeconds.toFixed(1)} s (cold ${e.coldStartSeconds?.toFixed(1) ?? '–'} s)`,
        met: e.warmStartSeconds <= 5,
      });
    }
    if (e.engine !== 'server' && e.peakTotalRssMb !== null) {
      rows.push({
        budget: `${e.engine}: RSS under load ≤ 500 MB in total`,
        measured: `peak ${e.peakTotalRssMb} MB (app + database processes)`,
        met: e.peakTotalRssMb <= 500,
      });
    }
  }
  return rows;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

const mark = (met: boolean | null): string => (met === null ? '–' : met ? 'yes' : '**no**');

export function renderMarkdown(r: BenchResults, command: string): string {
  const m = r.machine;
  const out: string[] = [
    `# Bench results (${r.mode})`,
    '',
    `\`${command}\` on ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${Math.round(r.seconds)} s.`,
    '',
    `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGb} GB, Node ${m.node}, ${m.platform}. Load average at start ` +
      `${m.loadAverageAtStart.join(' / ')}, at end ${r.loadAverageAtEnd.join(' / ')} (1 / 5 / 15 min).`,
    '',
  ];
  if (m.loaded) {
    out.push(
      `> **Measured under load**: other work kept the machine busy (load average above half its ${m.cores} cores), ` +
        'so absolute times and req/s are pessimistic. The ratios against the SQL floor, measured interleaved in the ' +
        'same run, are the figures to compare.',
      '',
    );
  }
  if (r.data) {
    out.push(
      `Data: ${r.data.schools} schools, ${r.data.sops} SOPs (SPPOH demo region + national set of ` +
        `${r.data.nationalSchools} schools × 4 school years) on the machine's PostgreSQL.`,
      '',
    );
  }
  out.push(
    `Verdict: **${r.passed ? 'passed' : 'FAILED'}** (fails only on a regression of more than ${REGRESSION_FACTOR}× ` +
      'in statements or in the ratio to the SQL floor, against the budgets and the committed run; or on failed requests ' +
      'under load).',
    '',
  );

  if (r.query.length > 0) {
    out.push('## Query phase: one request at a time, API over HTTP against the same SQL sent directly', '');
    out.push(
      table(
        [
          'set',
          'operation',
          'statements',
          'API p50 ms',
          'API p99 ms',
          'SQL p50 ms',
          'SQL p99 ms',
          'ratio',
          'runs',
        ],
        r.query.map((f) => [
          f.set,
          f.operation,
          String(f.statements),
          ms(f.apiP50),
          ms(f.apiP99),
          ms(f.sqlP50),
          ms(f.sqlP99),
          f.ratio.toFixed(2),
          String(f.runs),
        ]),
      ),
      '',
    );
  }
  for (const e of r.load) {
    out.push(`## Load phase: ${e.engine}`, '');
    if (e.skipped !== null) {
      out.push(`Skipped: ${e.skipped}.`, '');
      continue;
    }
    const mem = (t: EngineResult['memoryAtStart']): string =>
      t === null
        ? '–'
        : `app ${t.rssMb} MB + ${t.processes - 1} database processes ${t.childrenRssMb} MB` +
          (t.totalPssMb !== null ? ` (PSS total ${t.totalPssMb} MB)` : '');
    out.push(
      `Database: ${e.database}. Cold start (new database, migrations, demo region) ` +
        `${e.coldStartSeconds?.toFixed(1) ?? '–'} s, warm start ${e.warmStartSeconds?.toFixed(1) ?? '–'} s.`,
      `RSS after warm-up: ${mem(e.memoryAtStart)}; at end: ${mem(e.memoryAtEnd)}; peak total ${e.peakTotalRssMb ?? '–'} MB.`,
      '',
      `One visit: ${e.visit.map((v) => `${v.count}× ${v.operation}`).join(', ')}.`,
      '',
      table(
        [
          'run',
          'c',
          's',
          'req/s',
          'p50 ms',
          'p99 ms',
          'max ms',
          'requests',
          'non-2xx',
          'errors',
          'timeouts',
          'GraphQL errors',
          'unanswered checks',
        ],
        e.runs.map((x) => [
          x.name,
          String(x.connections),
          String(x.seconds),
          x.requestsPerSecond.toFixed(0),
          String(x.p50),
          String(x.p99),
          String(x.max),
          String(x.requests),
          String(x.non2xx),
          String(x.errors),
          String(x.timeouts),
          String(x.graphqlErrors),
          String(x.checksUnanswered ?? 0),
        ]),
      ),
      '',
    );
    for (const x of e.runs.filter((y) => (y.firstGraphqlError ?? null) !== null)) {
      out.push(
        `First GraphQL error after ${x.name} c=${x.connections}: \`${x.firstGraphqlError ?? ''}\``,
        '',
      );
    }
    const mixed = e.runs.filter((x) => x.name === 'mixed visit');
    if (mixed.length > 0) {
      const ops = [...new Set(mixed.flatMap((x) => x.perOperation.map((o) => o.operation)))];
      out.push(
        'Per operation inside the mixed workload (p50 / p99 ms):',
        '',
        table(
          ['operation', ...mixed.map((x) => `c=${x.connections}`)],
          ops.map((op) => [
            op,
            ...mixed.map((x) => {
              const o = x.perOperation.find((p) => p.operation === op);
              return o ? `${ms(o.p50)} / ${ms(o.p99)}` : '–';
            }),
          ]),
        ),
        '',
      );
    }
  }
  if (r.import) {
    out.push('## Import bench (libs/sop-import)', '', '```text', ...r.import.output, '```', '');
  }
  if (r.budgets.length > 0) {
    out.push('## Budgets of issue 13 (absolute figures of this machine: reported, not gated)', '');
    out.push(
      table(
        ['budget', 'measured', 'met'],
        r.budgets.map((b) => [b.budget, b.measured, mark(b.met)]),
      ),
      '',
    );
  }
  if (r.verdicts.length > 0 || r.loadVerdicts.length > 0) {
    out.push(`## Gate (fails at more than ${REGRESSION_FACTOR}× the reference)`, '');
    out.push(
      table(
        ['set', 'operation', 'metric', 'value', 'reference', 'from', 'limit', 'ok'],
        r.verdicts.map((v) => [
          v.set,
          v.operation,
          v.metric,
          v.metric === 'ratio' ? v.value.toFixed(2) : String(v.value),
          v.metric === 'ratio' ? v.reference.toFixed(2) : String(v.reference),
          v.referenceFrom,
          v.metric === 'ratio' ? v.limit.toFixed(2) : String(v.limit),
          mark(v.ok),
        ]),
      ),
      '',
    );
    for (const l of r.loadVerdicts) out.push(`- ${l.name}: ${l.detail} — ${l.ok ? 'ok' : '**failed**'}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
