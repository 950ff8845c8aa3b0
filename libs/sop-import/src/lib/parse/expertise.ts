/**
 * 2D Extra expertise binnen het team: rows of a label, a ja/nee answer and the availability text. In text the
 * columns are not marked, so rows are told apart by their answers and by the catalog's labels.
 */
import { type ExpertiseRow, matchCatalogLabel, normaliseLabel } from '@sop-atlas/sop-model';
import { type GridTextRow } from '../pdf/grid-table';
import { HEADER_SPECS, isHeaderContinuation } from '../table-headers';
import { collapse, fold, truncate } from '../text-utils';
import { type Entry, type ParseContext } from './context';
import { boundedText, joinText } from './free-text';
import { continuesLabel, isLabelPrefix, joinLabel, type PendingLabel } from './labels';
import { warnMissingRows } from './mark-rows';
import { joinSplitRows, labelOf } from './split-rows';
import { type Section } from './sections';

/** A row being read: its label and availability may wrap over lines. */
interface Draft {
  label: string;
  labelLines: number[];
  available: boolean | null;
  answer: { line: number; char: number } | null;
  parts: string[];
  partLines: number[];
  /** Two readings of the answer that disagree: no answer is stored, the reviewer gets both. */
  doubt?: { candidates: boolean[]; reason: string };
}

const isHeader = (e: Entry): boolean =>
  /^ja\s*\/\s*nee\b/.test(fold(e.text)) ||
  /uren beschikbaar/.test(fold(e.text)) ||
  /^expertise\s+ja\s*\//.test(fold(e.text));

export function parseExpertise(ctx: ParseContext): void {
  const s = ctx.section('expertise');
  if (!s) return;
  const { headerLine, body } = ctx.tableBody(ctx.entries(s), isHeader, s.start);
  const reader = new ExpertiseReader(ctx, headerLine);
  const wrappedHeader = (e: Entry): boolean =>
    isHeaderContinuation(collapse(e.text).split(' '), HEADER_SPECS.expertise);
  for (const e of ctx.tableRows('expertise', headerLine, body, isHeader, wrappedHeader)) reader.read(e);
  const lineDrafts = reader.finish();
  const grid = ctx.layout.readTextTable?.({
    table: 'expertise',
    headerLine,
    endLine: s.end,
    skipLine: (i) => ctx.removed[i] === true,
  });
  const drafts = grid ? reconcileExpertise(grid, lineDrafts) : lineDrafts;
  ctx.doc.expertise = storeExpertise(ctx, s, drafts, headerLine);
  if (ctx.doc.expertise.length > 0) warnMissingRows(ctx, 'expertise', 'expertise', ctx.doc.expertise);
}

/**
 * The rows from the table's drawn cells, each answer checked against the line reading of the same row: where they
 * differ (or the line reading lacks the row) the answer is left empty, with both readings as candidates.
 */
