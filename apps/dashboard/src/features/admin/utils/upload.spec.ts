import { describe, expect, it } from '@jest/globals';
import {
  readDuoResponse,
  readSopUploadResponse,
  readStaffToken,
  uploadAuth,
  uploadHeaders,
  STAFF_TOKEN_KEY,
  type TokenStorage,
  writeStaffToken,
} from './upload';

const MESSAGES = {
  unauthorized: 'Geen of een onjuiste toegangscode.',
  forbidden: 'Geen toegang.',
  tooLarge: 'Bestand te groot.',
  status: (s: number) => `Status ${s}`,
};

function memory(): TokenStorage & { readonly data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('staff token', () => {
  it.each([
    ['stores a trimmed token', ' geheim ', 'geheim'],
    ['an empty token removes it', '', ''],
  ])('%s', (_case, input, expected) => {
    const storage = memory();
    storage.setItem(STAFF_TOKEN_KEY, 'oud');
    writeStaffToken(storage, input);
    expect(readStaffToken(storage)).toBe(expected);
  });

  it('works without storage', () => {
    expect(readStaffToken(null)).toBe('');
    expect(() => writeStaffToken(null, 'x')).not.toThrow();
  });
});

describe('readDuoResponse', () => {
  it.each<[string, number, unknown, unknown]>([
    [
      'a report',
      200,
      {
        fileName: 'duo.csv',
        kind: 'pupils',
        pupilCountsInserted: 12,
        unchanged: false,
        rejected: [{ line: 4, column: 'TOTAAL', message: 'geen getal' }],
        warnings: ['w'],
      },
      {
        kind: 'ok',
        report: {
          fileName: 'duo.csv',
          kind: 'pupils',
          pupilCountsInserted: 12,
          schoolsInserted: 0,
          rejected: [{ line: 4, column: 'TOTAAL', message: 'geen getal' }],
          warnings: ['w'],
        },
      },
    ],
    [
      'nothing imported, with problems',
      400,
      {
        message: 'duo.csv: 2 problemen; niets ingelezen',
        problems: [
          { line: 2, message: 'a' },
          { line: 3, column: 'X', message: 'b' },
        ],
      },
      {
        kind: 'error',
        message: 'duo.csv: 2 problemen; niets ingelezen',
        problems: [
          { line: 2, column: null, message: 'a' },
          { line: 3, column: 'X', message: 'b' },
        ],
      },
    ],
    [
      'no token',
      401,
      { message: 'Unauthorized' },
      { kind: 'error', message: 'Geen of een onjuiste toegangscode.', problems: [] },
    ],
    ['wrong role', 403, null, { kind: 'error', message: 'Geen toegang.', problems: [] }],
    ['too large without a body', 413, null, { kind: 'error', message: 'Bestand te groot.', problems: [] }],
    ['server error text', 500, 'oeps', { kind: 'error', message: 'Status 500', problems: [] }],
  ])('%s', (_case, status, body, expected) => {
    expect(readDuoResponse(status, body, MESSAGES)).toMatchObject(expected as object);
  });
});

describe('readSopUploadResponse', () => {
  it.each<[string, number, unknown, unknown]>([
    [
      'imported with a warning, a duplicate, one waiting to be matched, one published directly',
      200,
      {
        results: [
          {
            fileName: 'a.pdf',
            status: 'imported',
            schoolId: 's1',
            schoolYear: '2024-2025',
            warnings: [{ message: 'twee kruisjes' }],
          },
          { fileName: 'b.pdf', status: 'duplicate', warnings: [] },
          {
            fileName: 'c.docx',
            status: 'to-match',
            warnings: [],
            toMatch: { id: 'm1', reason: 'geen bekende school op postcode 2599 ZZ', suggestions: [] },
          },
          { fileName: 'd.pdf', status: 'imported', schoolId: 's2', published: true, warnings: [] },
        ],
      },
      {
        kind: 'results',
        results: [
          {
            fileName: 'a.pdf',
            status: 'imported',
            schoolId: 's1',
            schoolYear: '2024-2025',
            warnings: ['twee kruisjes'],
            error: null,
          },
          { fileName: 'b.pdf', status: 'duplicate', schoolId: null, warnings: [], toMatchReason: null },
          {
            fileName: 'c.docx',
            status: 'to-match',
            schoolId: null,
            published: false,
            toMatchReason: 'geen bekende school op postcode 2599 ZZ',
          },
          { fileName: 'd.pdf', status: 'imported', schoolId: 's2', published: true },
        ],
      },
    ],
    [
      'all failed (400 with results)',
      400,
      {
        results: [
          {
            fileName: 'c.txt',
            status: 'failed',
            warnings: [],
            error: { code: 'UNREADABLE', message: 'c.txt: geen SOP' },
          },
        ],
      },
      { kind: 'results', results: [{ status: 'failed', error: 'c.txt: geen SOP' }] },
    ],
    ['no token', 401, null, { kind: 'error', message: 'Geen of een onjuiste toegangscode.' }],
    [
      'too large',
      413,
      { message: 'Bestand groter dan 20 MB' },
      { kind: 'error', message: 'Bestand groter dan 20 MB' },
    ],
    ['unexpected 200', 200, 'x', { kind: 'error', message: 'Status 500' }],
  ])('%s', (_case, status, body, expected) => {
    expect(readSopUploadResponse(status, body, MESSAGES)).toMatchObject(expected as object);
  });
});

describe('uploadAuth and uploadHeaders: session first, the staff code as fallback', () => {
  const csrf = { 'x-sop-atlas-csrf': '1' };
  it.each([
    ['signed in as staff', true, 'code-code-code', { 'x-sop-atlas-csrf': '1' }],
    ['signed in, no code', true, '', { 'x-sop-atlas-csrf': '1' }],
    ['not signed in, code', false, ' code-code-code ', { authorization: 'Bearer code-code-code' }],
    ['nothing', false, '  ', {}],
  ])('%s', (_case, signedIn, token, expected) => {
    expect(uploadHeaders(uploadAuth(signedIn, token), csrf)).toEqual(expected);
  });
});
