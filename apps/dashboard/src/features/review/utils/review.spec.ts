import { describe, expect, it } from '@jest/globals';
import {
  auditFieldPaths,
  eventsOfField,
  auditTimeText,
  auditValueText,
  candidateValue,
  reviewErrorKind,
  reviewErrorMessage,
  type ReviewErrorMessages,
} from './review';

const messages: ReviewErrorMessages = {
  conflict: 'conflict',
  unresolved: 'open',
  forbidden: 'verboden',
  unauthenticated: 'sessie',
  notFound: 'weg',
  other: (m) => `anders: ${m}`,
};

describe('reviewErrorKind / reviewErrorMessage: the review mutations refused', () => {
  it.each([
    ['a stale expectedVersion', { message: 'x', extensions: { code: 'CONFLICT' } }, 'conflict', 'conflict'],
    [
      'publishing with unresolved ambiguous cells',
      { message: 'nog 2 onopgeloste', extensions: { code: 'BAD_USER_INPUT', argument: 'force' } },
      'unresolved',
      'open',
    ],
    [
      'a bad value',
      { message: 'ongeldige waarde', extensions: { code: 'BAD_USER_INPUT', argument: 'value' } },
      'other',
      'anders: ongeldige waarde',
    ],
    ['a school editor', { message: 'x', extensions: { code: 'FORBIDDEN' } }, 'forbidden', 'verboden'],
    [
      'an expired session',
      { message: 'x', extensions: { code: 'UNAUTHENTICATED' } },
      'unauthenticated',
      'sessie',
    ],
    ['an unknown SOP', { message: 'x', extensions: { code: 'NOT_FOUND' } }, 'not-found', 'weg'],
  ])('%s', (_case, error, kind, message) => {
    expect(reviewErrorKind([error])).toBe(kind);
    expect(reviewErrorMessage([error], 'f', messages)).toBe(message);
  });

  it('uses the fallback without GraphQL errors (network, HTTP)', () => {
    expect(reviewErrorMessage([], 'status 500', messages)).toBe('anders: status 500');
  });
});

describe('auditValueText', () => {
  it.each([
    [null, '–'],
    ['null', '–'],
    ['"in-team"', 'in-team'],
    ['3', '3'],
    ['{"a":1}', '{"a":1}'],
    ['niet-json', 'niet-json'],
    [JSON.stringify('x'.repeat(200)), `${'x'.repeat(119)}…`],
  ])('%j → %j', (json, expected) => {
    expect(auditValueText(json)).toBe(expected);
  });
});

describe('auditTimeText', () => {
  it.each([
    ['2026-11-28T13:05:00Z', /28 nov.* 2026.*14:05/],
    ['2026-07-01T10:00:00Z', /1 jul.* 2026.*12:00/],
  ])('%s in Amsterdam time', (iso, expected) => {
    expect(auditTimeText(iso)).toMatch(expected);
  });
  it('gives a dash for an invalid time', () => {
    expect(auditTimeText('gisteren')).toBe('–');
  });
});

describe('auditFieldPaths / eventsOfField: the audit trail per field', () => {
  const events = [
    { id: 1, path: null },
    { id: 2, path: 'vision' },
    { id: 3, path: 'partners[1].frequency' },
    { id: 4, path: 'visionary' },
    { id: 5, path: 'partners[10].frequency' },
    { id: 6, path: 'status' },
  ];
  it('lists each named path once, sorted', () => {
    expect(auditFieldPaths(events)).toEqual([
      'partners[1].frequency',
      'partners[10].frequency',
      'status',
      'vision',
      'visionary',
    ]);
  });
  it.each([
    ['', [1, 2, 3, 4, 5, 6]],
    ['vision', [2]],
    ['partners', [3, 5]],
    ['partners[1]', [3]],
    ['partners[1].frequency', [3]],
    ['limits', []],
  ])('%j → events %j', (path, ids) => {
    expect(eventsOfField(events, path).map((e) => e.id)).toEqual(ids);
  });
});

describe('candidateValue', () => {
  it.each([
    ['expertise[3].available', 'ja', true],
    ['expertise[3].available', 'nee', false],
    ['partners[2].frequency', 'regelmatig', 'regelmatig'],
    ['hgw[0].status', 'op-orde', 'op-orde'],
    ['facilities[1].status', 'ja', 'ja'],
  ])('%s with candidate %s is sent as %p', (path, candidate, value) => {
    expect(candidateValue(path, candidate)).toBe(value);
  });
});
