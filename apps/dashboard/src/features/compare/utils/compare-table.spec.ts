import { describe, expect, it } from '@jest/globals';
import type { SchoolComparison } from '../hooks/useCompareSchoolsQuery';
import { compareFacts, compareSections, differenceCount } from './compare-table';

const COMPARISON: SchoolComparison = {
  schoolYear: null,
  shareSchoolYear: '2025-2026',
  shareSchools: 194,
  schools: [],
  rows: [
    {
      kind: 'expertise',
      code: 'autisme',
      label: 'Autisme (template)',
      differs: true,
      regionShare: 0.4,
      values: [
        { schoolId: 'a', has: true, value: 'in-team', werkgebiedShare: 0.5 },
        { schoolId: 'b', has: false, value: 'ingekocht', werkgebiedShare: null },
        { schoolId: 'c', has: false, value: null, werkgebiedShare: 0.25 },
      ],
    },
    {
      kind: 'facility',
      code: 'lift',
      label: 'Lift',
      differs: false,
      regionShare: 0.1,
      values: [
        { schoolId: 'a', has: true, value: 'aanwezig', werkgebiedShare: 0.1 },
        { schoolId: 'b', has: true, value: 'aanwezig', werkgebiedShare: 0.1 },
      ],
    },
    { kind: 'hgw', code: 'eigen', label: 'Eigen rij', differs: false, regionShare: null, values: [] },
    { kind: 'onbekend', code: 'x', label: 'X', differs: true, regionShare: null, values: [] },
  ],
};

describe('compareSections', () => {
  it('groups rows per catalog in template order with catalog labels and Dutch values', () => {
    const sections = compareSections(COMPARISON);
    expect(sections.map((s) => [s.kind, s.rows.length, s.differing])).toEqual([
      ['hgw', 1, 0],
      ['expertise', 1, 1],
      ['partner', 0, 0],
      ['facility', 1, 0],
    ]);
    expect(sections[1]?.rows[0]).toMatchObject({
      label: 'Autisme',
      differs: true,
      cells: [
        { schoolId: 'a', has: true, label: 'Binnen het team' },
        { schoolId: 'b', has: false, label: 'Ingekocht wanneer nodig' },
        { schoolId: 'c', has: false, label: null },
      ],
    });
    expect(sections[0]?.rows[0]?.label).toBe('Eigen rij');
  });

  it.each([
    [false, 3],
    [true, 1],
  ])('onlyDifferences=%s keeps %d rows', (only, count) => {
    expect(compareSections(COMPARISON, only).reduce((n, s) => n + s.rows.length, 0)).toBe(count);
  });

  it('counts differing rows (the unknown kind too: the API said so)', () => {
    expect(differenceCount(COMPARISON)).toBe(2);
  });
});

describe("compareFacts: each school's pupils, funding per leerling and SOP date, saying what each is", () => {
  const school = (id: string) => ({ id, name: id, isDemo: true, werkgebied: null });
  const base = {
    schoolYear: '2023-2024',
    sopId: 'x',
    pupils: null,
    pupilsSuppressed: false,
    pupilsReferenceDate: null,
    fundingPerPupil: null,
    fundingCalendarYear: null,
    sopDate: null,
    sopDateSource: null,
    sopDateKind: null,
  };
  const comparison: SchoolComparison = {
    ...COMPARISON,
    schools: [
      {
        ...base,
        school: school('a'),
        pupils: 342,
        pupilsReferenceDate: '2023-10-01',
        fundingPerPupil: 134.88,
        fundingCalendarYear: 2023,
        sopDate: '2024-03-12',
        sopDateSource: 'DOCUMENT',
        sopDateKind: 'ADOPTED',
      },
      {
        ...base,
        school: school('b'),
        pupilsSuppressed: true,
        sopDate: '2024-01-10',
        sopDateSource: 'PUBLISHED',
      },
      { ...base, school: school('c'), schoolYear: null, sopId: null },
    ],
  };

  it("labels the document's own date and the publication date apart, and shows a missing mark otherwise", () => {
    const [pupils, funding, date] = compareFacts(comparison);
    expect(pupils?.cells).toEqual([
      { schoolId: 'a', value: '342', detail: 'peildatum 1 oktober 2023' },
      { schoolId: 'b', value: 'minder dan 5', detail: null },
      { schoolId: 'c', value: '–', detail: null },
    ]);
    expect(funding?.cells.map((c) => [c.value, c.detail])).toEqual([
      ['€ 134,88', 'bedrag in het SOP voor 2023 / leerlingen van dat jaar'],
      ['–', null],
      ['–', null],
    ]);
    expect(date?.cells.map((c) => [c.value, c.detail])).toEqual([
      ['12 maart 2024', 'vastgesteld, volgens het document'],
      ['10 januari 2024', 'in SOP Atlas gepubliceerd; het document noemt geen zekere datum'],
      ['–', null],
    ]);
  });
});
