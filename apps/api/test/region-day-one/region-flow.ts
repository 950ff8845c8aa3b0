/**
 * The day-one flow on a database, as an SWV runs it: DUO register, DUO pupil file, a folder of SOP documents
 * (`npm run sop -- …` commands), then "publish all ready" over GraphQL. Shared by the end-to-end spec and the
 * measuring script; returns every document's result and the seconds per step.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { outcomeOf } from '../../src/imports/import-files';
import { type ImportResult } from '../../src/imports/import-result';
import { regionDuoFiles } from './duo-files';
import { type GeneratedRegion } from './generated-region';

export interface FlowResult {
  results: Map<string, ImportResult>;
  seconds: Record<string, number>;
  outcomes: Record<string, number>;
  published: number;
  importSummary: string;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const code = await main(args, {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
  });
  return { code, ...out };
}

async function staffGraphql<T>(url: string, token: string, query: string): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL-fout: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Runs the flow against `DATABASE_URL` (CLI) and the API at `apiUrl` (publish all ready). */
export async function runRegionFlow(
  region: GeneratedRegion,
  apiUrl: string,
  staffToken: string,
): Promise<FlowResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'region-flow-'));
  const seconds: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await work();
    } finally {
      seconds[name] = Math.round((performance.now() - started) / 100) / 10;
    }
  };
  try {
    const duoFiles = regionDuoFiles(region.schools);
    for (const file of duoFiles) fs.writeFileSync(path.join(dir, file.name), file.bytes);
    const docs = path.join(dir, 'sops');
    fs.mkdirSync(docs);
    for (const d of region.documents) fs.writeFileSync(path.join(docs, d.fileName), d.bytes);

    for (const file of duoFiles) {
      const step = `duo ${file.name}`;
      const run = await timed(step, () => cli(['duo', path.join(dir, file.name)]));
      if (run.code !== 0) throw new Error(`${step}: ${run.stderr}`);
    }
    const imported = await timed('import', () => cli(['import', docs]));
    const results = new Map<string, ImportResult>();
    for (const line of imported.stdout.trim().split('\n')) {
      const { file, ...result } = JSON.parse(line) as ImportResult & { file: string };
      results.set(path.basename(file), result);
    }
    const publish = await timed('alles klaar publiceren', () =>
      staffGraphql<{ publishAllReady: { publishedCount: number } }>(
        apiUrl,
        staffToken,
        'mutation { publishAllReady { publishedCount } }',
      ),
    );
    const outcomes: Record<string, number> = {};
    for (const r of results.values()) outcomes[outcomeOf(r)] = (outcomes[outcomeOf(r)] ?? 0) + 1;
    const summaryStart = imported.stderr.indexOf('Samenvatting:');
    return {
      results,
      seconds: {
        ...seconds,
        totaal: Math.round(Object.values(seconds).reduce((a, b) => a + b, 0) * 10) / 10,
      },
      outcomes,
      published: publish.publishAllReady.publishedCount,
      importSummary: summaryStart >= 0 ? imported.stderr.slice(summaryStart) : imported.stderr,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
