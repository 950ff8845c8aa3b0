/**
 * The rows of a mark table, however they were read: checked (duplicate and unknown codes, missing, multiple and
 * ambiguous marks), given provenance and mapped into the document's table.
 */
import { CATALOGS, type CatalogKind, type SopDocument } from '@sop-atlas/sop-model';
import { type RowBoxes } from '../layout';
import { type ParseContext } from './context';
import { type MarkTableSpec, valueLabel } from './mark-tables';
import { type Section } from './sections';

/** A row of the document's table: the value is null until a mark is read, candidates when the mark is ambiguous. */
export interface MarkRow<C extends string> {
  code: string | null;
  label: string;
  value: C | null;
  candidates: C[];
}

/** Where a row's mark was found and which columns it can be in. */
export interface MarkPlace {
  readonly line: number;
  readonly char: number;
  readonly cols: number[];
  /** More than one mark on the row. */
  readonly multiple: boolean;
  /** Why the value is not certain even with one column (the readings disagree), in Dutch. */
  readonly doubt?: string;
}

/** A row as read from the lines, before its checks: its label, the lines of the label and its mark. */
export interface ReadMarkRow<C extends string> {
  row: MarkRow<C>;
  labelLines: number[];
  mark: MarkPlace | null;
}

/**
 * Checks the rows (duplicate and unknown codes, missing, multiple and ambiguous marks), records their provenance and
 * stores them in the document's table.
 */
export function storeMarkRows<C extends string>(
  ctx: ParseContext,
  section: Section,
  spec: MarkTableSpec<C>,
  rows: readonly ReadMarkRow<C>[],
  headerLine: number,
): void {
  const seen = new Set<string>();
  const out = rows.map((r, i) => {
    const path = `${spec.field}[${i}]`;
    checkCode(ctx, path, r.row, seen);
    const firstLine = r.labelLines[0] ?? 0;
    const lastLine = Math.max(...r.labelLines, r.mark?.line ?? 0);
    const excerpt = ctx.excerptOf(firstLine, lastLine);
    ctx.prov(`${path}.label`, section, firstLine, 0, excerpt, r.labelLines[r.labelLines.length - 1]);
    const boxes = (at: { line: number; char: number }): RowBoxes | null =>
      ctx.layout.rowBoxes?.(spec.table, headerLine, [...r.labelLines, at.line], at) ?? null;
    if (r.mark) readValue(ctx, section, spec, { path, row: r.row, mark: r.mark, firstLine, excerpt, boxes });
    else {
      const valuePath = `${path}.${spec.valueField}`;
      ctx.warn(valuePath, 'missing-value', `Rij '${r.row.label}': geen markering gevonden.`);
      // Where the value should have been: the row, each column a candidate for the reviewer.
      const row = boxes({ line: firstLine, char: 0 });
      if (row) {
        ctx.prov(valuePath, section, firstLine, 0, excerpt, r.labelLines[r.labelLines.length - 1]);
        placeInRow(ctx, valuePath, spec, row, null);
      }
    }
    return r.row;
  });
  setTable(ctx.doc, spec.field, out);
  if (out.length > 0) warnMissingRows(ctx, spec.kind, spec.field, out);
}

/** Every catalog row of a table that was read must be found once: a row that is not is named. */
export function warnMissingRows(
  ctx: ParseContext,
  kind: CatalogKind,
  field: string,
  rows: readonly { code: string | null }[],
): void {
  const found = new Set(rows.map((r) => r.code));
  const items: readonly { code: string; row: number; templateLabel: string }[] = CATALOGS[kind];
  for (const item of items) {
    if (found.has(item.code)) continue;
    ctx.warn(
      field,
      'missing-row',
      `Rij '${item.templateLabel}' (rij ${item.row} van het sjabloon) staat niet in de tabel of is niet te lezen; controleer het origineel.`,
    );
  }
}

/** A code seen before is dropped (the row keeps its label); a row without a code is warned about. */
function checkCode(
  ctx: ParseContext,
  path: string,
  row: { code: string | null; label: string },
  seen: Set<string>,
): void {
  if (row.code !== null && seen.has(row.code)) {
    ctx.warn(
      `${path}.code`,
      'other',
      `Rij '${row.label}' staat dubbel in de tabel; de tweede is zonder code bewaard.`,
    );
    row.code = null;
  } else if (row.code !== null) seen.add(row.code);
  else
    ctx.warn(path, 'unknown-row', `Rij '${row.label}' staat niet in het sjabloon; bewaard met eigen label.`);
}

