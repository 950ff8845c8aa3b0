import { describe, expect, it } from '@jest/globals';
import { formatEuro } from '../../utils/format';
import { bucketOf, hasNoValues, toChartTable, valueExtent } from './chart-table';

interface Row {
  area: string;
  schools: number;
  pupils: number | null;
}
const data: Row[] = [
  { area: 'Escamp', schools: 38, pupils: 11230 },
  { area: 'Laak', schools: 14, pupils: null },
];
const categories = [
  { key: 'schools', label: 'Scholen' },
  { key: 'pupils', label: 'Leerlingen' },
] as const;

describe('toChartTable: tabelalternatief van een grafiek', () => {
  it('has the index column first, then one numeric column per category', () => {
    const table = toChartTable({ data, index: 'area', indexLabel: 'Werkgebied', categories });
    expect(table.columns).toEqual([
      { key: 'area', label: 'Werkgebied', numeric: false },
      { key: 'schools', label: 'Scholen', numeric: true },
      { key: 'pupils', label: 'Leerlingen', numeric: true },
    ]);
  });

  it.each([
    [
      'default Dutch number format, unknown as dash',
      undefined,
      [
        ['Escamp', '38', '11.230'],
        ['Laak', '14', '–'],
      ],
    ],
    [
      'custom formatter',
      (v: number) => formatEuro(v),
      [
        ['Escamp', '€ 38', '€ 11.230'],
        ['Laak', '€ 14', '–'],
      ],
    ],
  ])('%s', (_name, valueFormatter, expected) => {
    const table = toChartTable({ data, index: 'area', indexLabel: 'Werkgebied', categories, valueFormatter });
    expect(table.rows.map((r) => r.cells)).toEqual(expected);
    expect(table.rows.map((r) => r.index)).toEqual([0, 1]);
  });
});

describe('valueExtent / hasNoValues', () => {
  it.each([
    ['both categories', categories, [14, 11230]],
    ['only pupils', [{ key: 'pupils' as const }], [11230, 11230]],
    ['no data', [], null],
  ])('%s', (_name, cats, expected) => {
    expect(valueExtent(data, cats)).toEqual(expected);
  });

  it('an all-null series counts as empty', () => {
    expect(hasNoValues([{ area: 'x', schools: 1, pupils: null }], [{ key: 'pupils' as const }])).toBe(true);
    expect(hasNoValues(data, categories)).toBe(false);
  });
});

describe('bucketOf: kleurstap in de heatmap', () => {
  it.each([
    [0, [0, 10], 5, 0],
    [10, [0, 10], 5, 4],
    [5, [0, 10], 5, 2],
    [1.99, [0, 10], 5, 0],
    [2, [0, 10], 5, 1],
    [3, [3, 3], 5, 4],
    [0, [0, 0], 5, 0],
    [7, [0, 10], 1, 0],
    [-4, [0, 10], 5, 0],
  ] as const)('value %p in %p over %p steps → %p', (value, extent, steps, expected) => {
    expect(bucketOf(value, extent, steps)).toBe(expected);
  });
});
