import { describe, expect, it } from '@jest/globals';
import type { SchoolRow } from '../../schools/utils/schools';
import { summarizeRegion } from './region-summary';

function row(partial: Partial<SchoolRow> & Pick<SchoolRow, 'id'>): SchoolRow {
  return {
    name: `School ${partial.id}`,
    place: 'Den Haag',
    werkgebiedCode: 'escamp',
    werkgebiedName: 'Escamp',
    kind: 'BAO',
    kindLabel: 'Basisonderwijs',
    pupils: null,
    pupilsSuppressed: false,
    pupilsDate: null,
    isDemo: false,
    latestSop: null,
    sopState: 'ontbreekt',
    ...partial,
  };
}

describe('summarizeRegion: kerncijfers van het Regio-overzicht', () => {
  it('an empty region still lists all 10 werkgebieden with zero schools', () => {
    const summary = summarizeRegion([]);
    expect(summary).toMatchObject({ schools: 0, demoSchools: 0, pupils: null, schoolsWithPupils: 0 });
    expect(summary.werkgebieden).toHaveLength(10);
    expect(summary.werkgebieden.every((w) => w.total === 0 && w.pupils === null)).toBe(true);
    expect(summary.werkgebieden[0]?.name).toBe('Centrum');
  });

  const rows = [
    row({ id: 'a', pupils: 300 }),
    row({ id: 'b', kind: 'SBO', pupils: 120, isDemo: true }),
    row({ id: 'c', werkgebiedCode: 'rijswijk', werkgebiedName: 'Rijswijk', kind: 'SO' }),
    row({ id: 'd', werkgebiedCode: null, werkgebiedName: null, pupils: 80 }),
  ];
  const summary = summarizeRegion(rows);

  it.each([
    ['schools', summary.schools, 4],
    ['demo schools', summary.demoSchools, 1],
    ['known pupils summed, unknown skipped', summary.pupils, 500],
    ['schools with a pupil count', summary.schoolsWithPupils, 3],
    ['BAO', summary.byKind.BAO, 2],
    ['SBO', summary.byKind.SBO, 1],
    ['SO', summary.byKind.SO, 1],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    ['escamp', { BAO: 1, SBO: 1, SO: 0, total: 2, pupils: 420 }],
    ['rijswijk', { BAO: 0, SBO: 0, SO: 1, total: 1, pupils: null }],
    ['centrum', { total: 0, pupils: null }],
    ['onbekend', { name: 'Geen werkgebied', BAO: 1, total: 1, pupils: 80 }],
  ])('werkgebied %s', (code, expected) => {
    expect(summary.werkgebieden.find((w) => w.code === code)).toMatchObject(expected);
  });

  it('puts "Geen werkgebied" last, after the 10 catalog areas', () => {
    expect(summary.werkgebieden.map((w) => w.code).at(-1)).toBe('onbekend');
    expect(summary.werkgebieden).toHaveLength(11);
  });
});