function reconcileExpertise(grid: readonly GridTextRow[], lineDrafts: readonly Draft[]): Draft[] {
  const used = new Set<number>();
  const out: Draft[] = [];
  const rows = joinSplitRows('expertise', grid, (a: GridTextRow, b: GridTextRow) => ({
    ...a,
    labelLines: [...a.labelLines, ...b.labelLines],
    lineIndices: [...a.lineIndices, ...b.lineIndices],
    cells: a.cells.map((cell, k) => {
      const other = b.cells[k];
      return other
        ? {
            texts: [...cell.texts, ...other.texts],
            lineIndices: [...cell.lineIndices, ...other.lineIndices],
            first: cell.first ?? other.first,
          }
        : cell;
    }),
  }));
  for (const row of rows) {
    const label = labelOf('expertise', row.labelLines);
    if (label === '') continue;
    const [answerCell, availabilityCell] = row.cells;
    const answerText = collapse((answerCell?.texts ?? []).join(' '));
    const available = answerOf(answerText);
    const code = matchCatalogLabel('expertise', label);
    const key = normaliseLabel(label);
    const index = lineDrafts.findIndex(
      (d, i) =>
        !used.has(i) &&
        (code !== null ? matchCatalogLabel('expertise', d.label) === code : normaliseLabel(d.label) === key),
    );
    if (index >= 0) used.add(index);
    const line = index >= 0 ? lineDrafts[index] : undefined;
    const token = answerCell?.first ?? null;
    const draft: Draft = {
      label,
      labelLines: [...row.lineIndices],
      available,
      answer: token ? { line: token.line, char: token.char } : null,
      parts: [...(availabilityCell?.texts ?? [])],
      partLines: [...(availabilityCell?.lineIndices ?? [])],
    };
    if (available !== null && line?.available !== available) {
      draft.available = null;
      draft.doubt = {
        candidates: [...new Set([available, ...(line?.available != null ? [line.available] : [])])],
        reason: !line
          ? 'de rij is in de tekstregels niet terug te vinden'
          : line.available === null
            ? 'de tekstregels tonen bij deze rij geen ja of nee'
            : 'de tabelcellen en de tekstregels lezen een ander antwoord',
      };
    }
    out.push(draft);
  }
  return out;
}

function answerOf(word: string): boolean | null {
  return /^ja\b/i.test(word) ? true : /^nee\b/i.test(word) ? false : null;
}

class ExpertiseReader {
  private readonly drafts: Draft[] = [];
  private current: Draft | null = null;
  /** The current row's availability may continue on the next line (no blank line or new label came between). */
  private open = false;
  private pending: PendingLabel | null = null;

  /**
   * Text laid out by position (`pdftotext -layout`: wide gaps in the header line): the character where the ja/nee
   * column starts, so a line splits into its label and the rest; null for other text.
   */
  private readonly answerColumn: number | null;

