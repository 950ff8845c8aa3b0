/**
 * What a source format knows beyond plain text lines. The text path knows nothing more (marks are placed from
 * their spacing); the PDF path knows the x-position of every run; the DOCX path knows every table cell.
 */
import { type PageBox, type Provenance } from '@sop-atlas/sop-model';
import { type GridReading, type GridTextRow } from './pdf/grid-table';

export type SourceKind = 'text' | 'pdf' | 'docx';

/** The tables whose cells the layout may know. */
export type LayoutTable = 'hgw' | 'expertise' | 'partner' | 'facility' | 'offers';

export interface Layout {
  readonly source: SourceKind;
  /**
   * The exact 1-based column (label = 0) of the character at `charIndex` of line `lineIndex`, in the table whose
   * header starts at line `headerLine`; `null` when this layout cannot tell.
   */
  columnOf(table: LayoutTable, headerLine: number, lineIndex: number, charIndex: number): number | null;
  /** Cell texts of a line inside a table (label cell first), or `null` when unknown. */
  cellsOf(table: LayoutTable, headerLine: number, lineIndex: number): string[] | null;
  /** `true` when the line certainly starts a new table row (DOCX), `null` when unknown. */
  rowStart(lineIndex: number): boolean | null;
  /**
   * Where a character sits in the original document (page/x/y and the box of its cell or line, or table/row/cell).
   * `lineEnd` (inclusive) widens a box outside a drawn cell to the lines up to it.
   */
  locate(lineIndex: number, charIndex: number, lineEnd?: number): Partial<Provenance>;
  /**
   * The boxes of a table row (PDF): the whole row and the cell of each value column (1-based column k → `cells[k-1]`),
   * for the row around character `charIndex` of line `lineIndex` and its lines `lines`; null when unknown.
   */
  rowBoxes?(table: LayoutTable, headerLine: number, lines: readonly number[], at: LinePoint): RowBoxes | null;
  /**
   * The lines of a table's header (wrapped header cells included), when this layout can tell; the line reading
   * skips them.
   */
  headerLines?(table: LayoutTable, headerLine: number): readonly number[] | null;
  /** False when a line runs across the table's columns (text after the table, not a row); null when unknown. */
  inTable?(table: LayoutTable, headerLine: number, lineIndex: number): boolean | null;
  /** A second, independent reading of a mark table from the page's drawn cells (PDF); null when it has none. */
  readMarkTable?(request: TableRequest): GridReading | null;
  /** The same for a table of text cells (2D expertise: label, ja/nee, availability). */
  readTextTable?(request: TableRequest): readonly GridTextRow[] | null;
}

export interface LinePoint {
  readonly line: number;
  readonly char: number;
}

export interface RowBoxes {
  readonly page: number;
  readonly row: PageBox;
  readonly cells: readonly PageBox[];
}

export interface TableRequest {
  readonly table: LayoutTable;
  readonly headerLine: number;
  /** End of the table's section (exclusive). */
  readonly endLine: number;
  /** Lines the parser removed (page headers and footers). */
  readonly skipLine: (line: number) => boolean;
}

/** Plain text: no layout knowledge at all. */
export const TEXT_LAYOUT: Layout = {
  source: 'text',
  columnOf: () => null,
  cellsOf: () => null,
  rowStart: () => null,
  locate: () => ({}),
};
