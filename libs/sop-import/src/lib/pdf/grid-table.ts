/**
 * Reading a mark table from its drawn cells. Every word is placed in the cell whose box holds its centre; the label
 * cell of a row (all its lines) is the row; a mark belongs to the value column whose header cell holds its cell and to
 * the row whose label cell spans its cell. A mark in no cell, in a cell that spans columns or rows, or drawn across a
 * border is ambiguous and keeps its candidate columns: it is never guessed.
 */
import { headerNames } from '../table-headers';
import { type HeaderReading, type HeaderSpec, gridHeader, type HeaderInput } from './header';
import { type Box, cellAt, crossesRule } from './rules';
import { centreOf, EMPTY_TOKEN, glyphBox, letters, MARK_TOKEN, type Token } from './tokens';

export interface GridMark {
  readonly token: Token;
  /** 1-based value columns the mark may be in: one when the cell proves it. */
  readonly columns: readonly number[];
  /** Why more than one column (Dutch, for the warning). */
  readonly doubt?: string;
}

export interface GridRow {
  readonly page: number;
  readonly box: Box;
  /** Text of each line of the label cell, top to bottom. */
  readonly labelLines: readonly string[];
  readonly lineIndices: readonly number[];
  readonly marks: GridMark[];
}

export interface GridStray {
  readonly token: Token;
  readonly reason: string;
}

export interface GridReading {
  readonly header: HeaderReading;
  readonly rows: readonly GridRow[];
  /** Marks that belong to no row. */
  readonly strays: readonly GridStray[];
}

const EDGE = 2;

function overlapping(box: { x1: number; x2: number }, header: HeaderReading): number[] {
  const out: number[] = [];
  header.columns.forEach((col, k) => {
    if (box.x1 < col.x2 - EDGE && box.x2 > col.x1 + EDGE) out.push(k);
  });
  return out;
}

/** A word placed in its drawn cell (null: in no cell). */
interface Placed {
  readonly token: Token;
  readonly box: Box | null;
}

/** The header, the rows (label cells, all their lines) and every other word placed in its cell. */
function placeTokens(
  input: HeaderInput & { readonly skipLine: (line: number) => boolean },
  spec: HeaderSpec,
): { header: HeaderReading; rows: GridRow[]; values: Placed[] } | null {
  const header = gridHeader(input, spec);
  if (!header) return null;
  const labelNames = spec.label.map(letters);
  const headerLines = new Set(header.lines);
  const rows = new Map<string, { page: number; box: Box; tokens: Token[] }>();
  const values: Placed[] = [];
  for (let i = input.headerLine; i < input.endLine; i += 1) {
    if (input.skipLine(i)) continue;
    for (const t of input.tokens(i)) {
      if (EMPTY_TOKEN.test(t.text)) continue;
      if (t.page === header.page && headerLines.has(i) && centreOf(t).y > header.bottom) continue;
      const c = centreOf(t);
      const box = cellAt(input.rules(t.page), c.x, c.y);
      const cols = box ? overlapping(box, header) : [];
      if (!box || MARK_TOKEN.test(t.text) || cols.length !== 1 || cols[0] !== 0) {
        values.push({ token: t, box });
        continue;
      }
      const key = `${t.page}:${box.x1.toFixed(1)}:${box.y1.toFixed(1)}:${box.y2.toFixed(1)}`;
      const row = rows.get(key) ?? { page: t.page, box, tokens: [] };
      row.tokens.push(t);
      rows.set(key, row);
    }
  }
  const firstColumn = headerNames(spec)[1] ?? [];
  const out: GridRow[] = [];
  for (const row of [...rows.values()].sort((a, b) => a.page - b.page || b.box.y2 - a.box.y2)) {
    const { lineIndices, texts } = linesOf(row.tokens);
    // A header row repeated on the next page is no row: its label and its first value cell spell the header.
    if (labelNames.includes(letters(texts.join('')))) {
      const inFirst = values.filter(
        (v) =>
          v.box !== null &&
          v.token.page === row.page &&
          v.box.y1 >= row.box.y1 - EDGE &&
          v.box.y2 <= row.box.y2 + EDGE &&
          overlapping(v.box, header)[0] === 1,
      );
      const spelledFirst = letters(
        inFirst
          .map((v) => v.token)
          .sort((a, b) => b.y - a.y || a.x1 - b.x1)
          .map((t) => t.text)
          .join(''),
      );
      if (firstColumn.includes(spelledFirst)) continue;
    }
    out.push({ page: row.page, box: row.box, labelLines: texts, lineIndices, marks: [] });
  }
  return { header, rows: out, values };
}

