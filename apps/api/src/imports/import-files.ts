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

/** Human status of one result: imported, published, imported with warnings, to match, duplicate, failed. */
export function statusLabel(result: ImportResult): string {
  if (result.status === 'failed') return 'mislukt';
  if (result.status === 'duplicate') return 'duplicaat';
  if (result.status === 'to-match') return 'te koppelen';
  if (result.published === true) return 'gepubliceerd';
  return result.warnings.length > 0 ? 'met waarschuwingen' : 'geïmporteerd';
}

/** The outcome groups of a folder import, in the order staff work through them. */
export type ImportOutcome = 'klaar' | 'te-beoordelen' | 'te-koppelen' | 'geweigerd' | 'duplicaat';

export function outcomeOf(result: ImportResult): ImportOutcome {
  if (result.status === 'failed') return 'geweigerd';
  if (result.status === 'duplicate') return 'duplicaat';
  if (result.status === 'to-match') return 'te-koppelen';
  return result.warnings.length > 0 ? 'te-beoordelen' : 'klaar';
}

const OUTCOME_LABELS: Record<ImportOutcome, string> = {
  klaar: 'klaar (zonder waarschuwingen)',
  'te-beoordelen': 'te beoordelen (waarschuwingen)',
  'te-koppelen': 'te koppelen aan een school',
  geweigerd: 'geweigerd',
  duplicaat: 'duplicaat (al ingelezen)',
};

/** Per outcome: how many documents, and the reasons counted (warning kinds, refusal codes, why not matched). */
export function outcomeCounts(
  results: readonly ImportResult[],
): { outcome: ImportOutcome; count: number; reasons: { reason: string; count: number }[] }[] {
  const order: ImportOutcome[] = ['klaar', 'te-beoordelen', 'te-koppelen', 'geweigerd', 'duplicaat'];
  return order.map((outcome) => {
    const inGroup = results.filter((r) => outcomeOf(r) === outcome);
    const reasons = new Map<string, number>();
    const add = (reason: string): void => void reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    for (const r of inGroup) {
      if (outcome === 'te-beoordelen') for (const code of new Set(r.warnings.map(warningReason))) add(code);
      if (outcome === 'geweigerd') add(r.error?.code ?? 'onbekend');
      if (outcome === 'te-koppelen')
        add(r.toMatch?.reason.replace(/'[^']*'/g, '…').replace(/\d{4} [A-Z]{2}/g, '…') ?? '?');
    }
    return {
      outcome,
      count: inGroup.length,
      reasons: [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    };
  });
}

function warningReason(warning: ImportResult['warnings'][number]): string {
  return warning.path === 'school.name' ? 'naam wijkt af van DUO' : warning.code;
}

/** The closing summary of a folder import: ready / needs review / to match / refused, with reasons. */
export function outcomeSummary(results: readonly ImportResult[]): string {
  const lines = ['Samenvatting:'];
  for (const group of outcomeCounts(results)) {
    lines.push(`  ${String(group.count).padStart(4)}  ${OUTCOME_LABELS[group.outcome]}`);
    for (const r of group.reasons.slice(0, 8))
      lines.push(`          ${String(r.count).padStart(4)} × ${r.reason}`);
  }
  const published = results.filter((r) => r.published === true).length;
  if (published > 0)
    lines.push(`  Direct gepubliceerd (beleid "zonder waarschuwingen direct publiceren"): ${published}`);
  const toMatch = results.filter((r) => r.status === 'to-match');
  if (toMatch.length > 0)
    lines.push(
      `  Koppel met: npm run sop -- koppel <id> --school <schoolId> (of --nieuwe-school); lijst: npm run sop -- koppel`,
    );
  return `${lines.join('\n')}\n`;
}

function detail(result: ImportResult): string {
  if (result.status === 'failed') return result.error?.message ?? 'onbekende fout';
  const where = `SOP ${result.sopId ?? '?'} (${result.schoolYear ?? '?'}, versie ${result.version ?? '?'})`;
  if (result.status === 'to-match') {
    const suggestions = (result.toMatch?.suggestions ?? [])
      .map((x) => `${x.name} (${x.postcode ?? 'geen postcode'}, ${x.reason})`)
      .join('; ');
    return `te koppelen ${result.toMatch?.id ?? '?'}: ${result.toMatch?.reason ?? ''}${suggestions ? `; suggesties: ${suggestions}` : '; geen suggesties'}`;
  }
  if (result.status === 'duplicate')
    return result.toMatch
      ? `al ingelezen, wacht op koppeling ${result.toMatch.id}`
      : `al geïmporteerd: ${where}`;
  const warnings =
    result.warnings.length > 0
      ? `; ${result.warnings.length} waarschuwing(en): ${result.warnings.map((w) => `${w.code} ${w.path}`).join(', ')}`
      : '';
  const matched = result.match
    ? `${result.match.schoolName} (op ${result.match.rule}${result.match.nameDiffers ? ', naam wijkt af' : ''}), `
    : '';
  return `${result.schoolCreated ? 'nieuwe school (op verzoek), ' : matched}${where}${warnings}`;
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
