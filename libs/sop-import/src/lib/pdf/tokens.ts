/**
 * Words of a PDF page with their boxes. pdf.js gives text runs (usually one per cell line); a run is split at spaces
 * with positions in proportion to the characters (exact when the run is one word, as marks nearly always are).
 */

export interface PdfRun {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly str: string;
}

export interface Token {
  readonly page: number;
  readonly line: number;
  readonly text: string;
  readonly x1: number;
  readonly x2: number;
  /** Baseline. */
  readonly y: number;
  readonly size: number;
  /** The token is its whole run, so its box is exact. */
  readonly exact: boolean;
  /** Tokens of one run with a single space between them share a `group` (one cell's words). */
  readonly group: number;
  /** Character offset of the token in its line's text. */
  readonly char: number;
}

let nextGroup = 0;

export { EMPTY_TOKEN, MARK_TOKEN } from '../text-utils';
export { letters } from '../table-headers';

/** The words of `run`, which starts at character `lineStart` of line `line`. */
export function tokensOf(run: PdfRun, line: number, lineStart = 0): Token[] {
  const out: Token[] = [];
  const len = run.str.length || 1;
  let group = (nextGroup += 1);
  let lastEnd = -1;
  for (const m of run.str.matchAll(/\S+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (lastEnd >= 0 && start - lastEnd > 1) group = nextGroup += 1;
    lastEnd = end;
    out.push({
      page: run.page,
      line,
      text: m[0],
      x1: run.x + (run.width * start) / len,
      x2: run.x + (run.width * end) / len,
      y: run.y,
      size: run.size,
      exact: start === 0 && end === run.str.trimEnd().length && run.str.trimStart() === run.str,
      group,
      char: lineStart + start,
    });
  }
  return out;
}

/** The glyph box of a token (baseline to cap height). */
export function glyphBox(t: Token): { x1: number; x2: number; y1: number; y2: number } {
  return { x1: t.x1, x2: t.x2, y1: t.y - 0.15 * t.size, y2: t.y + 0.7 * t.size };
}

export function centreOf(t: Token): { x: number; y: number } {
  return { x: (t.x1 + t.x2) / 2, y: t.y + 0.3 * t.size };
}
