/** A cell value before formatting: numbers stay numbers and dates stay dates until CSV or XLSX writes them. */
export type CellValue = string | number | boolean | Date | null;

/**
 * `text` as is; `int` whole numbers; `decimal` two decimals; `money` euro with cents; `percent` a fraction
 * (0.25 = 25 %); `date` a calendar date; `boolean` ja/nee.
 */
export type ColumnType = 'text' | 'int' | 'decimal' | 'money' | 'percent' | 'date' | 'boolean';

export interface Column<Row> {
  header: string;
  type: ColumnType;
  value: (row: Row) => CellValue;
  /** The type of this column's cell in one row, where rows differ (a table of facts, one per row); default `type`. */
  typeOf?: (row: Row) => ColumnType;
  /** Width in characters (XLSX); default from the header. */
  width?: number;
}

export interface Table<Row> {
  /** Sheet title and file name stem, e.g. `bekostiging-2023`. */
  name: string;
  columns: Column<Row>[];
  /** Every row, or batches read one after another (streamed to the response, never all in memory). */
  rows: Row[] | AsyncIterable<readonly Row[]>;
}

/** The rows of a table batch by batch, whether it holds them or streams them. */
export async function* batchesOf<Row>(rows: Table<Row>['rows']): AsyncIterable<readonly Row[]> {
  if (Array.isArray(rows)) {
    yield rows;
    return;
  }
  yield* rows;
}

export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';
export const UTF8_BOM = '\uFEFF';

/** Characters that make spreadsheet programs read a text cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function decimalComma(value: number, decimals: number | null): string {
  const text = decimals === null ? String(value) : value.toFixed(decimals);
  return text.replace('.', ',');
}

function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

/** One cell as Dutch Excel reads it: decimal comma, ISO dates, ja/nee, percentages with `%`. */
export function formatCsvCell(value: CellValue, type: ColumnType): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'number') {
    switch (type) {
      case 'int':
        return decimalComma(Math.round(value), null);
      case 'decimal':
      case 'money':
        return decimalComma(value, 2);
      case 'percent':
        return `${decimalComma(Math.round(value * 1000) / 10, null)}%`;
      default:
        return decimalComma(value, null);
    }
  }
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes a field when it holds the separator, a quote, a line break or leading/trailing spaces. */
export function quoteCsvField(text: string): string {
  return /[;"\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV that Dutch Excel opens correctly: UTF-8 with byte-order mark, `;` separated, decimal comma, CRLF line ends,
 * quoted where needed, one header row.
 */
export function toCsv<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  return `${csvHeader(columns)}${csvLines(rows, columns)}`;
}

/** The byte-order mark and the header row. */
export function csvHeader<Row>(columns: readonly Column<Row>[]): string {
  return `${UTF8_BOM}${columns.map((c) => quoteCsvField(c.header)).join(CSV_SEPARATOR)}${CSV_NEWLINE}`;
}

/** Data rows, each ending in CRLF. */
export function csvLines<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  let text = '';
  for (const row of rows) {
    text += columns
      .map((c) => quoteCsvField(formatCsvCell(c.value(row), c.typeOf?.(row) ?? c.type)))
      .join(CSV_SEPARATOR);
    text += CSV_NEWLINE;
  }
  return text;
}
