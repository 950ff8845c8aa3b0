/**
 * The boxes the PDF path stores in each table value's provenance, checked against the committed corpus PDFs with an
 * independent reading of their pages (poppler's word boxes, no importer code): the box of a certain mark holds exactly
 * that row's mark and no label text, boxes of one column line up down the table, a ja/nee box holds the answer
 * written, and every cell in doubt names candidate cells of which one holds the mark.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type PageBox, type SopDocument } from '@sop-atlas/sop-model';
import { parseSopDocument, shutdownImportWorkers } from '../../src/lib/parse-document';
import { COMMITTED_CORPUS, corpusFiles } from './accuracy';

const MARK = /^[xX✓✔☒☑×✗\uF0FC\uF0FB\uF0FD\uF0FE\uF078]$/u;
const TOLERANCE = 0.75;

interface Glyph {
  readonly page: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Every word of every page with its centre in PDF user space (origin bottom-left), read by poppler's `pdftotext
 * -bbox`: another PDF library than the importer's pdf.js, so the check does not share the importer's reading.
 */
function glyphsOf(file: string): Glyph[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const out: Glyph[] = [];
  let page = 0;
  let height = 0;
  for (const m of html.matchAll(
    /<page width="[\d.]+" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
  )) {
    if (m[1] !== undefined) {
      page += 1;
      height = Number(m[1]);
      continue;
    }
    const [x1, y1, x2, y2] = [m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
    const text = (m[6] ?? '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"');
    out.push({ page, text, x: (x1 + x2) / 2, y: height - (y1 + y2) / 2 });
  }
  return out;
}

function inside(box: PageBox, g: { x: number; y: number }): boolean {
  return (
    g.x >= box.x1 - TOLERANCE &&
    g.x <= box.x2 + TOLERANCE &&
    g.y >= box.y1 - TOLERANCE &&
    g.y <= box.y2 + TOLERANCE
  );
}

const TABLES = [
  ['hgw', 'status'],
  ['partners', 'frequency'],
  ['facilities', 'status'],
] as const;

interface Findings {
  certain: number;
  checkedColumns: number;
  doubts: number;
  answers: number;
  problems: string[];
}

function checkDocument(name: string, doc: SopDocument, glyphs: readonly Glyph[], f: Findings): void {
  for (const [field, key] of TABLES) {
    const rows = doc[field];
    // Per value: the x-extent of the boxes, which must be one column (the same x within a point).
    const columns = new Map<string, { x1: number; x2: number }>();
    rows.forEach((row, i) => {
      const path = `${field}[${i}].${key}`;
      const p = doc.provenance[path];
      const value = (row as unknown as Record<string, string | null>)[key] ?? null;
      if (value !== null) {
        f.certain += 1;
        if (!p?.box || p.page === undefined) {
          f.problems.push(`${name} ${path}: no box`);
          return;
        }
        const box = p.box;
        const onPage = glyphs.filter((g) => g.page === p.page && inside(box, g));
        const marks = onPage.filter((g) => MARK.test(g.text));
        if (marks.length !== 1) f.problems.push(`${name} ${path}: ${marks.length} marks in its box`);
        if (onPage.some((g) => !MARK.test(g.text) && /[a-z]{3}/i.test(g.text)))
          f.problems.push(`${name} ${path}: label text in its box (${onPage.map((g) => g.text).join(' ')})`);
        const seen = columns.get(value);
        if (seen && (Math.abs(seen.x1 - box.x1) > 1 || Math.abs(seen.x2 - box.x2) > 1))
          f.problems.push(
            `${name} ${path}: '${value}' at x ${box.x1}–${box.x2}, earlier ${seen.x1}–${seen.x2}`,
          );
        else if (seen) f.checkedColumns += 1;
        columns.set(value, { x1: box.x1, x2: box.x2 });
        return;
      }
      const warning = doc.warnings.find((w) => w.path === path);
      if (!warning || warning.code === 'missing-value') return;
      f.doubts += 1;
      if (!p?.box || !p.cells || p.cells.length === 0) {
        f.problems.push(`${name} ${path}: ${warning.code} without candidate cells`);
        return;
      }
      const marks = glyphs.filter((g) => g.page === p.page && MARK.test(g.text));
      const cells = p.cells.filter((c) => warning.candidates?.includes(c.value) ?? true);
      if (!marks.some((m) => inside(p.box as PageBox, m)))
        f.problems.push(`${name} ${path}: the row's box holds no mark`);
      if (!cells.some((c) => marks.some((m) => inside(c.box, m))))
        f.problems.push(`${name} ${path}: no candidate cell holds the mark`);
    });
    // Columns in template order lie left to right.
    const xs = [...columns.entries()];
    for (const [a, ba] of xs)
      for (const [b, bb] of xs) {
        const order = (v: string) => (doc.provenance ? columnIndex(field, v) : 0);
        if (order(a) < order(b) && ba.x1 >= bb.x1)
          f.problems.push(`${name} ${field}: column '${a}' lies right of '${b}'`);
      }
  }
  doc.expertise.forEach((row, i) => {
    const path = `expertise[${i}].available`;
    const p = doc.provenance[path];
    if (row.available === null || !p?.box || p.page === undefined) return;
    const box = p.box;
    f.answers += 1;
    const words = glyphs.filter((g) => g.page === p.page && inside(box, g)).map((g) => g.text.toLowerCase());
    if (!words.some((w) => w.startsWith(row.available ? 'ja' : 'nee')))
      f.problems.push(`${name} ${path}: box holds ${JSON.stringify(words)}, not the answer`);
  });
}

const ORDER: Readonly<Record<string, readonly string[]>> = {
  hgw: ['op-orde', 'in-ontwikkeling', 'nog-op-te-starten'],
  partners: ['structureel', 'regelmatig', 'incidenteel', 'niet-van-toepassing'],
  facilities: ['aanwezig', 'niet-van-toepassing'],
};

function columnIndex(field: string, value: string): number {
  return ORDER[field]?.indexOf(value) ?? -1;
}

afterAll(() => shutdownImportWorkers());

describe('provenance boxes of the committed corpus PDFs', () => {
  const pdfs = corpusFiles(COMMITTED_CORPUS).filter((c) => c.file.endsWith('.pdf'));
  const f: Findings = { certain: 0, checkedColumns: 0, doubts: 0, answers: 0, problems: [] };

  beforeAll(async () => {
    for (const { file } of pdfs) {
      const bytes = new Uint8Array(readFileSync(file));
      // A generous time limit: the machine may be busy, and the reading is what is tested here.
      const parsed = await parseSopDocument(bytes, { fileName: file, timeoutMs: 120_000 });
      checkDocument(file.slice(COMMITTED_CORPUS.length + 1), parsed.document, glyphsOf(file), f);
    }
  }, 180_000);

  it('puts every certain mark in a box that holds that mark alone, in its column', () => {
    expect(f.problems).toEqual([]);
    // Every certain table value of the 64 PDFs was checked, and columns were compared across rows.
    expect(f.certain).toBeGreaterThan(1500);
    expect(f.checkedColumns).toBeGreaterThan(1000);
  });

  it('puts every ja/nee answer in a box that holds the word', () => {
    expect(f.answers).toBeGreaterThan(500);
  });

  it('gives a mark in doubt the row as its box and candidate cells, one of which holds the mark', () => {
    // The corpus has one such value (a flagged LibreOffice row); its checks ran in `checkDocument`.
    expect(f.doubts).toBeGreaterThanOrEqual(1);
  });
});
