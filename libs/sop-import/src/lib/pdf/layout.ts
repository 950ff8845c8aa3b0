/**
 * What the PDF path knows beyond its text lines, in two independent readings of each table:
 * - the **line reading** asks `columnOf`/`cellsOf`: a character's column from the bands under the header words
 *   (text positions only; a glyph that does not lie wholly inside one band has no column);
 * - the **grid reading** (`readMarkTable`) places every mark in its drawn cell (`grid-table.ts`).
 * The parser stores a mark's value as certain only where the readings agree.
 */
import { type Provenance } from '@sop-atlas/sop-model';
import { type Layout, type LayoutTable, type TableRequest } from '../layout';
import { type GridReading, type GridTextRow, readGridMarkTable, readGridTextTable } from './grid-table';
import { bandEdges, bandHeader, HEADER_SPECS, type HeaderReading } from './header';
import { type PdfLine } from './extract';
import { NO_RULES, type PageRules } from './rules';
import { type Token, tokensOf } from './tokens';

/** How far inside its band a glyph must lie for the line reading to place it (pt). */
const BAND_MARGIN = 0.5;
/** A run that reaches this far past a column edge on both sides crosses it (pt). */
const CROSSING = 3;

export class PdfLayout implements Layout {
  readonly source = 'pdf' as const;
  private readonly tokens: readonly Token[][];
  private readonly headerCache = new Map<string, HeaderReading | null>();

  constructor(
    private readonly lines: readonly PdfLine[],
    private readonly rules: ReadonlyMap<number, PageRules> = new Map(),
  ) {
    this.tokens = lines.map((line, i) => line.runs.flatMap(({ run, start }) => tokensOf(run, i, start)));
  }

  private input(
    headerLine: number,
    endLine: number,
  ): {
    tokens: (line: number) => readonly Token[];
    headerLine: number;
    endLine: number;
    rules: (page: number) => PageRules;
  } {
    return {
      tokens: (line) => this.tokens[line] ?? [],
      headerLine,
      endLine,
      rules: (page) => this.rules.get(page) ?? NO_RULES,
    };
  }

  /** The header of a table as the line reading sees it (text positions only). */
  private bandHeaderOf(table: LayoutTable, headerLine: number): HeaderReading | null {
    const key = `${table}:${headerLine}`;
    if (!this.headerCache.has(key)) {
      const end = Math.min(this.lines.length, headerLine + 10);
      this.headerCache.set(key, bandHeader(this.input(headerLine, end), HEADER_SPECS[table]));
    }
    return this.headerCache.get(key) ?? null;
  }

  headerLines(table: LayoutTable, headerLine: number): readonly number[] | null {
    return this.bandHeaderOf(table, headerLine)?.lines ?? null;
  }

  inTable(table: LayoutTable, headerLine: number, lineIndex: number): boolean | null {
    const header = this.bandHeaderOf(table, headerLine);
    const line = this.lines[lineIndex];
    if (!header || !line) return null;
    const edges = bandEdges(header);
    return !line.runs.some(({ run }) =>
      edges.some((edge) => run.x < edge - CROSSING && run.x + run.width > edge + CROSSING),
    );
  }

  private charBox(lineIndex: number, charIndex: number): { x1: number; x2: number } | null {
    const line = this.lines[lineIndex];
    if (!line) return null;
    for (const p of line.runs) {
      if (charIndex >= p.start && charIndex < p.end) {
        const len = p.run.str.length || 1;
        const w = p.run.width / len;
        const x1 = p.run.x + w * (charIndex - p.start);
        return { x1, x2: x1 + w };
      }
    }
    return null;
  }

  /** 0 = label column, k = k-th value column; null when the glyph is not wholly inside one band. */
  private bandOf(edges: readonly number[], box: { x1: number; x2: number }): number | null {
    let col = 0;
    edges.forEach((edge, k) => {
      if (box.x1 >= edge - BAND_MARGIN) col = k + 1;
    });
    const left = col === 0 ? -Infinity : (edges[col - 1] ?? -Infinity);
    const right = edges[col] ?? Infinity;
    return box.x1 >= left + BAND_MARGIN && box.x2 <= right - BAND_MARGIN ? col : null;
  }

  columnOf(table: LayoutTable, headerLine: number, lineIndex: number, charIndex: number): number | null {
    const header = this.bandHeaderOf(table, headerLine);
    const box = this.charBox(lineIndex, charIndex);
    if (!header || !box) return null;
    return this.bandOf(bandEdges(header), box);
  }

  cellsOf(table: LayoutTable, headerLine: number, lineIndex: number): string[] | null {
    const header = this.bandHeaderOf(table, headerLine);
    const line = this.lines[lineIndex];
    if (!header || !line) return null;
    const edges = bandEdges(header);
    const cells: string[] = Array.from({ length: edges.length + 1 }, () => '');
    for (const { run } of line.runs) {
      const len = run.str.length || 1;
      let col = -1;
      let piece = '';
      for (let i = 0; i < run.str.length; i += 1) {
        const x = run.x + (run.width * (i + 0.5)) / len;
        let c = 0;
        edges.forEach((edge, k) => {
          if (x >= edge) c = k + 1;
        });
        if (c !== col && piece !== '') {
          cells[col] = `${cells[col] ?? ''} ${piece}`;
          piece = '';
        }
        col = c;
        piece += run.str[i] ?? '';
      }
      if (piece !== '' && col >= 0) cells[col] = `${cells[col] ?? ''} ${piece}`;
    }
    return cells.map((c) => c.replace(/\s+/g, ' ').trim());
  }

  readMarkTable(request: TableRequest): GridReading | null {
    return readGridMarkTable(
      { ...this.input(request.headerLine, request.endLine), skipLine: request.skipLine },
      HEADER_SPECS[request.table],
    );
  }

  readTextTable(request: TableRequest): GridTextRow[] | null {
    return readGridTextTable(
      { ...this.input(request.headerLine, request.endLine), skipLine: request.skipLine },
      HEADER_SPECS[request.table],
    );
  }

  rowStart(): null {
    return null;
  }

  locate(lineIndex: number, charIndex: number): Partial<Provenance> {
    const line = this.lines[lineIndex];
    if (!line) return {};
    const run = line.runs.find((p) => charIndex >= p.start && charIndex < p.end)?.run ?? line.runs[0]?.run;
    if (!run) return { page: line.page };
    return { page: line.page, x: Math.round(run.x * 100) / 100, y: Math.round(run.y * 100) / 100 };
  }

  /** Provenance of a token the grid reading placed. */
  locateToken(token: Token): Partial<Provenance> {
    return { page: token.page, x: Math.round(token.x1 * 100) / 100, y: Math.round(token.y * 100) / 100 };
  }
}
