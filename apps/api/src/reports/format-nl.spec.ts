import { fmtDate, fmtWrittenDate } from './format-nl';
import { sourceText, type ReportSource } from './report-model';

describe('fmtWrittenDate: an SOP date as written, in the report date format where it is unambiguous', () => {
  it.each([
    ['ISO date from a form', '2023-09-15', '15-09-2023'],
    ['ISO without leading zeros', '2023-9-5', '05-09-2023'],
    ['Dutch with dashes', '15-9-2023', '15-09-2023'],
    ['Dutch with slashes', '15/09/2023', '15-09-2023'],
    ['Dutch with dots', '1.10.2023', '01-10-2023'],
    ['surrounding spaces', ' 2023-10-01 ', '01-10-2023'],
    ['written out: kept as written', '15 september 2023', '15 september 2023'],
    ['month only: kept', 'september 2023', 'september 2023'],
    ['impossible month: kept, not guessed', '2023-13-01', '2023-13-01'],
  ])('%s: %s → %s', (_case, written, shown) => {
    expect(fmtWrittenDate(written)).toBe(shown);
  });

  it('matches the format of fmtDate for the same day', () => {
    expect(fmtWrittenDate('2023-10-02')).toBe(fmtDate(new Date('2023-10-02T00:00:00Z')));
  });
});

describe('sourceText: one date format in one line', () => {
  const source = (adopted: string | null): ReportSource => ({
    schoolName: 'Basisschool Jeroen',
    werkgebied: 'Escamp',
    schoolYear: '2023-2024',
    publishedAt: new Date('2023-10-02T09:00:00Z'),
    fileName: 'jeroen.pdf',
    sourceKind: 'pdf',
    importedAt: new Date('2023-10-01T12:00:00Z'),
    adopted,
  });
  it.each([
    [
      'ISO adoption date',
      '2023-09-15',
      'SOP 2023-2024, jeroen.pdf (ingelezen 01-10-2023), gepubliceerd 02-10-2023, vastgesteld 15-09-2023',
    ],
    [
      'written-out adoption date stays as written',
      'september 2023',
      'SOP 2023-2024, jeroen.pdf (ingelezen 01-10-2023), gepubliceerd 02-10-2023, vastgesteld september 2023',
    ],
    ['no adoption date', null, 'SOP 2023-2024, jeroen.pdf (ingelezen 01-10-2023), gepubliceerd 02-10-2023'],
  ])('%s', (_case, adopted, line) => {
    expect(sourceText(source(adopted))).toBe(line);
  });
});
