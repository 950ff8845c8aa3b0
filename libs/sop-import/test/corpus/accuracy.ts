/**
 * `npm run accuracy -w libs/sop-import [-- DIR ...] [--verbose]`: parses every document of a corpus (default: the
 * committed `test/corpus/documents`) in this process and prints per format how many values came back right,
 * flagged, missing and **silently wrong**, with every silently wrong value named. Documents go through
 * `parseSopDocument`, the path an upload takes (the worker process included). Exit code 1 when any value is
 * silently wrong.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSopDocument, shutdownImportWorkers } from '../../src/lib/parse-document';
import {
  addScores,
  type CorpusEntry,
  emptyTally,
  scoreDocument,
  type Tally,
  type ValueScore,
} from './answers';

export const COMMITTED_CORPUS = join(__dirname, 'documents');

export interface DocumentResult {
  readonly file: string;
  readonly format: string;
  readonly scores: readonly ValueScore[];
  readonly error?: string;
}

/** Every (document, answers) pair in `dir`: `<name>.pdf` / `.docx` / `.txt` beside `<name>.answers.json`. */
export function corpusFiles(dir: string): { file: string; entry: CorpusEntry }[] {
  const out: { file: string; entry: CorpusEntry }[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.answers.json')) continue;
    const base = name.slice(0, -'.answers.json'.length);
    const entry = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CorpusEntry;
    for (const ext of ['pdf', 'docx', 'txt']) {
      const file = join(dir, `${base}.${ext}`);
      if (existsSync(file)) out.push({ file, entry });
    }
  }
  return out;
}

export async function scoreFile(file: string, entry: CorpusEntry): Promise<DocumentResult> {
  const format = file.slice(file.lastIndexOf('.') + 1);
  try {
    const result = await parseSopDocument(new Uint8Array(readFileSync(file)), { fileName: file });
    return { file, format, scores: scoreDocument(result.document, entry.answers) };
  } catch (error) {
    return { file, format, scores: [], error: error instanceof Error ? error.message : String(error) };
  }
}

function pct(n: number, total: number): string {
  return total === 0 ? '–' : `${((100 * n) / total).toFixed(2)} %`;
}

export function formatTable(tallies: ReadonlyMap<string, Tally>): string {
  const rows = [['formaat', 'documenten', 'waarden', 'goed', 'gemarkeerd', 'ontbreekt', 'stil fout']];
  for (const [format, t] of tallies) {
    const total = t.right + t.flagged + t.missing + t.wrong;
    rows.push([
      format,
      String(t.documents),
      String(total),
      `${t.right} (${pct(t.right, total)})`,
      `${t.flagged} (${pct(t.flagged, total)})`,
      `${t.missing} (${pct(t.missing, total)})`,
      `${t.wrong} (${pct(t.wrong, total)})`,
    ]);
  }
  const widths = rows[0]?.map((_, k) => Math.max(...rows.map((r) => (r[k] ?? '').length))) ?? [];
  return rows.map((r) => r.map((c, k) => c.padEnd(widths[k] ?? 0)).join('  ')).join('\n');
}

export async function runAccuracy(dirs: readonly string[], verbose: boolean): Promise<Map<string, Tally>> {
  const tallies = new Map<string, Tally>();
  for (const dir of dirs) {
    for (const { file, entry } of corpusFiles(dir)) {
      const result = await scoreFile(file, entry);
      const key = `${result.format} (${entry.producer})`;
      const tally = tallies.get(key) ?? emptyTally();
      tallies.set(key, tally);
      if (result.error) {
        process.stdout.write(`FOUT ${file}: ${result.error}\n`);
        tally.documents += 1;
        continue;
      }
      addScores(tally, result.scores);
      for (const s of result.scores) {
        if (s.outcome === 'wrong' || (verbose && s.outcome !== 'right')) {
          process.stdout.write(
            `${s.outcome === 'wrong' ? 'STIL FOUT' : s.outcome} ${file} ${s.path}: verwacht ${JSON.stringify(s.expected)}, gelezen ${JSON.stringify(s.actual)}\n`,
          );
        }
      }
    }
  }
  return tallies;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose');
  const dirs = args.filter((a) => !a.startsWith('--'));
  runAccuracy(dirs.length > 0 ? dirs : [COMMITTED_CORPUS], verbose).then(
    (tallies) => {
      shutdownImportWorkers();
      process.stdout.write(`${formatTable(tallies)}\n`);
      const wrong = [...tallies.values()].reduce((s, t) => s + t.wrong, 0);
      if (wrong > 0) process.exitCode = 1;
    },
    (error: unknown) => {
      shutdownImportWorkers();
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
