/**
 * The PDF path's extraction: pdf.js text runs (→ lines for the free text and the template parser) and the drawn
 * rules of every page (→ the cell grid of the tables).
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs' with { 'resolution-mode': 'import' };
import { SopImportError } from '../errors';
import { type PageRules, rulesOf } from './rules';
import { type PdfRun } from './tokens';

type PdfJs = typeof PdfJsModule;

/** Words that only the template's tables put on a page: a mark, a ja/nee answer, a table's header. */
const TABLE_WORDS =
  /(?:^|\s)(?:[x✓✔☒☑×✗☐\uF0FC\uF0FB\uF0FD\uF0FE\uF078\uF0A8]|ja|nee)(?:\s|$)|betrokken|uitgangspunt|voorziening|structureel|aanwezig/iu;

let pdfjsPromise: Promise<PdfJs> | null = null;
/** pdf.js is ESM only: a real dynamic import (TypeScript keeps `import()` as is under `module: node16`). */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

export type { PdfRun };

export interface PdfLine {
  readonly page: number;
  readonly y: number;
  readonly text: string;
  /** Runs of the line with their character range in `text`. */
  readonly runs: readonly { readonly run: PdfRun; readonly start: number; readonly end: number }[];
}

export interface PdfExtraction {
  readonly pages: number;
  readonly runs: PdfRun[];
  /** Drawn rules per page (1-based page number), of the pages that may hold a table. */
  readonly rules: ReadonlyMap<number, PageRules>;
}

export interface PdfLimits {
  readonly maxPages: number;
  readonly fileName?: string;
}

function errorName(error: unknown): string {
  return error !== null && typeof error === 'object' && 'name' in error && typeof error.name === 'string'
    ? error.name
    : '';
}

/** Reads every text run of every page. Throws `SopImportError` for encrypted, corrupt, too long or image-only PDFs. */
export async function extractPdfRuns(bytes: Uint8Array, limits: PdfLimits): Promise<PdfExtraction> {
  const { fileName } = limits;
  if (hasEncryptDictionary(bytes)) {
    throw new SopImportError(
      'encrypted',
      'de PDF is versleuteld (beveiligd met een wachtwoord of rechten); sla hem onbeveiligd op',
      fileName,
    );
  }
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    if (errorName(error) === 'PasswordException') {
      throw new SopImportError('encrypted', 'de PDF is versleuteld met een wachtwoord', fileName);
    }
    throw new SopImportError(
      'corrupt',
      `de PDF is beschadigd of onleesbaar (${error instanceof Error ? error.message : String(error)})`,
      fileName,
    );
  }
  try {
    if (doc.numPages > limits.maxPages) {
      throw new SopImportError(
        'too-many-pages',
        `de PDF heeft ${doc.numPages} pagina's; het maximum is ${limits.maxPages}`,
        fileName,
      );
    }
    const runs: PdfRun[] = [];
    const rules = new Map<number, PageRules>();
    for (let p = 1; p <= doc.numPages; p += 1) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let table = false;
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const t = item.transform as number[];
        const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height || 10;
        runs.push({ page: p, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width, size, str: item.str });
        table ||= TABLE_WORDS.test(item.str);
      }
      // The drawing operators cost about half as much again as the text: read them only where a table may be.
      if (table) rules.set(p, rulesOf(await page.getOperatorList(), pdfjs.OPS));
      page.cleanup();
    }
    if (runs.length === 0) {
      throw new SopImportError(
        'image-only',
        'de PDF bevat geen tekst (alleen afbeeldingen of een scan); OCR is niet ondersteund',
        fileName,
      );
    }
    return { pages: doc.numPages, runs, rules };
  } catch (error) {
    if (error instanceof SopImportError) throw error;
    throw new SopImportError(
      'corrupt',
      `de PDF is beschadigd of onleesbaar (${error instanceof Error ? error.message : String(error)})`,
      fileName,
    );
  } finally {
    await doc.destroy();
  }
}

/** A PDF is encrypted when its trailer names an /Encrypt dictionary. */
export function hasEncryptDictionary(bytes: Uint8Array): boolean {
  const needle = [0x2f, 0x45, 0x6e, 0x63, 0x72, 0x79, 0x70, 0x74]; // "/Encrypt"
  outer: for (let i = 0; i <= bytes.length - needle.length; i += 1) {
    if (bytes[i] !== 0x2f) continue;
    for (let k = 1; k < needle.length; k += 1) if (bytes[i + k] !== needle[k]) continue outer;
    const next = bytes[i + needle.length];
    if (next === undefined || !/[A-Za-z]/.test(String.fromCharCode(next))) return true;
  }
  return false;
}

/** Groups runs into lines (same page, baseline within a tolerance), left to right; blank lines mark larger gaps. */
export function reconstructLines(runs: readonly PdfRun[]): PdfLine[] {
  const byPage = new Map<number, PdfRun[]>();
  for (const r of runs) {
    const list = byPage.get(r.page) ?? [];
    list.push(r);
    byPage.set(r.page, list);
  }
  const out: PdfLine[] = [];
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const list = (byPage.get(page) ?? []).slice().sort((a, b) => b.y - a.y || a.x - b.x);
    const groups: PdfRun[][] = [];
    for (const r of list) {
      const g = groups[groups.length - 1];
      const ref = g?.[0];
      if (g && ref && Math.abs(ref.y - r.y) <= Math.max(2, 0.3 * Math.min(ref.size, r.size))) g.push(r);
      else groups.push([r]);
    }
    const sizes = list.map((r) => r.size).sort((a, b) => a - b);
    const typical = sizes[Math.floor(sizes.length / 2)] ?? 10;
    let prevY: number | null = null;
    for (const g of groups) {
      g.sort((a, b) => a.x - b.x);
      const y = g[0]?.y ?? 0;
      if (prevY !== null && prevY - y > 1.75 * typical)
        out.push({ page, y: (prevY + y) / 2, text: '', runs: [] });
      prevY = y;
      let text = '';
      let end: number | null = null;
      const placed: { run: PdfRun; start: number; end: number }[] = [];
      for (const r of g) {
        if (end !== null) {
          const gap = r.x - end;
          if (gap > 0.15 * r.size && !text.endsWith(' ') && !r.str.startsWith(' ')) text += ' ';
        }
        const start = text.length;
        text += r.str;
        placed.push({ run: r, start, end: text.length });
        end = r.x + r.width;
      }
      out.push({ page, y, text, runs: placed });
    }
  }
  return out;
}
