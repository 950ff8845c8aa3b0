/**
 * `npm run bench -w libs/sop-import`: documents per second, p50/p99 per document and peak memory for the text and
 * PDF paths through `parseSopDocument` (warm worker process), next to a baseline in the same run: splitting the text
 * into lines, and pdf.js text extraction alone. The typical SOP PDF is the committed corpus's LibreOffice PDFs
 * (Word-style tables read by their drawn cells and by their text positions). Usage: bench-import.js <fixtures dir>
 * [seed text].
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPdfRuns, loadPdfJs } from '../lib/pdf';
import { importWorkerPids, parseSopDocument, shutdownImportWorkers } from '../lib/parse-document';
import { parseSopText } from '../lib/parse-text';
import { splitLines } from '../lib/text-utils';

interface Figures {
  readonly name: string;
  readonly runs: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly peakRssMb: number | null;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Peak resident memory (VmHWM) of a process, in MB. */
function peakRss(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

async function measure(
  name: string,
  runs: number,
  fn: () => unknown,
  memory: () => number | null,
): Promise<Figures> {
  for (let i = 0; i < Math.min(5, runs); i += 1) await fn();
  const times: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i += 1) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const total = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  return {
    name,
    runs,
    perSecond: runs / total,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    peakRssMb: memory(),
  };
}

function row(f: Figures, baseline?: Figures): string {
  const ratio = baseline ? `${(baseline.perSecond / f.perSecond).toFixed(1)}x slower` : 'baseline';
  const mem = f.peakRssMb === null ? 'n/a' : `${f.peakRssMb.toFixed(0)} MB`;
  return `| ${f.name.padEnd(44)} | ${String(f.runs).padStart(4)} | ${f.perSecond.toFixed(1).padStart(8)} | ${f.p50.toFixed(2).padStart(8)} | ${f.p99.toFixed(2).padStart(8)} | ${mem.padStart(8)} | ${ratio.padEnd(14)} |`;
}

/** pdf.js text extraction alone (no drawing operators, no parsing): the floor of any PDF import. */
async function textContentOnly(bytes: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, disableFontFace: true })
    .promise;
  let items = 0;
  for (let p = 1; p <= doc.numPages; p += 1) {
    const page = await doc.getPage(p);
    items += (await page.getTextContent()).items.length;
    page.cleanup();
  }
  await doc.destroy();
  return items;
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '.bench';
  const seedPath =
    process.argv[3] ?? join(__dirname, '..', '..', '..', '..', '..', 'shared', 'sop', 'jeroen-2023-2024.txt');
  const pdf = new Uint8Array(readFileSync(join(dir, 'sample-sop.pdf')));
  const text = readFileSync(seedPath, 'utf8');
  const textBytes = new TextEncoder().encode(text);
  const self = (): number | null => peakRss(process.pid);
  const worker = (): number | null => {
    const pids = importWorkerPids();
    const peaks = pids.map(peakRss).filter((v): v is number => v !== null);
    return peaks.length > 0 ? Math.max(...peaks) : null;
  };

  const pages = (await extractPdfRuns(pdf, { maxPages: 60 })).pages;
  const coldStart = process.hrtime.bigint();
  await parseSopDocument(pdf);
  const coldMs = Number(process.hrtime.bigint() - coldStart) / 1e6;

  const textBase = await measure('text: split into lines (baseline)', 2000, () => splitLines(text), self);
  const textPure = await measure('text: parseSopText in-process', 500, () => parseSopText(text), self);
  const textFull = await measure(
    'text: parseSopDocument (worker)',
    300,
    () => parseSopDocument(textBytes),
    worker,
  );
  const pdfBase = await measure(
    'pdf: pdf.js text extraction alone (baseline)',
    40,
    () => extractPdfRuns(pdf, { maxPages: 60 }),
    self,
  );
  const pdfFull = await measure('pdf: parseSopDocument (worker)', 40, () => parseSopDocument(pdf), worker);

  const corpusDir = join(__dirname, '..', '..', 'test', 'corpus', 'documents');
  const corpus = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((f) => f.startsWith('word-') && f.endsWith('.pdf'))
        .map((f) => new Uint8Array(readFileSync(join(corpusDir, f))))
    : [];
  let k = 0;
  const next = (): Uint8Array => corpus[(k += 1) % corpus.length] ?? pdf;
  const loBase = await measure(
    'LibreOffice PDFs: pdf.js text alone (baseline)',
    92,
    () => textContentOnly(next()),
    self,
  );
  const loFull = await measure(
    'LibreOffice PDFs: parseSopDocument (worker)',
    92,
    () => parseSopDocument(next()),
    worker,
  );

  const out = [
    `sop-import benchmark: seed text ${text.length} chars; generated PDF ${pages} pages, ${(pdf.length / 1024).toFixed(0)} kB; node ${process.version}`,
    `first PDF parse including worker start (cold): ${coldMs.toFixed(0)} ms`,
    '',
    '| case                                         | runs |  docs/s  | p50 ms   | p99 ms   | peak RSS | vs baseline    |',
    '|----------------------------------------------|------|----------|----------|----------|----------|----------------|',
    row(textBase),
    row(textPure, textBase),
    row(textFull, textBase),
    row(pdfBase),
    row(pdfFull, pdfBase),
    row(loBase),
    row(loFull, loBase),
    '',
    `LibreOffice PDFs: the ${corpus.length} Word-style PDFs of the committed corpus, in turn`,
    `budget: typical SOP PDF < 300 ms → p99 ${loFull.p99.toFixed(0)} ms: ${loFull.p99 < 300 ? 'OK' : 'OVER BUDGET'}`,
    'peak RSS: worker rows = the parse worker process (VmHWM); other rows = this process.',
  ];
  process.stdout.write(`${out.join('\n')}\n`);
  shutdownImportWorkers();
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
