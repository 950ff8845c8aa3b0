/** The PDF path: extraction (text runs, drawn rules) and the layout that reads tables from the page's geometry. */
export {
  extractPdfRuns,
  hasEncryptDictionary,
  loadPdfJs,
  reconstructLines,
  type PdfExtraction,
  type PdfLine,
} from './extract';
export { PdfLayout } from './layout';
export {
  type GridMark,
  type GridReading,
  type GridRow,
  type GridStray,
  type GridTextRow,
} from './grid-table';
export { type PdfRun } from './tokens';
