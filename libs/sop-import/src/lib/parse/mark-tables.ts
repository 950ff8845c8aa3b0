/**
 * Mark tables (2C HGW, 2D partners, 2D facilities): a row label and an `X` in one of the value columns. Reading a
 * table gives rows (`readMarkRows`); the rows are then checked and mapped into the document (`storeMarkRows` in
 * mark-rows.ts), so a table read another way can feed the same checks.
 */
import {
  FACILITY_STATUSES,
  FACILITY_STATUS_CODES,
  FREQUENCIES,
  FREQUENCY_CODES,
  HGW_STATUS_CODES,
  HGW_STATUSES,
  matchCatalogLabel,
  normaliseLabel,
} from '@sop-atlas/sop-model';
import { type LayoutTable } from '../layout';
import { HGW_HEADER_ROW, HGW_TEXT } from '../template-texts';
import { collapse, EMPTY_TOKEN, fold, MARK_TOKEN, truncate } from '../text-utils';
import { type Entry, type ParseContext } from './context';
import { stripTemplate } from './free-text';
import { continuesLabel, isLabelPrefix, joinLabel, type PendingLabel } from './labels';
import { HEADER_SPECS, hasValueColumnWord, isHeaderContinuation } from '../table-headers';
import { reconcileWithGrid } from './mark-reconcile';
import { type MarkPlace, type ReadMarkRow, storeMarkRows } from './mark-rows';
import { type Section } from './sections';

export interface MarkHit {
  /** Index of the (first) mark character in the raw line. */
  readonly index: number;
  readonly count: number;
  /** Spaces between label text and mark; null when the line holds no label text (continuation line). */
  readonly before: number | null;
  /** Spaces after the mark; null when there are none (trimmed line). */
  readonly after: number | null;
  readonly labelPart: string;
  /** With empty boxes beside the mark: how many cells the line ends with, and the mark's place among them. */
  readonly boxes: { readonly cells: number; readonly column: number } | null;
}

/** A token that is a mark: one mark character, or (as the text path always read it) a word starting with x/X. */
function isMarkToken(token: string): boolean {
  return MARK_TOKEN.test(token) || token[0] === 'x' || token[0] === 'X';
}

/**
 * Finds the mark(s) at the end of a table line: `X`, `x`, `✓`, `☒` …, among empty boxes (`☐`) a Word form puts in
 * the other cells. With such boxes in every cell the mark's place among them is its column (`ordinal`).
 */
export function findMark(raw: string): MarkHit | null {
  const trimmedEnd = raw.replace(/\s+$/, '');
  const tail = raw.slice(trimmedEnd.length);
  const after = tail.length > 0 && /^ +$/.test(tail) ? tail.length : null;
  const tokens = [...trimmedEnd.matchAll(/\S+/g)];
  let count = 0;
  let first = -1;
  let start = -1;
  let boxes = 0;
  let ordinal: number | null = null;
  let k = tokens.length - 1;
  for (; k >= 0; k -= 1) {
    const token = tokens[k];
    if (!token) break;
    if (EMPTY_TOKEN.test(token[0])) boxes += 1;
    else if (isMarkToken(token[0])) {
      count += 1;
      first = token.index;
      ordinal = tokens.length - k;
    } else break;
    start = token.index;
  }
  if (count === 0) return null;
  const cells = tokens.length - 1 - k;
  const head = raw.slice(0, boxes > 0 ? start : first);
  const labelPart = head.trim();
  const gap = head.slice(head.replace(/\s+$/, '').length);
  const before = labelPart === '' ? null : /^ +$/.test(gap) ? gap.length : null;
  return {
    index: first,
    count,
    before: count === 1 && boxes === 0 ? before : null,
    after: count === 1 && boxes === 0 ? after : null,
    labelPart,
    boxes: boxes > 0 && count === 1 && ordinal !== null ? { cells, column: cells - ordinal + 1 } : null,
  };
}

/** The columns (1-based) a mark can be in, judged from its spacing: k spaces before and (n + 1 - k) after. */
export function spacingColumns(n: number, before: number | null, after: number | null): number[] {
  const evidence: number[] = [];
  let contradictory = false;
  if (before !== null) {
    if (before >= 1 && before <= n) evidence.push(before);
    else contradictory = true;
  }
  if (after !== null) {
    const k = n + 1 - after;
    if (k >= 1 && k <= n) evidence.push(k);
    else contradictory = true;
  }
  const all = Array.from({ length: n }, (_, i) => i + 1);
  if (contradictory || evidence.length === 0) return all;
  return [...new Set(evidence)].sort((a, b) => a - b);
}

/** The Dutch name of a value as the template's column header writes it ("Niet van toepassing", "Op orde"). */
export function valueLabel(spec: MarkTableSpec<string>, value: string): string {
  const scale: readonly { code: string; label: string }[] =
    spec.kind === 'hgw' ? HGW_STATUSES : spec.kind === 'partner' ? FREQUENCIES : FACILITY_STATUSES;
  return scale.find((v) => v.code === value)?.label ?? value;
}

