/**
 * What the PDF path knows beyond its text lines, in two independent readings of each table:
 * - the **line reading** asks `columnOf`/`cellsOf`: a character's column from the bands under the header words
 *   (text positions only; a glyph that does not lie wholly inside one band has no column);
 * - the **grid reading** (`readMarkTable`) places every mark in its drawn cell (`grid-table.ts`).
 * The parser stores a mark's value as certain only where the readings agree.
 */
import { type PageBox, type Provenance } from '@sop-atlas/sop-model';
import { type Layout, type LayoutTable, type LinePoint, type RowBoxes, type TableRequest } from '../layout';
import { type GridReading, type GridTextRow, readGridMarkTable, readGridTextTable } from './grid-table';
import {
  bandEdges,
  bandHeader,
  type ColumnExtent,
  gridHeader,
  HEADER_SPECS,
  type HeaderReading,
} from './header';
import { type PdfLine } from './extract';
import { type Box, cellAt, NO_RULES, type PageRules } from './rules';
import { centreOf, type Token, tokensOf } from './tokens';

/** How far inside its band a glyph must lie for the line reading to place it (pt). */
const BAND_MARGIN = 0.5;
/** A run that reaches this far past a column edge on both sides crosses it (pt). */
const CROSSING = 3;
/** Room given to the last column of a table without drawn cells beyond its header word (pt). */
const LAST_COLUMN_PAD = 6;

const round2 = (v: number): number => Math.round(v * 100) / 100;

function pageBox(box: Box): PageBox {
  return { x1: round2(box.x1), y1: round2(box.y1), x2: round2(box.x2), y2: round2(box.y2) };
}

function union(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  return {
    x1: Math.min(a.x1, b.x1),
    x2: Math.max(a.x2, b.x2),
    y1: Math.min(a.y1, b.y1),
    y2: Math.max(a.y2, b.y2),
  };
}

export class PdfLayout implements Layout {
  readonly source = 'pdf' as const;
  private readonly tokens: readonly Token[][];
  private readonly headerCache = new Map<string, HeaderReading | null>();
  private readonly columnCache = new Map<string, readonly ColumnExtent[] | null>();

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

  locate(lineIndex: number, charIndex: number, lineEnd?: number): Partial<Provenance> {
    const line = this.lines[lineIndex];
    if (!line) return {};
    const run = line.runs.find((p) => charIndex >= p.start && charIndex < p.end)?.run ?? line.runs[0]?.run;
    if (!run) return { page: line.page };
    const token = this.tokenAt(lineIndex, charIndex);
    // The drawn cell of the character, widened to the text lines the value runs over (on its first page).
    const box = union(
      token ? this.cellOf(token) : null,
      this.linesBox(line.page, lineIndex, lineEnd ?? lineIndex),
    );
    return {
      page: line.page,
      x: round2(run.x),
      y: round2(run.y),
      ...(box ? { box: pageBox(box) } : {}),
    };
  }

  rowBoxes(table: LayoutTable, headerLine: number, lines: readonly number[], at: LinePoint): RowBoxes | null {
    const token = this.tokenAt(at.line, at.char);
    const columns = this.columnsOf(table, headerLine);
    const [label] = columns ?? [];
    const last = columns?.[columns.length - 1];
    if (!token || !columns || !label || !last || columns.length < 2) return null;
    // The row's height: the drawn cell of the point, else the text of its lines on that page.
    let rows: Box | null = this.cellOf(token);
    if (!rows) for (const i of lines) rows = union(rows, this.linesBox(token.page, i, i));
    if (!rows) return null;
    const { y1, y2 } = rows;
    return {
      page: token.page,
      row: pageBox({ x1: label.x1, x2: last.x2, y1, y2 }),
      cells: columns.slice(1).map((c) => pageBox({ x1: c.x1, x2: c.x2, y1, y2 })),
    };
  }

  /** Provenance of a token the grid reading placed. */
  locateToken(token: Token): Partial<Provenance> {
    return { page: token.page, x: round2(token.x1), y: round2(token.y) };
  }

  /** The word at (or first after) a character of a line. */
  private tokenAt(lineIndex: number, charIndex: number): Token | null {
    const tokens = this.tokens[lineIndex] ?? [];
    return (
      tokens.find((t) => charIndex >= t.char && charIndex < t.char + t.text.length) ??
      tokens.find((t) => t.char >= charIndex) ??
      tokens[tokens.length - 1] ??
      null
    );
  }

  private cellOf(token: Token): Box | null {
    const c = centreOf(token);
    return cellAt(this.rules.get(token.page) ?? NO_RULES, c.x, c.y);
  }

  /** The text of lines `from`..`to` (inclusive) on `page`: from below the baseline to above the capitals. */
  private linesBox(page: number, from: number, to: number): Box | null {
    let box: Box | null = null;
    for (let i = from; i <= to; i += 1) {
      const line = this.lines[i];
      if (!line || line.page !== page) continue;
      for (const { run } of line.runs) {
        box = union(box, {
          x1: run.x,
          x2: run.x + run.width,
          y1: run.y - 0.25 * run.size,
          y2: run.y + 0.85 * run.size,
        });
      }
    }
    return box;
  }

  /**
   * The horizontal extent of each column of a table (label first): the drawn header cells, else the bands under the
   * header words (the last band as wide as the one before it).
   */
  private columnsOf(table: LayoutTable, headerLine: number): readonly ColumnExtent[] | null {
    const key = `${table}:${headerLine}`;
    const cached = this.columnCache.get(key);
    if (cached !== undefined) return cached;
    const end = Math.min(this.lines.length, headerLine + 10);
    const grid = gridHeader(this.input(headerLine, end), HEADER_SPECS[table]);
    let columns: readonly ColumnExtent[] | null = grid?.columns ?? null;
    const band = grid ? null : this.bandHeaderOf(table, headerLine);
    if (band) {
      const edges = bandEdges(band);
      const first = band.columns[0];
      columns = first
        ? [
            { x1: first.x1, x2: edges[0] ?? first.x2 },
            ...edges.map((x1, k) => {
              const own = band.columns[k + 1];
              const width = k > 0 ? x1 - (edges[k - 1] ?? x1) : 0;
              const x2 = edges[k + 1] ?? Math.max((own?.x2 ?? x1) + LAST_COLUMN_PAD, x1 + width);
              return { x1, x2 };
            }),
          ]
        : null;
    }
    this.columnCache.set(key, columns);
    return columns;
  }
}