  constructor(
    private readonly ctx: ParseContext,
    private readonly headerLine: number,
  ) {
    const header = ctx.line(headerLine);
    const at = header.search(/\bja\s*\//i);
    this.answerColumn = ctx.layout.source === 'text' && /\S {3,}\S/.test(header) && at > 0 ? at : null;
  }

  /** The cells of a line of laid-out text: label before the answer column, then ja/nee and the availability. */
  private laidOutCells(raw: string): string[] | null {
    if (this.answerColumn === null) return null;
    // pdftotext shifts a column by a few characters where a label runs long: look for the answer near its column.
    const from = Math.max(0, this.answerColumn - 10);
    const m = /(^|\s)(ja|nee)(?=$|[\s.,;:!])/i.exec(raw.slice(from));
    if (!m) {
      return [raw.slice(0, this.answerColumn).trim(), '', raw.slice(this.answerColumn).trim()];
    }
    const at = from + m.index + (m[1] ?? '').length;
    const word = m[2] ?? '';
    return [raw.slice(0, at).trim(), word, raw.slice(at + word.length).trim()];
  }

  read(e: Entry): void {
    const trimmed = collapse(e.text);
    if (trimmed === '') {
      this.open = false;
      return;
    }
    const cells = this.ctx.layout.cellsOf('expertise', this.headerLine, e.index) ?? this.laidOutCells(e.text);
    if (cells) this.readCells(e, cells);
    else this.readText(e, trimmed);
  }

  /** The drafts read, with a last label without an answer when it is a catalog row. */
  finish(): Draft[] {
    const leftover = this.pending;
    if (leftover && matchCatalogLabel('expertise', leftover.text) !== null) {
      this.drafts.push({
        label: leftover.text,
        labelLines: leftover.lines,
        available: null,
        answer: null,
        parts: [],
        partLines: [],
      });
    }
    return this.drafts;
  }

  /** A line whose cells the layout knows (DOCX). */
  private readCells(e: Entry, cells: readonly string[]): void {
    const [label = '', answer = '', availability = ''] = cells.map((c) => collapse(c));
    const current = this.current;
    const startsRow =
      this.ctx.layout.rowStart(e.index) === true ||
      answer !== '' ||
      (current === null && label !== '') ||
      (label !== '' &&
        current !== null &&
        matchCatalogLabel('expertise', current.label) !== null &&
        isLabelPrefix('expertise', label) &&
        !continuesLabel('expertise', current.label, label));
    if (startsRow) {
      this.start({
        label,
        labelLines: label ? [e.index] : [],
        available: answerOf(answer),
        answer: answer ? { line: e.index, char: Math.max(0, this.ctx.line(e.index).indexOf(answer)) } : null,
        parts: availability ? [availability] : [],
        partLines: availability ? [e.index] : [],
      });
    } else if (current) {
      if (label) {
        current.label = current.label ? joinLabel('expertise', current.label, label) : label;
        current.labelLines.push(e.index);
      }
      if (availability) {
        current.parts.push(availability);
        current.partLines.push(e.index);
      }
    }
  }

  /** A line of text: a row starts at a ja/nee answer; other lines are label or availability text. */
  private readText(e: Entry, trimmed: string): void {
    const m = /(^|\s)(ja|nee)(?=$|[\s.,;:!])/i.exec(trimmed);
    const { pending, open, current } = this;
    if (m && this.isRow(e, trimmed.slice(0, m.index).trim())) {
      this.startAt(e, m, trimmed);
      this.open = true;
    } else if (open && current && !(matchCatalogLabel('expertise', trimmed) !== null && !m)) {
      current.parts.push(trimmed);
      current.partLines.push(e.index);
    } else if (pending) {
      pending.text = joinLabel('expertise', pending.text, trimmed);
      pending.lines.push(e.index);
    } else {
      this.pending = { text: trimmed, lines: [e.index] };
      this.open = false;
    }
  }

  /** Whether an answer after `prefix` starts a row (rather than being a word of the availability text). */
  private isRow(e: Entry, prefix: string): boolean {
    const rowStart = this.ctx.layout.rowStart(e.index) === true;
    if (prefix === '') return this.pending !== null || !this.open || rowStart;
    return (
      !this.open ||
      rowStart ||
      isLabelPrefix('expertise', prefix) ||
      /^expertise\b/i.test(prefix) ||
      this.pending !== null
    );
  }

  /** Starts a row at the answer `m` of the line: the label is the pending label and/or the text before it. */
  private startAt(e: Entry, m: RegExpExecArray, trimmed: string): void {
    const prefix = trimmed.slice(0, m.index).trim();
    const rest = trimmed.slice(m.index + m[0].length).trim();
    const pending = this.pending;
    const label = pending ? (prefix ? joinLabel('expertise', pending.text, prefix) : pending.text) : prefix;
    const labelLines = pending ? [...pending.lines, ...(prefix ? [e.index] : [])] : [e.index];
    this.pending = null;
    const word = m[2] ?? '';
    const raw = this.ctx.line(e.index);
    const answerChar =
      e.offset +
      Math.max(0, raw.slice(e.offset).search(new RegExp(`(^|\\s)${word}(?=$|[\\s.,;:!])`)) + (m[1] ? 1 : 0));
    this.start({
      label,
      labelLines,
      available: answerOf(word),
      answer: { line: e.index, char: answerChar },
      parts: rest ? [rest] : [],
      partLines: rest ? [e.index] : [],
    });
  }

  private start(draft: Draft): void {
    this.current = draft;
    this.drafts.push(draft);
  }
}

/** Checks the drafts (no label, duplicate or unknown code, no answer), records their provenance: the rows. */
function storeExpertise(
  ctx: ParseContext,
  s: Section,
  drafts: readonly Draft[],
  headerLine: number,
): ExpertiseRow[] {
  const rows: ExpertiseRow[] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    const label = truncate(collapse(d.label), 1000);
    if (label === '') {
      // An answer without a row label: keep it out, but say so.
      ctx.warn(
        'expertise',
        'other',
        `Antwoord op regel ${(d.answer?.line ?? 0) + 1} hoort bij geen rij; genegeerd.`,
      );
      continue;
    }
    const path = `expertise[${rows.length}]`;
    let code = matchCatalogLabel('expertise', label);
    if (code !== null && seen.has(code)) {
      ctx.warn(
        `${path}.code`,
        'other',
        `Rij '${label}' staat dubbel in de tabel; de tweede is zonder code bewaard.`,
      );
      code = null;
    } else if (code !== null) seen.add(code);
    else ctx.warn(path, 'unknown-row', `Rij '${label}' staat niet in het sjabloon; bewaard met eigen label.`);
    const availability = boundedText(joinText(d.parts));
    rows.push({ code, label, available: d.available, availability });
    recordExpertise(ctx, s, { path, d, label, availability, headerLine });
  }
  return rows;
}