/**
 * The boxes of a value in its row: a certain value's box is its column's cell; a value in doubt (or missing) gets the
 * whole row as its box and every column's cell as a candidate.
 */
function placeInRow<C extends string>(
  ctx: ParseContext,
  valuePath: string,
  spec: MarkTableSpec<C>,
  boxes: RowBoxes,
  certainColumn: number | null,
): void {
  const p = ctx.doc.provenance[valuePath];
  if (!p) return;
  p.page = boxes.page;
  const cell = certainColumn === null ? undefined : boxes.cells[certainColumn - 1];
  if (cell) {
    p.box = cell;
    return;
  }
  p.box = boxes.row;
  p.cells = spec.columns.flatMap((value, k) => {
    const box = boxes.cells[k];
    return box ? [{ value, box }] : [];
  });
}

interface ValueRead<C extends string> {
  readonly path: string;
  readonly row: MarkRow<C>;
  readonly mark: MarkPlace;
  readonly firstLine: number;
  readonly excerpt: string;
  readonly boxes: (at: { line: number; char: number }) => RowBoxes | null;
}

/** The row's value from its mark: one column gives the value, more give candidates (warned about). */
function readValue<C extends string>(
  ctx: ParseContext,
  section: Section,
  spec: MarkTableSpec<C>,
  { path, row, mark, firstLine, excerpt, boxes }: ValueRead<C>,
): void {
  const valuePath = `${path}.${spec.valueField}`;
  const [only] = mark.cols;
  const values = mark.cols.map((c) => spec.columns[c - 1]).filter((c): c is C => c !== undefined);
  const said = values.map((v) => `'${valueLabel(spec, v)}'`);
  if (mark.multiple) {
    const some = values.length > 0 && values.length < spec.columns.length;
    if (some) row.candidates = values;
    ctx.warn(
      valuePath,
      'multiple-marks',
      `Rij '${row.label}': meer dan één markering${some ? ` (${said.join(' en ')})` : ''}; niets overgenomen.`,
      ...(some ? [[...values]] : []),
    );
  } else if (mark.cols.length === 1 && only !== undefined && mark.doubt === undefined) {
    row.value = spec.columns[only - 1] ?? null;
  } else {
    row.candidates = values;
    ctx.warn(
      valuePath,
      'ambiguous-cell',
      mark.doubt !== undefined
        ? `Rij '${row.label}': ${mark.doubt}; kies ${said.join(' of ')} na controle van het origineel.`
        : `Rij '${row.label}': de markering past bij meer dan één kolom; kies ${said.join(' of ')} na controle van het origineel.`,
      [...values],
    );
  }
  const later = mark.line > firstLine;
  ctx.prov(valuePath, section, mark.line, mark.char, excerpt, later ? mark.line : undefined);
  if (later) {
    // The value's place spans the row from its label to its mark.
    const p = ctx.doc.provenance[valuePath];
    if (p) {
      p.line = firstLine + 1;
      p.lineEnd = mark.line + 1;
      Object.assign(p, ctx.layout.locate(mark.line, mark.char));
    }
  }
  const rowBoxes = boxes({ line: mark.line, char: mark.char });
  if (rowBoxes) placeInRow(ctx, valuePath, spec, rowBoxes, row.value === null ? null : (only ?? null));
}

/** Puts the rows into the document's table of `field` (codes and values were read against that table's catalogs). */
function setTable<C extends string>(
  doc: SopDocument,
  field: MarkTableSpec<C>['field'],
  rows: readonly MarkRow<C>[],
): void {
  if (field === 'hgw') {
    doc.hgw = rows.map((r) => ({
      code: r.code as SopDocument['hgw'][number]['code'],
      label: r.label,
      status: r.value as SopDocument['hgw'][number]['status'],
      candidates: r.candidates as SopDocument['hgw'][number]['candidates'],
    }));
  } else if (field === 'partners') {
    doc.partners = rows.map((r) => ({
      code: r.code as SopDocument['partners'][number]['code'],
      label: r.label,
      frequency: r.value as SopDocument['partners'][number]['frequency'],
      candidates: r.candidates as SopDocument['partners'][number]['candidates'],
    }));
  } else {
    doc.facilities = rows.map((r) => ({
      code: r.code as SopDocument['facilities'][number]['code'],
      label: r.label,
      status: r.value as SopDocument['facilities'][number]['status'],
      candidates: r.candidates as SopDocument['facilities'][number]['candidates'],
    }));
  }
}
