import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The PDF report's fonts, embedded (subsets) so the PDF looks and reads the same everywhere: Liberation Sans
 * (SIL Open Font License; metric-compatible with Helvetica/Arial, so the layout stays as it was with pdfkit's
 * standard Helvetica, which is never embedded). The files come with pdf.js (`pdfjs-dist/standard_fonts`), a
 * dependency of the import library the API already carries; no font is downloaded.
 */
export const FONT = 'LiberationSans';
export const FONT_BOLD = 'LiberationSans-Bold';

export function reportFontFiles(): { regular: string; bold: string } {
  const fromImportLib = createRequire(require.resolve('@sop-atlas/sop-import'));
  const folder = path.join(path.dirname(fromImportLib.resolve('pdfjs-dist/package.json')), 'standard_fonts');
  return {
    regular: path.join(folder, 'LiberationSans-Regular.ttf'),
    bold: path.join(folder, 'LiberationSans-Bold.ttf'),
  };
}
