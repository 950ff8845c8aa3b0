import { describe, expect, it } from '@jest/globals';
import type { SchoolComparison } from '../hooks/useCompareSchoolsQuery';
import { compareSections, differenceCount } from './compare-table';

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
