/** Finding SOP files for the CLI import, a progress line on stderr and the summary table. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { type ImportResult } from './import-result';

export const IMPORTABLE_EXTENSIONS = ['.pdf', '.docx', '.txt'] as const;

function importable(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return (IMPORTABLE_EXTENSIONS as readonly string[]).includes(ext);
}

/**
 * Files named on the command line as they are; folders walked recursively for .pdf/.docx/.txt (sorted, hidden
 * entries skipped). A path that does not exist is returned under `missing`.
 */
export async function collectFiles(
  inputs: readonly string[],
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat) missing.push(input);
    else if (stat.isDirectory()) files.push(...(await walk(input)));
    else files.push(input);
  }
  return { files: [...new Set(files)], missing };
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await fs.readdir(dir, { withFileTypes: true }))
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && importable(entry.name)) out.push(full);
  }
  return out;
}

/** Human status of one result: imported, imported with warnings, duplicate, failed. */
export function statusLabel(result: ImportResult): string {
  if (result.status === 'failed') return 'mislukt';
  if (result.status === 'duplicate') return 'duplicaat';
  return result.warnings.length > 0 ? 'met waarschuwingen' : 'geïmporteerd';
}

function detail(result: ImportResult): string {
  if (result.status === 'failed') return result.error?.message ?? 'onbekende fout';
  const where = `SOP ${result.sopId ?? '?'} (${result.schoolYear ?? '?'}, versie ${result.version ?? '?'})`;
  if (result.status === 'duplicate') return `al geïmporteerd: ${where}`;
  const warnings =
    result.warnings.length > 0
      ? `; ${result.warnings.length} waarschuwing(en): ${result.warnings.map((w) => `${w.code} ${w.path}`).join(', ')}`
      : '';
  return `${result.schoolCreated ? 'nieuwe school, ' : ''}${where}${warnings}`;
}

/** A plain-text table: file, status, details. */
export function summaryTable(results: readonly { file: string; result: ImportResult }[]): string {
  const rows = results.map(({ file, result }) => [file, statusLabel(result), detail(result)] as const);
  const header = ['Bestand', 'Status', 'Details'] as const;
  const widths = [0, 1].map((i) => Math.max(header[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell))
      .join('  ')
      .trimEnd();
  const counts = new Map<string, number>();
  for (const [, status] of rows) counts.set(status, (counts.get(status) ?? 0) + 1);
  const totals = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
  return [
    line(header),
    line(header.map((h, i) => '-'.repeat(i < 2 ? (widths[i] ?? 0) : h.length))),
    ...rows.map(line),
    '',
    `Totaal: ${rows.length} bestand(en): ${totals}`,
    '',
  ].join('\n');
}

/** A progress bar redrawn in place on a terminal, plain lines otherwise. */
export class ImportProgress {
  constructor(
    private readonly write: (text: string) => void,
    private readonly total: number,
    private readonly tty: boolean,
  ) {}

  done(index: number, file: string, result: ImportResult): void {
    const n = index + 1;
    if (!this.tty) {
      this.write(`[${n}/${this.total}] ${file}: ${statusLabel(result)}\n`);
      return;
    }
    const width = 24;
    const filled = Math.round((n / this.total) * width);
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
    const name = path.basename(file).slice(0, 40);
    this.write(`\r\x1b[2K[${bar}] ${n}/${this.total} ${name}`);
    if (n === this.total) this.write('\n');
  }
}