export interface MarkTableSpec<C extends string> {
  readonly table: Extract<LayoutTable, 'hgw' | 'partner' | 'facility'>;
  readonly kind: 'hgw' | 'partner' | 'facility';
  readonly field: 'hgw' | 'partners' | 'facilities';
  readonly valueField: 'status' | 'frequency';
  readonly columns: readonly C[];
  readonly header: RegExp;
  /** Words of header cells that wrap onto the lines after the header line. */
  readonly headerWords: readonly string[];
  readonly numbered: boolean;
  readonly skip: readonly string[];
}

export const HGW_SPEC: MarkTableSpec<(typeof HGW_STATUS_CODES)[number]> = {
  table: 'hgw',
  kind: 'hgw',
  field: 'hgw',
  valueField: 'status',
  columns: HGW_STATUS_CODES,
  header: /^uitgangspunt(?:en)?(?:\s+hgw\b|\s+op\b|\s*$)/,
  headerWords: ['op', 'orde', 'in', 'ontwikkeling', 'nog', 'te', 'starten'],
  numbered: true,
  skip: [HGW_HEADER_ROW],
};

export const PARTNER_SPEC: MarkTableSpec<(typeof FREQUENCY_CODES)[number]> = {
  table: 'partner',
  kind: 'partner',
  field: 'partners',
  valueField: 'frequency',
  columns: FREQUENCY_CODES,
  header: /^betrokken\s+exper|structureel\s+regelmatig/,
  headerWords: ['niet', 'van', 'toepassing'],
  numbered: false,
  skip: [],
};

export const FACILITY_SPEC: MarkTableSpec<(typeof FACILITY_STATUS_CODES)[number]> = {
  table: 'facility',
  kind: 'facility',
  field: 'facilities',
  valueField: 'status',
  columns: FACILITY_STATUS_CODES,
  header: /^voorziening(?:en)?\b(?!\s+(?:doven|blinden))|aanwezig in de school\s+niet van toepassing/,
  headerWords: ['aanwezig', 'in', 'de', 'school', 'niet', 'van', 'toepassing'],
  numbered: false,
  skip: [],
};

/**
 * Reads the table of `section` (if found) into the document. Where the layout has a second reading of the table
 * from its drawn cells (PDF), the two are reconciled: a value is certain only where both say the same.
 */
export function parseMarkTable<C extends string>(
  ctx: ParseContext,
  section: Section | undefined,
  spec: MarkTableSpec<C>,
): void {
  if (!section) return;
  const { rows, headerLine } = readMarkRows(ctx, section, spec);
  const grid = ctx.layout.readMarkTable?.({
    table: spec.table,
    headerLine,
    endLine: section.end,
    skipLine: (i) => ctx.removed[i] === true,
  });
  storeMarkRows(ctx, section, spec, grid ? reconcileWithGrid(ctx, spec, rows, grid) : rows, headerLine);
}

/** The rows of a mark table as the lines give them (unmatched marks are warned about). */
export function readMarkRows<C extends string>(
  ctx: ParseContext,
  section: Section,
  spec: MarkTableSpec<C>,
): { rows: ReadMarkRow<C>[]; headerLine: number } {
  const entries = ctx.entries(section);
  const names = HEADER_SPECS[spec.table];
  const isHeader = (e: Entry): boolean => {
    const f = fold(e.text);
    return spec.header.test(f) && hasValueColumnWord(f.split(' '), names);
  };
  const { headerLine, headerAt } = ctx.tableBody(entries, isHeader, section.start);
  const headerLines = new Set(ctx.layout.headerLines?.(spec.table, headerLine) ?? []);
  const isContinuation = (e: Entry): boolean => {
    const f = fold(e.text);
    return (
      f === '' ||
      headerLines.has(e.index) ||
      f.split(' ').every((w) => spec.headerWords.includes(w)) ||
      isHeaderContinuation(f.split(' '), names)
    );
  };
  // Header cells that wrapped onto following lines.
  let k = headerAt < 0 ? 0 : headerAt + 1;
  for (let next = entries[k]; next !== undefined && isContinuation(next); next = entries[k]) k += 1;
  let body = entries.slice(k);
  if (spec.kind === 'hgw') body = stripTemplate(body, HGW_TEXT);
  const reader = new MarkRowReader(ctx, spec, headerLine);
  for (const e of ctx.tableRows(spec.table, headerLine, body, isHeader, isContinuation)) reader.read(e);
  return { rows: reader.finish(), headerLine };
}

/** Collects rows line by line: a label may wrap over lines, its mark may be on any of them. */
class MarkRowReader<C extends string> {
  private readonly rows: ReadMarkRow<C>[] = [];
  private pending: PendingLabel | null = null;
  private readonly skip: string[];

