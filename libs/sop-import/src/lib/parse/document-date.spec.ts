/**
 * The document's own date, read from the general part of the Haaglanden template: stored only when the document
 * proves it, with provenance; a warning (with the dates it could mean) instead of a guess.
 */
import { validateSopDocument } from '@sop-atlas/sop-model';
import { describeWithSeed, readSeed } from '../../../test/seed';
import { parseSopText } from '../parse-text';
import { readDutchDate } from './dutch-date';

describe('readDutchDate', () => {
  it.each([
    ['12 maart 2024', { kind: 'date', date: '2024-03-12' }],
    ['di 12 mrt. 2024', { kind: 'date', date: '2024-03-12' }],
    ['1 oktober 2024', { kind: 'date', date: '2024-10-01' }],
    ['12-03-2024', { kind: 'date', date: '2024-03-12' }],
    ['12/3/24', { kind: 'date', date: '2024-03-12' }],
    ['12.03.2024', { kind: 'date', date: '2024-03-12' }],
    ['2024-03-12', { kind: 'date', date: '2024-03-12' }],
    ['12 maart 2024, 14 maart 2024', { kind: 'several', dates: ['2024-03-12', '2024-03-14'] }],
    ['12 maart 2024 (MR 5 maart)', { kind: 'several', dates: ['2024-03-12'] }],
    ['maart 2024', { kind: 'incomplete' }],
    ['12 maart', { kind: 'incomplete' }],
    ['31-02-2024', { kind: 'incomplete' }],
    ['2024', { kind: 'incomplete' }],
    ['volgt', { kind: 'none' }],
  ])('%s → %j', (text, expected) => {
    expect(readDutchDate(text)).toEqual(expected);
  });
});

describeWithSeed("the document's own date in the seed SOP's general part", () => {
  const seed = readSeed();
  const withLines = (adopted: string, mr = 'Opgesteld met advies MR Datum:'): string =>
    seed
      .replace(/^Vastgesteld door bestuur Datum:.*$/m, adopted)
      .replace(/^Opgesteld met advies MR Datum:.*$/m, mr);

  it('is null without a warning when the school left the dates empty (the real SOP)', () => {
    const doc = parseSopText(seed);
    expect(doc.documentDate).toBeNull();
    expect(doc.documentDateKind).toBeNull();
    expect(doc.warnings.filter((w) => w.path === 'documentDate')).toEqual([]);
    // the template's own version line ("Model … 2021-2025 augustus 2023") is not the document's date
    expect(doc.provenance['documentDate']).toBeUndefined();
  });

  it('reads the board adoption date, with the line it came from', () => {
    const doc = parseSopText(withLines('Vastgesteld door bestuur Datum: 12 maart 2024'));
    expect(doc).toMatchObject({ documentDate: '2024-03-12', documentDateKind: 'adopted' });
    expect(doc.dates.adopted).toBe('12 maart 2024');
    expect(doc.provenance['documentDate']).toMatchObject({
      source: 'text',
      section: 'Algemene gegevens',
      excerpt: 'Vastgesteld door bestuur Datum: 12 maart 2024',
    });
    expect(doc.warnings.filter((w) => w.path === 'documentDate')).toEqual([]);
    expect(validateSopDocument(doc).ok).toBe(true);
  });

  it('prefers the adoption over the MR date, and reads "vastgesteld … op" without a Datum label', () => {
    const doc = parseSopText(
      withLines('Vastgesteld door het bestuur op 2 april 2024', 'Opgesteld met advies MR Datum: 12-03-2024'),
    );
    expect(doc).toMatchObject({ documentDate: '2024-04-02', documentDateKind: 'adopted' });
    expect(doc.dates.mrAdvice).toBe('12-03-2024');
  });

  it('uses the MR date when the board line is empty', () => {
    const doc = parseSopText(
      withLines('Vastgesteld door bestuur Datum:', 'Opgesteld met advies MR Datum: 5-3-2024'),
    );
    expect(doc).toMatchObject({ documentDate: '2024-03-05', documentDateKind: 'mrAdvice' });
  });

  it.each([
    ['Vastgesteld door bestuur Datum: maart 2024', 'invalid-value', undefined],
    ['Vastgesteld door bestuur Datum: 12 maart', 'invalid-value', undefined],
    ['Vastgesteld door bestuur Datum: 12 maart 2024 / 19 maart 2024', 'other', ['2024-03-12', '2024-03-19']],
    ['Vastgesteld door bestuur Datum: 12 maart 2014', 'invalid-value', ['2014-03-12']],
    ['Vastgesteld door bestuur Datum: 12 maart 2026', 'invalid-value', ['2026-03-12']],
  ])('flags "%s" instead of guessing (and does not fall back to the MR date)', (line, code, candidates) => {
    const doc = parseSopText(withLines(line, 'Opgesteld met advies MR Datum: 5-3-2024'));
    expect(doc.documentDate).toBeNull();
    expect(doc.documentDateKind).toBe('adopted');
    const warnings = doc.warnings.filter((w) => w.path === 'documentDate');
    expect(warnings).toEqual([expect.objectContaining(candidates ? { code, candidates } : { code })]);
    expect(warnings[0]?.candidates).toEqual(candidates);
    expect(warnings[0]?.message).toMatch(/vastgesteld door het bestuur/);
    expect(validateSopDocument(doc).ok).toBe(true);
  });
});
