import { fmtDate } from './format-nl';
import { sourceText, type ReportSource } from './report-model';

describe('fmtDate: the report date format', () => {
  it.each([
    ['2023-10-02T09:00:00Z', '02-10-2023'],
    ['2024-03-12', '12-03-2024'],
  ])('%s → %s', (value, shown) => {
    expect(fmtDate(value)).toBe(shown);
  });
});

describe('sourceText: one date format in one line', () => {
  const source = (documentDate: string | null, documentDateKind: string | null): ReportSource => ({
    schoolName: 'Basisschool Jeroen',
    werkgebied: 'Escamp',
    schoolYear: '2023-2024',
    publishedAt: new Date('2023-10-02T09:00:00Z'),
    fileName: 'jeroen.pdf',
    sourceKind: 'pdf',
    importedAt: new Date('2023-10-01T12:00:00Z'),
    documentDate,
    documentDateKind,
  });
  it.each([
    [
      'the board adoption date the document states',
      '2023-09-15',
      'adopted',
      'SOP 2023-2024, jeroen.pdf (ingelezen 01-10-2023), gepubliceerd 02-10-2023, vastgesteld 15-09-2023 (volgens het document)',
    ],
    [
      'the MR date',
      '2023-09-01',
      'mrAdvice',
      'SOP 2023-2024, jeroen.pdf (ingelezen 01-10-2023), gepubliceerd 02-10-2023, MR-advies 01-09-2023 (volgens het document)',
    ],
    [
      'no certain date in the document (a written "september 2023" is not shown as a date)',
      null,
      null,
      'SOP 2023-2024, jeroen.pdf (ingelezen 01-10-2023), gepubliceerd 02-10-2023',
    ],
  ])('%s', (_case, date, kind, line) => {
    expect(sourceText(source(date, kind))).toBe(line);
  });
});