/** Provenance of a row's label, answer and availability; a missing answer is warned about. */
function recordExpertise(
  ctx: ParseContext,
  s: Section,
  {
    path,
    d,
    label,
    availability,
    headerLine,
  }: {
    path: string;
    d: Draft;
    label: string;
    availability: string | null;
    headerLine: number;
  },
): void {
  const first = d.labelLines[0] ?? d.answer?.line ?? 0;
  ctx.prov(
    `${path}.label`,
    s,
    first,
    0,
    ctx.excerptOf(first, d.labelLines[d.labelLines.length - 1] ?? first),
  );
  if (d.answer) ctx.prov(`${path}.available`, s, d.answer.line, d.answer.char, ctx.line(d.answer.line));
  if (d.doubt) {
    const candidates = d.doubt.candidates.map((c) => (c ? 'ja' : 'nee'));
    ctx.warn(
      `${path}.available`,
      'ambiguous-cell',
      `Rij '${label}': ${d.doubt.reason}; kies ${candidates.map((c) => `'${c}'`).join(' of ')} na controle van het origineel.`,
      candidates,
    );
  } else if (d.available === null)
    ctx.warn(`${path}.available`, 'missing-value', `Rij '${label}': geen ja/nee ingevuld.`);
  placeAnswer(ctx, s, `${path}.available`, d, headerLine);
  if (availability !== null) {
    const a = d.partLines[0] ?? first;
    const b = d.partLines[d.partLines.length - 1] ?? a;
    const firstPart = d.parts[0] ?? '';
    ctx.prov(
      `${path}.availability`,
      s,
      a,
      Math.max(0, ctx.line(a).indexOf(firstPart.slice(0, 20))),
      availability,
      b,
    );
  }
}

/**
 * The boxes of a row's ja/nee answer: a certain answer's box is the ja/nee cell; an answer in doubt or missing gets
 * the whole row as its box and the ja/nee cell for both candidates.
 */
function placeAnswer(ctx: ParseContext, s: Section, valuePath: string, d: Draft, headerLine: number): void {
  const first = d.labelLines[0] ?? d.answer?.line ?? 0;
  const at = d.answer ?? { line: first, char: 0 };
  const lines = d.answer ? [...d.labelLines, d.answer.line] : d.labelLines;
  const boxes = ctx.layout.rowBoxes?.('expertise', headerLine, lines, at);
  const cell = boxes?.cells[0];
  if (!boxes || !cell) return;
  if (!ctx.doc.provenance[valuePath]) ctx.prov(valuePath, s, first, 0, ctx.excerptOf(first, first));
  const p = ctx.doc.provenance[valuePath];
  if (!p) return;
  p.page = boxes.page;
  if (d.available !== null && !d.doubt) {
    p.box = cell;
    return;
  }
  p.box = boxes.row;
  p.cells = [
    { value: 'ja', box: cell },
    { value: 'nee', box: cell },
  ];
}
