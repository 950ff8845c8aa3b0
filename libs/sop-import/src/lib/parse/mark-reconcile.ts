/**
 * Two independent readings of one mark table, reconciled. The grid reading (drawn cells) gives the rows and their
 * marks; the line reading (text positions under the header words) must say the same for a value to be certain.
 * Any difference — another column, no mark, no such row — becomes doubt: the value is left empty and the reviewer
 * gets the candidates of both readings. Nothing is guessed.
 */
import { matchCatalogLabel, normaliseLabel } from '@sop-atlas/sop-model';
import { type GridMark, type GridReading, type GridRow } from '../pdf/grid-table';
import { truncate } from '../text-utils';
import { type ParseContext } from './context';
import { type MarkPlace, type ReadMarkRow } from './mark-rows';
import { type MarkTableSpec, valueLabel } from './mark-tables';
import { joinSplitRows, labelOf } from './split-rows';

function names<C extends string>(spec: MarkTableSpec<C>, cols: readonly number[]): string {
  return cols.map((c) => `'${valueLabel(spec, spec.columns[c - 1] ?? '?')}'`).join(' of ');
}

/** What the grid says about a row's mark, before the line reading is asked. */
function gridPlace(marks: readonly GridMark[]): MarkPlace | null {
  const [first] = marks;
  if (!first) return null;
  const line = first.token.line;
  const char = first.token.char;
  if (marks.length > 1) {
    const cols = [...new Set(marks.flatMap((m) => m.columns))].sort((a, b) => a - b);
    return { line, char, cols, multiple: true };
  }
  return {
    line,
    char,
    cols: [...first.columns],
    multiple: false,
    ...(first.doubt !== undefined ? { doubt: first.doubt } : {}),
  };
}

/** The line reading of one grid row: the rows it read from the same lines (a label it split counts once). */
interface LineView<C extends string> {
  readonly rows: readonly ReadMarkRow<C>[];
}

/** The grid's place, checked against the line reading's place of the same row. */
function agree<C extends string>(
  spec: MarkTableSpec<C>,
  grid: MarkPlace | null,
  line: LineView<C>,
): MarkPlace | null {
  const marks = line.rows.flatMap((r) => (r.mark ? [r.mark] : []));
  const [lineMark] = marks;
  if (!grid) {
    if (!lineMark) return null;
    return { ...lineMark, doubt: 'in de tabelcellen staat geen markering, maar de tekstregels tonen er een' };
  }
  if (grid.multiple || grid.doubt !== undefined || grid.cols.length !== 1) return grid;
  const [col] = grid.cols;
  if (col === undefined) return grid;
  if (line.rows.length === 0) return { ...grid, doubt: 'de rij is in de tekstregels niet terug te vinden' };
  if (!lineMark) return { ...grid, doubt: 'de tekstregels tonen bij deze rij geen markering' };
  if (marks.length > 1 || lineMark.multiple)
    return { ...grid, doubt: 'de tekstregels tonen bij deze rij meer dan één markering' };
  const [lineCol] = lineMark.cols;
  if (lineMark.cols.length === 1 && lineCol === col) return grid;
  if (lineMark.cols.length === 1 && lineCol !== undefined)
    return {
      ...grid,
      cols: [col, lineCol].sort((a, b) => a - b),
      doubt: `de tabelcellen zeggen ${names(spec, [col])}, de tekstregels ${names(spec, [lineCol])}`,
    };
  return { ...grid, doubt: 'de tekstregels kunnen de kolom van de markering niet bevestigen' };
}

export function reconcileWithGrid<C extends string>(
  ctx: ParseContext,
  spec: MarkTableSpec<C>,
  lineRows: readonly ReadMarkRow<C>[],
  grid: GridReading,
): ReadMarkRow<C>[] {
  const skip = spec.skip.map((t) => normaliseLabel(t).slice(0, 40));
  const used = new Set<number>();
  const out: ReadMarkRow<C>[] = [];
  const rows = joinSplitRows(spec.kind, grid.rows, (a: GridRow, b: GridRow) => ({
    ...a,
    labelLines: [...a.labelLines, ...b.labelLines],
    lineIndices: [...a.lineIndices, ...b.lineIndices],
    marks: [...a.marks, ...b.marks],
  }));
  for (const row of rows) {
    const label = labelOf(spec.kind, row.labelLines);
    if (label === '' || skip.some((s) => normaliseLabel(label).startsWith(s))) continue;
    const code = matchCatalogLabel(spec.kind, label);
    // The line reading's rows of the same label lines (both readings number the same lines).
    const own = new Set(row.lineIndices);
    const matched: number[] = [];
    lineRows.forEach((r, i) => {
      const [firstLine] = r.labelLines;
      if (!used.has(i) && firstLine !== undefined && own.has(firstLine)) matched.push(i);
    });
    if (matched.length === 0) {
      const key = normaliseLabel(label);
      const i = lineRows.findIndex(
        (r, k) =>
          !used.has(k) &&
          (code !== null ? r.row.code === code : r.row.code === null && normaliseLabel(r.row.label) === key),
      );
      if (i >= 0) matched.push(i);
    }
    for (const i of matched) used.add(i);
    const view = { rows: matched.flatMap((i) => lineRows[i] ?? []) };
    out.push({
      row: { code, label: truncate(label, 1000), value: null, candidates: [] },
      labelLines: [...row.lineIndices],
      mark: agree(spec, gridPlace(row.marks), view),
    });
  }
  // Rows only the line reading found: kept, but never certain.
  lineRows.forEach((r, i) => {
    if (used.has(i)) return;
    out.push({
      ...r,
      row: { ...r.row },
      mark: r.mark
        ? { ...r.mark, doubt: 'de rij staat alleen in de tekstregels, niet in de tabelcellen' }
        : null,
    });
  });
  for (const stray of grid.strays) {
    ctx.warn(
      spec.field,
      'other',
      `Een markering op pagina ${stray.token.page} ${stray.reason}; niet overgenomen. Controleer het origineel.`,
    );
  }
  return out.sort((a, b) => (a.labelLines[0] ?? 0) - (b.labelLines[0] ?? 0));
}
