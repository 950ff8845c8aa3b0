import { describe, expect, it } from '@jest/globals';
import {
  EMPTY_FILTER,
  filterSchools,
  type SchoolFilter,
  type SchoolNode,
  sopState,
  toSchoolRows,
} from './schools';

function node(partial: Partial<SchoolNode> & Pick<SchoolNode, 'id' | 'name'>): SchoolNode {
  return {
    place: 'Den Haag',
    gemeenteName: "'s-Gravenhage",
    kind: 'BAO',
    isDemo: false,
    latestPupilCount: null,
    werkgebied: null,
    sops: [],
    staleSop: null,
    ...partial,
  };
}

const nodes: SchoolNode[] = [
  node({
    id: '1',
    name: 'De Regenboog',
    werkgebied: { code: 'escamp', name: 'Escamp' },
    latestPupilCount: { total: 312, suppressed: false, referenceDate: '2024-10-01' },
    sops: [
      { schoolYear: '2021-2022', status: 'ARCHIVED' },
      { schoolYear: '2023-2024', status: 'PUBLISHED' },
    ],
  }),
  node({ id: '2', name: 'SBO De Piramide', kind: 'SBO', werkgebied: { code: 'laak', name: 'Laak' } }),
  node({
    id: '3',
    name: 'Basisschool 10',
    place: 'Rijswijk',
    werkgebied: { code: 'rijswijk', name: 'Rijswijk' },
  }),
  node({ id: '4', name: 'Basisschool 9', place: null, gemeenteName: 'Leidschendam-Voorburg', isDemo: true }),
  node({ id: '5', name: 'École Française', kind: 'SO', werkgebied: { code: 'escamp', name: 'Escamp' } }),
];
const rows = toSchoolRows(nodes);

describe('toSchoolRows: rijen voor de lijst Scholen zoeken', () => {
  it('sorts by name in Dutch order with numbers in natural order', () => {
    expect(rows.map((r) => r.id)).toEqual(['4', '3', '1', '5', '2']);
  });

  it('falls back to the gemeente when the place is unknown and labels the kind in Dutch', () => {
    const demo = rows.find((r) => r.id === '4');
    expect(demo).toMatchObject({ place: 'Leidschendam-Voorburg', kindLabel: 'Basisonderwijs', isDemo: true });
    expect(rows.find((r) => r.id === '2')?.kindLabel).toBe('Speciaal basisonderwijs');
  });

  it('takes the latest pupil count and the newest SOP', () => {
    expect(rows.find((r) => r.id === '1')).toMatchObject({
      pupils: 312,
      pupilsDate: '2024-10-01',
      latestSop: { schoolYear: '2023-2024', status: 'PUBLISHED' },
      sopState: 'actueel',
    });
    expect(rows.find((r) => r.id === '2')).toMatchObject({
      pupils: null,
      latestSop: null,
      sopState: 'ontbreekt',
    });
  });
});

describe("sopState: the API's one definition of a stale SOP, in the list's words", () => {
  it.each([
    ['no SOP', [], null, 'ontbreekt'],
    ['only an archived SOP', [{ schoolYear: '2021-2022', status: 'ARCHIVED' as const }], null, 'ontbreekt'],
    [
      'a published SOP the API does not call stale',
      [{ schoolYear: '2023-2024', status: 'PUBLISHED' as const }],
      null,
      'actueel',
    ],
    [
      'a published SOP the API calls stale (e.g. by its own date)',
      [{ schoolYear: '2023-2024', status: 'PUBLISHED' as const }],
      { schoolYear: '2023-2024' },
      'verouderd',
    ],
  ] as const)('%s → %s', (_case, sops, staleSop, expected) => {
    expect(sopState({ sops: [...sops], staleSop })).toBe(expected);
  });
});

describe('filterSchools: een adviseur zoekt een school', () => {
  const cases: [string, Partial<SchoolFilter>, string[]][] = [
    ['no filter keeps all', {}, ['4', '3', '1', '5', '2']],
    ['text matches name, ignoring case', { text: 'regenboog' }, ['1']],
    ['text ignores accents', { text: 'ecole' }, ['5']],
    ['text matches place', { text: 'rijswijk' }, ['3']],
    ['all words must match', { text: 'basisschool rijswijk' }, ['3']],
    ['werkgebied', { werkgebied: 'escamp' }, ['1', '5']],
    ['schools without werkgebied', { werkgebied: 'onbekend' }, ['4']],
    ['kind', { kind: 'SBO' }, ['2']],
    ['kind and werkgebied together', { kind: 'SO', werkgebied: 'escamp' }, ['5']],
    ['no match', { text: 'bestaat niet' }, []],
  ];
  it.each(cases)('%s', (_name, filter, expected) => {
    expect(filterSchools(rows, { ...EMPTY_FILTER, ...filter }).map((r) => r.id)).toEqual(expected);
  });
});