/** Tokens as lines of text, top to bottom. */
function linesOf(tokens: readonly Token[]): { lineIndices: number[]; texts: string[] } {
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  const lineIndices = [...byLine.keys()].sort((a, b) => a - b);
  const texts = lineIndices.map((l) =>
    (byLine.get(l) ?? [])
      .sort((a, b) => a.x1 - b.x1)
      .map((t) => t.text)
      .join(' '),
  );
  return { lineIndices, texts };
}

function rowOf(rows: readonly GridRow[], token: Token, box: Box): GridRow | undefined {
  return rows.find((r) => r.page === token.page && box.y1 >= r.box.y1 - EDGE && box.y2 <= r.box.y2 + EDGE);
}

/** Reads a gridded mark table, or null when the table has no drawn header row that spells the template's columns. */
export function readGridMarkTable(
  input: HeaderInput & { readonly skipLine: (line: number) => boolean },
  spec: HeaderSpec,
): GridReading | null {
  const placed = placeTokens(input, spec);
  if (!placed) return null;
  const { header, rows: out } = placed;
  const marks = placed.values.filter((v) => MARK_TOKEN.test(v.token.text));
  const strays: GridStray[] = [];
  const valueColumns = header.columns.map((_, k) => k).filter((k) => k > 0);
  for (const { token, box } of marks) {
    if (!box) {
      strays.push({ token, reason: 'staat in geen tabelcel' });
      continue;
    }
    const row = rowOf(out, token, box);
    const glyph = glyphBox(token);
    const crossing = crossesRule(input.rules(token.page), glyph);
    const cols = (crossing ? overlapping(glyph, header) : overlapping(box, header)).filter((k) => k > 0);
    if (!row) {
      strays.push({ token, reason: 'hoort bij geen rij met een label' });
      continue;
    }
    if (!crossing && cols.length === 1 && overlapping(box, header).length === 1) {
      row.marks.push({ token, columns: cols });
      continue;
    }
    row.marks.push({
      token,
      columns: cols.length > 0 ? cols : valueColumns,
      doubt: crossing
        ? 'de markering staat op een celrand'
        : cols.length === 0
          ? 'de markering staat niet onder een kolomkop'
          : 'de markering staat in een cel over meer dan één kolom',
    });
  }
  return { header, rows: out, strays };
}

export interface GridTextRow {
  readonly page: number;
  readonly labelLines: readonly string[];
  readonly lineIndices: readonly number[];
  /** Per value column (1-based index - 1): its lines of text, with the first word's place. */
  readonly cells: readonly {
    readonly texts: readonly string[];
    readonly lineIndices: readonly number[];
    readonly first: Token | null;
  }[];
}

/** Reads a gridded text table (label, then text columns such as ja/nee and availability), or null. */
export function readGridTextTable(
  input: HeaderInput & { readonly skipLine: (line: number) => boolean },
  spec: HeaderSpec,
): GridTextRow[] | null {
  const placed = placeTokens(input, spec);
  if (!placed) return null;
  const { header, rows } = placed;
  const perRow = new Map<GridRow, Token[][]>();
  for (const { token, box } of placed.values) {
    if (!box) continue;
    const cols = overlapping(box, header);
    const [col] = cols;
    const row = rowOf(rows, token, box);
    if (!row || cols.length !== 1 || col === undefined || col === 0) continue;
    const cells = perRow.get(row) ?? header.columns.slice(1).map(() => []);
    cells[col - 1]?.push(token);
    perRow.set(row, cells);
  }
  return rows.map((row) => ({
    page: row.page,
    labelLines: row.labelLines,
    lineIndices: row.lineIndices,
    cells: (perRow.get(row) ?? header.columns.slice(1).map(() => [])).map((tokens) => {
      const { lineIndices, texts } = linesOf(tokens);
      const first = [...tokens].sort((a, b) => b.y - a.y || a.x1 - b.x1)[0] ?? null;
      return { texts, lineIndices, first };
    }),
  }));
}
