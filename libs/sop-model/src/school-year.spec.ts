import {
  isStale,
  recentSchoolYears,
  schoolYearAge,
  schoolYearFromStart,
  schoolYearOf,
  schoolYearStart,
  sopAsOfYear,
} from './school-year';

describe('school years (1 August – 31 July)', () => {
  it.each([
    ['2023-07-31', '2022-2023'],
    ['2023-08-01', '2023-2024'],
    ['2024-01-15', '2023-2024'],
    ['2026-11-28', '2026-2027'],
  ])('%s falls in %s', (date, year) => {
    expect(schoolYearOf(new Date(`${date}T12:00:00Z`))).toBe(year);
  });

  it.each(['2023', '2023-2025', '23-24', '2023/2024'])('rejects "%s"', (value) => {
    expect(() => schoolYearStart(value)).toThrow(/ongeldig schooljaar/);
  });

  it('round-trips start years', () => {
    expect(schoolYearFromStart(schoolYearStart('2021-2022'))).toBe('2021-2022');
  });

  it.each([
    ['2024-2025', '2024-2025', 2, 0, false],
    ['2022-2023', '2024-2025', 2, 2, false],
    ['2021-2022', '2024-2025', 2, 3, true],
  ])('SOP %s seen from %s with max age %i: age %i, stale %s', (sop, reference, maxAge, age, stale) => {
    expect(schoolYearAge(sop, reference)).toBe(age);
    expect(isStale(sop, reference, maxAge)).toBe(stale);
  });
});

describe('recentSchoolYears', () => {
  it.each([
    ['2024-07-31', 3, ['2023-2024', '2022-2023', '2021-2022']],
    ['2024-08-01', 2, ['2024-2025', '2023-2024']],
    ['2024-08-01', 0, []],
  ])('%s, %d years → %p', (day, count, expected) => {
    expect(recentSchoolYears(new Date(`${day}T12:00:00Z`), count)).toEqual(expected);
  });
});

describe('sopAsOfYear: the year an SOP speaks for', () => {
  it.each([
    ['2023-2024', null, 2023],
    ['2023-2024', '2024-03-12', 2023],
    ['2024-2025', '2024-06-20', 2024],
    ['2023-2024', '2022-12-01', 2022],
    ['2023-2024', '2021-07-01', 2021],
  ])('%s with document date %s → %i', (year, date, expected) => {
    expect(sopAsOfYear(year, date)).toBe(expected);
  });
});
