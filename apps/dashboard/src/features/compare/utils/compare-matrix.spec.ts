import { describe, expect, it } from '@jest/globals';
import type { ComparedSchool } from '../hooks/useSchoolSopsQuery';
import { compareMatrix, latestSop, scoreOf, toggleSelection } from './compare-matrix';

type Sop = ComparedSchool['sops'][number];

function sop(partial: Partial<Sop> = {}): Sop {
  return {
    id: 'sop',
    schoolYear: '2023-2024',
    status: 'PUBLISHED',
    expertise: [
      { code: 'autisme', label: 'Autisme', availabilityKind: 'in-team' },
      { code: 'gedrag', label: 'Gedrag', availabilityKind: 'ingekocht' },
      { code: 'nt2', label: 'NT2', availabilityKind: 'geen' },
      { code: 'motoriek', label: 'Motoriek', availabilityKind: 'onbekend' },
      { code: null, label: 'Eigen rij', availabilityKind: 'in-team' },
    ],
    partners: [
      { code: 'cjg', label: 'CJG', frequency: 'regelmatig' },
      { code: 'fysiotherapie', label: 'Fysiotherapie', frequency: null },
    ],
    facilities: [
      { code: 'lift', label: 'Lift', status: 'niet-van-toepassing' },
      { code: 'time-out-ruimte', label: 'Time-out', status: 'aanwezig' },
    ],
    ...partial,
  };
}

describe('scoreOf: een SOP-cel als getal voor de heatmap', () => {
  const s = sop();
  it.each([
    ['expertise', 'autisme', 2],
    ['expertise', 'gedrag', 1],
    ['expertise', 'nt2', 0],
    ['expertise', 'motoriek', null],
    ['expertise', 'faalangst', null],
    ['partners', 'cjg', 2],
    ['partners', 'fysiotherapie', null],
    ['partners', 'sbo', null],
    ['facilities', 'time-out-ruimte', 1],
    ['facilities', 'lift', 0],
    ['facilities', 'gespreksruimte', null],
  ] as const)('%s %s → %p', (kind, code, expected) => {
    expect(scoreOf(kind, s, code)).toBe(expected);
  });
});

describe('compareMatrix: scholen naast elkaar', () => {
  const schools: ComparedSchool[] = [
    {
      id: 'a',
      name: 'De Regenboog',
      isDemo: false,
      sops: [sop({ schoolYear: '2022-2023' }), sop({ schoolYear: '2024-2025' })],
    },
    { id: 'b', name: 'Zonder SOP', isDemo: true, sops: [] },
  ];
  const matrix = compareMatrix('expertise', schools, (name, year) => `${name} (${year})`);

  it('one column per school with an SOP, labelled with the newest year', () => {
    expect(matrix.columns).toEqual([{ key: 'a', label: 'De Regenboog (2024-2025)' }]);
    expect(matrix.withoutSop).toEqual(['Zonder SOP']);
  });

  it('one row per catalog item in template order, school-added rows left out', () => {
    expect(matrix.rows).toHaveLength(12);
    expect(matrix.rows[0]).toEqual({ label: 'Remedial teaching', a: null });
    expect(matrix.rows.find((r) => r['label'] === 'Autisme')).toEqual({ label: 'Autisme', a: 2 });
  });

  it('latestSop picks the newest school year', () => {
    expect(latestSop(schools[0] as ComparedSchool)?.schoolYear).toBe('2024-2025');
    expect(latestSop(schools[1] as ComparedSchool)).toBeNull();
  });
});

describe('toggleSelection', () => {
  it.each([
    [[], 'a', 3, ['a']],
    [['a', 'b'], 'a', 3, ['b']],
    [['a', 'b', 'c'], 'd', 3, ['a', 'b', 'c']],
    [['a', 'b'], 'c', 3, ['a', 'b', 'c']],
  ])('%p toggle %p (max %p) → %p', (selected, id, max, expected) => {
    expect(toggleSelection(selected, id, max)).toEqual(expected);
  });
});
