/**
 * The committed corpus (`documents/`: Word-style DOCX → LibreOffice PDF, and pdfkit PDFs, each with its answers)
 * read as a school's upload is read, and the budgets of the PDF path: not one value silently wrong, at least 99.5 %
 * right, at most 1 % flagged, per format. Where LibreOffice is installed, fresh random documents are rendered and
 * must never come back with a certain value that differs from what they say.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSopDocument, shutdownImportWorkers } from '../../src/lib/parse-document';
import { COMMITTED_CORPUS, corpusFiles, scoreFile } from './accuracy';
import { addScores, type CorpusEntry, emptyTally, scoreDocument, type Tally } from './answers';
import { generateCorpus, sofficeAvailable } from './generate';

const files = corpusFiles(COMMITTED_CORPUS);

afterAll(() => shutdownImportWorkers());

describe('the committed corpus', () => {
  it('holds at least 60 PDFs from two producers, with landscape pages, borderless tables and Word-style DOCX', () => {
    const pdfs = files.filter((f) => f.file.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(60);
    const producers = new Set(pdfs.map((f) => f.entry.producer));
    expect([...producers].sort()).toEqual(['libreoffice', 'pdfkit']);
    expect(pdfs.some((f) => f.entry.variant['landscape'] === true)).toBe(true);
    expect(pdfs.some((f) => f.entry.variant['borders'] === false)).toBe(true);
    expect(files.filter((f) => f.file.endsWith('.docx')).length).toBeGreaterThanOrEqual(40);
  });

  const tallies = new Map<string, Tally>();
  const wrong: string[] = [];
  let splitTables = 0;

  beforeAll(async () => {
    for (const { file, entry } of files) {
      const result = await scoreFile(file, entry);
      if (result.error) throw new Error(`${file}: ${result.error}`);
      const tally = tallies.get(result.format) ?? emptyTally();
      tallies.set(result.format, tally);
      addScores(tally, result.scores);
      for (const s of result.scores)
        if (s.outcome === 'wrong')
          wrong.push(`${file} ${s.path}: ${JSON.stringify(s.expected)} ≠ ${JSON.stringify(s.actual)}`);
      if (file.endsWith('.pdf')) {
        const parsed = await parseSopDocument(new Uint8Array(readFileSync(file)));
        const doc = parsed.document;
        for (const field of ['hgw', 'expertise', 'partners', 'facilities'] as const) {
          const pages = new Set(
            doc[field]
              .map((_, i) => doc.provenance[`${field}[${i}].label`]?.page)
              .filter((p) => p !== undefined),
          );
          if (pages.size > 1) splitTables += 1;
        }
      }
    }
  }, 120_000);

  it('has not one value silently wrong', () => {
    expect(wrong).toEqual([]);
  });

  it.each(['pdf', 'docx'])('reads ≥ 99.5 %% of the %s values right and flags ≤ 1 %%', (format) => {
    const t = tallies.get(format);
    expect(t).toBeDefined();
    if (!t) return;
    const total = t.right + t.flagged + t.missing + t.wrong;
    expect(total).toBeGreaterThan(1000);
    expect(t.right / total).toBeGreaterThanOrEqual(0.995);
    expect(t.flagged / total).toBeLessThanOrEqual(0.01);
  });

  it('includes tables split across two pages (rows of one table on different pages)', () => {
    expect(splitTables).toBeGreaterThan(0);
  });
});

const describeWithLibreOffice = sofficeAvailable() ? describe : describe.skip;
if (!sofficeAvailable()) {
  // One clear line instead of a silent skip.
  process.stdout.write(
    'corpus.spec: LibreOffice (soffice) ontbreekt — de eigenschapstest DOCX → PDF wordt overgeslagen (apt-get install -y libreoffice-writer-nogui)\n',
  );
}

describeWithLibreOffice('random SOPs rendered by LibreOffice (DOCX → PDF)', () => {
  it('come back right or flagged, never with a different certain value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 100_000, max: 900_000 }), async (seed) => {
        const dir = mkdtempSync(join(tmpdir(), 'sop-corpus-'));
        try {
          const [doc] = await generateCorpus(dir, { count: 1, seed, pdfkitShare: 0 });
          if (!doc) throw new Error('no document generated');
          const entry: CorpusEntry = doc.entry;
          const parsed = await parseSopDocument(new Uint8Array(readFileSync(join(dir, `${doc.name}.pdf`))));
          const scores = scoreDocument(parsed.document, entry.answers);
          expect(scores.filter((s) => s.outcome === 'wrong')).toEqual([]);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      {
        numRuns: Number(process.env['SOP_CORPUS_RUNS'] ?? 4),
        seed: Number(process.env['SOP_CORPUS_SEED'] ?? Date.now() % 100_000),
      },
    );
  }, 300_000);
});