  /**
   * Text laid out by position (`pdftotext -layout`: wide gaps between the header's column names) keeps no one-space
   * -per-cell rhythm, so its spacing is no evidence of a column.
   */
  private readonly layoutText: boolean;

  constructor(
    private readonly ctx: ParseContext,
    private readonly spec: MarkTableSpec<C>,
    private readonly headerLine: number,
  ) {
    this.skip = spec.skip.map((t) => normaliseLabel(t));
    this.layoutText = ctx.layout.source === 'text' && /\S {3,}\S/.test(ctx.line(headerLine));
  }

  read(e: Entry): void {
    const raw = e.text;
    if (collapse(raw) === '') return;
    if (this.ctx.layout.rowStart(e.index) === true) this.flush(null);
    const mark = findMark(raw);
    const labelPart = mark ? mark.labelPart : collapse(raw);
    if (labelPart !== '') this.readLabel(e, labelPart, mark !== null);
    if (mark) this.readMark(e, mark);
  }

  finish(): ReadMarkRow<C>[] {
    this.flush(null);
    return this.rows;
  }

  private readLabel(e: Entry, labelPart: string, marked: boolean): void {
    const kind = this.spec.kind;
    const numberedStart = this.spec.numbered && /^\d+\s*[.)]/.test(labelPart);
    const current = this.pending;
    if (
      current &&
      (numberedStart || (!continuesLabel(kind, current.text, labelPart) && isLabelPrefix(kind, labelPart)))
    ) {
      this.flush(null);
    }
    const last = this.rows[this.rows.length - 1];
    // A line with no letters of its own ("(+)") annotates the row above; it never starts a row.
    if (!this.pending && !marked && last && normaliseLabel(labelPart) === '') {
      last.row.label = truncate(`${last.row.label} ${labelPart}`, 1000);
      last.labelLines.push(e.index);
      return;
    }
    const now = this.pending;
    if (now) {
      now.text = joinLabel(kind, now.text, labelPart);
      now.lines.push(e.index);
      return;
    }
    // A label line right after a marked row may complete that row's label (mark on the first line): a catalog
    // label it continues, or a row the school added that wraps onto a line no catalog label starts.
    if (
      !marked &&
      last &&
      last.mark &&
      last.row.code === null &&
      (matchCatalogLabel(kind, joinLabel(kind, last.row.label, labelPart)) !== null ||
        continuesLabel(kind, last.row.label, labelPart) ||
        // Only where the layout knows where the table ends, so text after it is never taken for a label.
        (this.ctx.layout.inTable !== undefined &&
          !isLabelPrefix(kind, last.row.label) &&
          !isLabelPrefix(kind, labelPart) &&
          !numberedStart))
    ) {
      last.row.label = truncate(joinLabel(kind, last.row.label, labelPart), 1000);
      last.row.code = matchCatalogLabel(kind, last.row.label);
      last.labelLines.push(e.index);
      return;
    }
    this.pending = { text: labelPart, lines: [e.index] };
  }

  private readMark(e: Entry, mark: MarkHit): void {
    const { spec } = this;
    const exact =
      mark.count === 1
        ? this.ctx.layout.columnOf(spec.table, this.headerLine, e.index, e.offset + mark.index)
        : null;
    const n = spec.columns.length;
    const cols =
      exact !== null && exact >= 1 && exact <= n
        ? [exact]
        : mark.boxes && mark.boxes.cells === n
          ? [mark.boxes.column]
          : this.ctx.layout.source === 'pdf' || this.layoutText
            ? // Spaces in a line rebuilt from PDF runs, or in text laid out by position, say nothing of columns.
              Array.from({ length: n }, (_, i) => i + 1)
            : spacingColumns(n, mark.before, mark.after);
    const place: MarkPlace = { line: e.index, char: e.offset + mark.index, cols, multiple: mark.count > 1 };
    if (this.pending) {
      this.flush(place);
      return;
    }
    const last = this.rows[this.rows.length - 1];
    if (last && !last.mark) last.mark = place;
    else
      this.ctx.warn(
        `${spec.field}`,
        'other',
        `Markering op regel ${e.index + 1} hoort bij geen enkele rij; genegeerd.`,
      );
  }

  /** Ends the pending label as a row (unless it is empty or a template row to skip). */
  private flush(mark: MarkPlace | null): void {
    const pending = this.pending;
    if (!pending) return;
    const label = collapse(pending.text);
    this.pending = null;
    if (label === '' || this.skip.some((s) => normaliseLabel(label).startsWith(s.slice(0, 40)))) return;
    this.rows.push({
      row: {
        code: matchCatalogLabel(this.spec.kind, label),
        label: truncate(label, 1000),
        value: null,
        candidates: [],
      },
      labelLines: pending.lines,
      mark,
    });
  }
}
