import { describe, expect, it } from '@jest/globals';
import { pupilsPerWerkgebied, schoolsPerWerkgebied, werkgebiedMarkers } from './chart-data';
import type { WerkgebiedCount } from './region-summary';

const rows: WerkgebiedCount[] = [
  { code: 'escamp', name: 'Escamp', BAO: 30, SBO: 2, SO: 4, total: 36, pupils: 9000 },
  { code: 'laak', name: 'Laak', BAO: 9, SBO: 0, SO: 0, total: 9, pupils: null },
  { code: 'centrum', name: 'Centrum', BAO: 0, SBO: 0, SO: 0, total: 0, pupils: null },
  { code: 'onbekend', name: 'Geen werkgebied', BAO: 1, SBO: 0, SO: 0, total: 1, pupils: 50 },
];

describe('chart data for the Regio-overzicht', () => {
  it('schoolsPerWerkgebied keeps the order and splits by kind', () => {
    expect(schoolsPerWerkgebied(rows).map((d) => [d.name, d.BAO, d.SBO, d.SO])).toEqual([
      ['Escamp', 30, 2, 4],
      ['Laak', 9, 0, 0],
      ['Centrum', 0, 0, 0],
      ['Geen werkgebied', 1, 0, 0],
    ]);
  });

  it('pupilsPerWerkgebied keeps unknown as null (never 0)', () => {
    expect(pupilsPerWerkgebied(rows).map((d) => d.pupils)).toEqual([9000, null, null, 50]);
  });

  it.each([
    ['largest area gets the max radius', 'escamp', 28],
    ['area scales with the count', 'laak', 14],
  ])('werkgebiedMarkers: %s', (_name, code, radius) => {
    expect(werkgebiedMarkers(rows).find((m) => m.code === code)?.radius).toBe(radius);
  });

  it('werkgebiedMarkers skips empty areas and areas without a known centre', () => {
    expect(werkgebiedMarkers(rows).map((m) => m.code)).toEqual(['escamp', 'laak']);
    expect(werkgebiedMarkers([])).toEqual([]);
  });

  it('werkgebiedMarkers places a circle on the werkgebied centre from the catalog', () => {
    expect(werkgebiedMarkers(rows)[0]?.centre).toEqual([52.05, 4.267]);
  });
});
