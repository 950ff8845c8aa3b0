import { validateSopDocument } from '@sop-atlas/sop-model';
import {
  generateNationalDataset,
  listNationalSwvs,
  type NationalBatch,
  type NationalDatasetOptions,
  NL_BOUNDS,
} from './generate-national-dataset';

const small: NationalDatasetOptions = {
  seed: 42,
  swvCount: 3,
  schoolCount: 150,
  schoolYears: 4,
  batchSize: 40,
};
const collect = (options: NationalDatasetOptions): NationalBatch[] => [...generateNationalDataset(options)];
const flatten = (batches: NationalBatch[]) => ({
  schools: batches.flatMap((b) => b.schools),
  pupilCounts: batches.flatMap((b) => b.pupilCounts),
  sops: batches.flatMap((b) => b.sops),
});

describe('generateNationalDataset', () => {
  const batches = collect(small);
  const all = flatten(batches);

  it('yields batches of at most batchSize schools, numbered in order', () => {
    expect(batches.map((b) => [b.index, b.schools.length])).toEqual([
      [0, 40],
      [1, 40],
      [2, 40],
      [3, 30],
    ]);
  });

  it('spreads schools over the fictional SWVs, with unique fictional codes and no werkgebied', () => {
    const swvs = listNationalSwvs(small);
    expect(swvs.map((s) => s.code)).toEqual(['PO9901', 'PO9902', 'PO9903']);
    expect(swvs.reduce((n, s) => n + s.schoolCount, 0)).toBe(150);
    for (const swv of swvs)
      expect(all.schools.filter((s) => s.swv === swv.code)).toHaveLength(swv.schoolCount);
    expect(new Set(all.schools.map((s) => s.vestigingscode)).size).toBe(150);
    for (const school of all.schools) {
      expect(school.vestigingscode).toMatch(/^(8\d|9[0-8])[A-Z]{2}00$/);
      expect(school.name).toMatch(/^Demo-/);
      expect(school.werkgebied).toBeNull();
      expect(school.isDemo).toBe(true);
      expect(school.latitude).toBeGreaterThanOrEqual(NL_BOUNDS.minLat);
      expect(school.latitude).toBeLessThanOrEqual(NL_BOUNDS.maxLat);
      expect(school.longitude).toBeGreaterThanOrEqual(NL_BOUNDS.minLon);
      expect(school.longitude).toBeLessThanOrEqual(NL_BOUNDS.maxLon);
    }
  });

  it('keeps every batch self-contained: counts and SOPs belong to schools of the same batch', () => {
    for (const batch of batches) {
      const codes = new Set(batch.schools.map((s) => s.vestigingscode));
      expect(batch.pupilCounts.every((c) => codes.has(c.vestigingscode))).toBe(true);
      expect(batch.sops.every((s) => codes.has(s.vestigingscode))).toBe(true);
      expect(batch.pupilCounts).toHaveLength(batch.schools.length * 4);
    }
  });

  it('has four school years of valid SOPs ending 2024-2025', () => {
    const years = new Set(all.sops.filter((s) => s.status === 'published').map((s) => s.schoolYear));
    expect([...years].sort()).toEqual(['2021-2022', '2022-2023', '2023-2024', '2024-2025']);
    for (const sop of all.sops) {
      const result = validateSopDocument(sop.document);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
    }
    expect(new Set(all.pupilCounts.map((c) => c.referenceDate))).toEqual(
      new Set(['2021-10-01', '2022-10-01', '2023-10-01', '2024-10-01']),
    );
  });

  it('is deterministic and independent of the batch size; another seed differs', () => {
    expect(JSON.stringify(flatten(collect(small)))).toBe(JSON.stringify(all));
    expect(JSON.stringify(flatten(collect({ ...small, batchSize: 1000 })))).toBe(JSON.stringify(all));
    expect(JSON.stringify(flatten(collect({ ...small, seed: 43 })))).not.toBe(JSON.stringify(all));
  });

  it.each<[string, NationalDatasetOptions, number, string]>([
    ['one school year', { seed: 1, swvCount: 2, schoolCount: 10, schoolYears: 1 }, 1, '2024-2025'],
    [
      'two years ending 2022-2023',
      { seed: 1, swvCount: 1, schoolCount: 5, schoolYears: 2, lastSchoolYearStart: 2022 },
      2,
      '2022-2023',
    ],
  ])('honours %s', (_case, options, yearCount, latest) => {
    const data = flatten(collect(options));
    const years = [
      ...new Set(data.sops.filter((s) => s.status === 'published').map((s) => s.schoolYear)),
    ].sort();
    expect(years).toHaveLength(yearCount);
    expect(years.at(-1)).toBe(latest);
  });

  it.each<[string, NationalDatasetOptions]>([
    ['fewer schools than SWVs', { seed: 1, swvCount: 5, schoolCount: 3 }],
    ['zero school years', { seed: 1, swvCount: 1, schoolCount: 3, schoolYears: 0 }],
    ['a zero batch size', { seed: 1, swvCount: 1, schoolCount: 3, batchSize: 0 }],
  ])('rejects %s', (_case, options) => {
    expect(() => collect(options)).toThrow(RangeError);
  });
});
