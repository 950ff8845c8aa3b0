/**
 * The header row of a template table, found from the *whole* header cell of each column: all its wrapped lines,
 * even a word broken inside ("Struct" / "ureel", "toepa" / "ssing"). Two ways, independent of each other:
 * - `grid`: the drawn cell around each header word (needs rules);
 * - `band`: words grouped by the horizontal extent they share across the header lines (text positions only).
 * The cells (or groups) must spell the template's column names in order, letters only; otherwise there is no header.
 */
import { type HeaderSpec, headerNames, isHeaderContinuation } from '../table-headers';
import { type Box, cellAt, type PageRules } from './rules';
import { centreOf, letters, type Token } from './tokens';

export { HEADER_SPECS, type HeaderSpec, isHeaderContinuation } from '../table-headers';

export interface ColumnExtent {
  readonly x1: number;
  readonly x2: number;
}

export interface HeaderReading {
  readonly page: number;
  /** Label column first, then the value columns in template order. */
  readonly columns: readonly ColumnExtent[];
  /** Line indices that belong to the header. */
  readonly lines: readonly number[];
  /** Lowest point of the header (page coordinates): body rows start below it. */
  readonly bottom: number;
}

interface Cluster {
  x1: number;
  x2: number;
  tokens: Token[];
}

function spelled(cluster: Cluster): string {
  return letters(
    [...cluster.tokens]
      .sort((a, b) => a.page - b.page || b.y - a.y || a.x1 - b.x1)
      .map((t) => t.text)
      .join(''),
  );
}

/** Assigns clusters (sorted by x) to the names in order; adjacent clusters may together spell one name. */
function matchClusters(clusters: readonly Cluster[], spec: HeaderSpec): ColumnExtent[] | null {
  const names = headerNames(spec);
  const out: ColumnExtent[] = [];
  let k = 0;
  for (const alternatives of names) {
    let text = '';
    let x1 = Infinity;
    let x2 = -Infinity;
    let matched = false;
    while (k < clusters.length) {
      const c = clusters[k];
      if (!c) break;
      text += spelled(c);
      x1 = Math.min(x1, c.x1);
      x2 = Math.max(x2, c.x2);
      k += 1;
      if (alternatives.includes(text)) {
        matched = true;
        break;
      }
      if (!alternatives.some((a) => a.startsWith(text))) return null;
    }
    if (!matched) return null;
    out.push({ x1, x2 });
  }
  return k === clusters.length ? out : null;
}

export interface HeaderInput {
  /** Tokens per line index. */
  readonly tokens: (line: number) => readonly Token[];
  readonly headerLine: number;
  readonly endLine: number;
  readonly rules: (page: number) => PageRules;
}

/** `grid`: the header row is the drawn row around the header line; its cells are the columns. */
export function gridHeader(input: HeaderInput, spec: HeaderSpec): HeaderReading | null {
  const first = [...input.tokens(input.headerLine)].sort((a, b) => a.x1 - b.x1)[0];
  if (!first) return null;
  const rules = input.rules(first.page);
  const c = centreOf(first);
  const row = cellAt(rules, c.x, c.y);
  if (!row) return null;
  const cells = new Map<string, { box: Box; tokens: Token[] }>();
  const lines = new Set<number>();
  for (let i = input.headerLine; i < Math.min(input.endLine, input.headerLine + 10); i += 1) {
    for (const t of input.tokens(i)) {
      const tc = centreOf(t);
      if (t.page !== first.page || tc.y < row.y1 || tc.y > row.y2) continue;
      const box = cellAt(rules, tc.x, tc.y);
      if (!box) continue;
      const key = `${box.x1.toFixed(1)}:${box.x2.toFixed(1)}`;
      const cell = cells.get(key) ?? { box, tokens: [] };
      cell.tokens.push(t);
      cells.set(key, cell);
      lines.add(i);
    }
  }
  const clusters = [...cells.values()]
    .map((cell) => ({ x1: cell.box.x1, x2: cell.box.x2, tokens: cell.tokens }))
    .sort((a, b) => a.x1 - b.x1);
  const columns = matchClusters(clusters, spec);
  if (!columns) return null;
  return { page: first.page, columns, lines: [...lines].sort((a, b) => a - b), bottom: row.y1 };
}

/** `band`: the header line and the wrapped lines under it; words grouped by the extent they share. */
export function bandHeader(input: HeaderInput, spec: HeaderSpec): HeaderReading | null {
  const headerTokens = [...input.tokens(input.headerLine)];
  const first = headerTokens[0];
  if (!first) return null;
  const lines = [input.headerLine];
  let lastY = first.y;
  let lastPage = first.page;
  for (let i = input.headerLine + 1; i < Math.min(input.endLine, input.headerLine + 8); i += 1) {
    const ts = input.tokens(i);
    const t0 = ts[0];
    if (!t0) continue;
    // The header row may go on at the top of the next page (a row split by a page break).
    const samePage = t0.page === lastPage;
    if (!(samePage ? lastY - t0.y <= 2.2 * t0.size : t0.page === lastPage + 1)) break;
    if (
      !isHeaderContinuation(
        ts.map((t) => t.text),
        spec,
      )
    )
      break;
    headerTokens.push(...ts);
    lines.push(i);
    lastY = t0.y;
    lastPage = t0.page;
  }
  // Group: same line and a word space apart, or overlapping extents on different lines.
  const sorted = [...headerTokens].sort((a, b) => a.x1 - b.x1);
  const clusters: Cluster[] = [];
  for (const t of sorted) {
    const near = clusters.find((c) =>
      c.tokens.some((o) =>
        o.group === t.group
          ? true
          : o.line === t.line
            ? Math.max(o.x1, t.x1) - Math.min(o.x2, t.x2) < 0.5 * t.size
            : Math.min(o.x2, t.x2) - Math.max(o.x1, t.x1) > 0.5,
      ),
    );
    if (near) {
      near.tokens.push(t);
      near.x1 = Math.min(near.x1, t.x1);
      near.x2 = Math.max(near.x2, t.x2);
    } else clusters.push({ x1: t.x1, x2: t.x2, tokens: [t] });
  }
  clusters.sort((a, b) => a.x1 - b.x1);
  const columns = matchClusters(clusters, spec);
  if (!columns) return null;
  const last = headerTokens.filter((t) => t.page === lastPage);
  const bottom = Math.min(...last.map((t) => t.y - 0.3 * t.size));
  return { page: lastPage, columns, lines, bottom };
}

/**
 * Column bands of a band header: each value column from a little before its first header word to the next one's.
 * Returns the left edge of each value column (the label column is everything before the first).
 */
export function bandEdges(header: HeaderReading): number[] {
  const edges: number[] = [];
  for (let k = 1; k < header.columns.length; k += 1) {
    const col = header.columns[k];
    const prev = header.columns[k - 1];
    if (!col || !prev) continue;
    edges.push(col.x1 - Math.max(0, Math.min(6, (col.x1 - prev.x2) / 2)));
  }
  return edges;
}
