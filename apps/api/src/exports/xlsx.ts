import type ExcelJS from 'exceljs';
import { type Writable } from 'node:stream';
import { batchesOf, type CellValue, type ColumnType, type Table } from './table';

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = {
  text: undefined,
  boolean: undefined,
  int: '0',
  decimal: '#,##0.00',
  money: '"€" #,##0.00',
  percent: '0.0%',
  date: 'dd-mm-yyyy',
};

function cell(value: CellValue, type: ColumnType): ExcelJS.CellValue {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (type === 'boolean' && typeof value === 'boolean') return value ? 'ja' : 'nee';
  return value;
}

/**
 * A real workbook (typed cells: numbers as numbers, dates as dates; bold frozen header row, column widths) written to
 * `stream` as it is built (ExcelJS's streaming writer): rows are committed batch by batch, so a large export never
 * sits in memory whole.
 */
export async function writeXlsx<Row>(table: Table<Row>, stream: Writable): Promise<void> {
  // loaded on first use: ExcelJS costs ~0.5 s of CPU at every app start otherwise
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'SOP Atlas';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  sheet.columns = table.columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.min(Math.max(c.header.length + 2, c.type === 'text' ? 16 : 12), 60),
    ...(NUMBER_FORMATS[c.type] ? { style: { numFmt: NUMBER_FORMATS[c.type] } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: Math.max(table.columns.length, 1) },
  };
  sheet.getRow(1).commit();
  for await (const batch of batchesOf(table.rows)) {
    for (const row of batch) {
      const types = table.columns.map((c) => c.typeOf?.(row) ?? c.type);
      const added = sheet.addRow(table.columns.map((c, i) => cell(c.value(row), types[i] ?? c.type)));
      // a cell whose row gives it another type than its column's: its own number format
      table.columns.forEach((c, i) => {
        const type = types[i] ?? c.type;
        if (type !== c.type) added.getCell(i + 1).numFmt = NUMBER_FORMATS[type] ?? '@';
      });
      added.commit();
    }
  }
  sheet.commit();
  await workbook.commit();
}
