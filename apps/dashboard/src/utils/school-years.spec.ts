import { describe, expect, it } from '@jest/globals';
import { schoolYearOptions, yearsBetween } from './school-years';

describe('schoolYearOptions: only years that have started, or that already have SOPs', () => {
  it.each([
    [
      'December: the running year first, no coming year without SOPs',
      '2026-12-05',
      [],
      ['2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023', '2021-2022'],
    ],
    [
      'July: the coming year is offered once SOPs for it exist',
      '2027-07-01',
      ['2027-2028', '2026-2027'],
      ['2027-2028', '2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023', '2021-2022'],
    ],
    [
      '1 August: the new year is the running year',
      '2027-08-01',
      ['2024-2025'],
      ['2027-2028', '2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023'],
    ],
    [
      'old data does not add years',
      '2026-12-05',
      ['2019-2020'],
      ['2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023', '2021-2022'],
    ],
    [
      'malformed years are ignored',
      '2026-12-05',
      ['later', '2030-2035'],
      ['2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023', '2021-2022'],
    ],
  ])('%s', (_case, today, withData, options) => {
    expect(schoolYearOptions(new Date(`${today}T12:00:00Z`), withData)).toEqual(options);
  });

  it('never offers 2027-2028 in December 2026 without SOPs for it', () => {
    expect(schoolYearOptions(new Date('2026-12-05T12:00:00Z'))).not.toContain('2027-2028');
  });
});

describe('yearsBetween', () => {
  it.each([
    ['2024-2025', '2026-2027', ['2025-2026']],
    ['2023-2024', '2026-2027', ['2024-2025', '2025-2026']],
    ['2025-2026', '2026-2027', []],
    ['2026-2027', '2026-2027', []],
    ['2026-2027', '2024-2025', []],
  ])('%s … %s → %p', (older, newer, between) => {
    expect(yearsBetween(older, newer)).toEqual(between);
  });
});
