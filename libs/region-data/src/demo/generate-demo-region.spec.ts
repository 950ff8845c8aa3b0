import { classifyExpertise, validateSopDocument, WERKGEBIED_CODES, WERKGEBIEDEN } from '@sop-atlas/sop-model';
import { loadDefaultWerkgebiedTable, werkgebiedForPostcode } from '../werkgebied/werkgebied-table';
import { type DemoRegion, distanceKm, generateDemoRegion, scaleToTotal } from './generate-demo-region';
import { Rng } from './prng';
import { summariseDemoRegion } from './summary';

const region: DemoRegion = generateDemoRegion();
const summary = summariseDemoRegion(region);
const published = (year: string) =>
  region.sops.filter((s) => s.schoolYear === year && s.status === 'published');

describe('generateDemoRegion: the SPPOH demo region', () => {
  it('has 205 fictional locations of 27 boards, in SPPOH', () => {
    expect(summary.schools).toBe(205);
    expect(summary.boards).toBe(27);
    expect(new Set(region.schools.map((s) => s.vestigingscode)).size).toBe(205);
    for (const school of region.schools) {
      expect(school.name).toMatch(/^Demo-/);
      expect(school.vestigingscode).toMatch(/^99[D-K][A-Z]\d{2}$/);
      expect(school.brin).toBe(school.vestigingscode.slice(0, 4));
      expect(school).toMatchObject({ isDemo: true, swv: 'PO2815' });
      expect(school.website).toMatch(/^https:\/\/www\.[a-z0-9-]+\.example$/);
    }
    expect(new Set(region.schools.map((s) => s.name)).size).toBe(205);
  });

  it.each<[string, number, number]>([
    ['BAO', 180, 190],
    ['SBO', 10, 12],
    ['SO', 6, 10],
  ])('has about the real number of %s schools', (kind, min, max) => {
    const n = summary.byKind[kind as 'BAO'];
    expect(n).toBeGreaterThanOrEqual(min);
    expect(n).toBeLessThanOrEqual(max);
  });

  it('spreads schools over the 10 werkgebieden with an SBO in each; Escamp and Centrum largest', () => {
    expect(Object.keys(summary.byWerkgebied).sort()).toEqual([...WERKGEBIED_CODES].sort());
    for (const code of WERKGEBIED_CODES) expect(summary.byWerkgebied[code]?.SBO).toBeGreaterThanOrEqual(1);
    const bySize = Object.entries(summary.byWerkgebied)
      .sort((a, b) => b[1].total - a[1].total)
      .map(([code]) => code);
    expect(bySize.slice(0, 2)).toEqual(['escamp', 'centrum']);
  });

  it('places every school in its werkgebied: postcode consistent with the PC4 table, within 2 km of the centre', () => {
    const table = loadDefaultWerkgebiedTable();
    for (const school of region.schools) {
      const lookup = werkgebiedForPostcode(school.postcode, table, school.gemeenteCode);
      expect([school.vestigingscode, lookup.werkgebied]).toEqual([school.vestigingscode, school.werkgebied]);
      const centre = WERKGEBIEDEN.find((w) => w.code === school.werkgebied)?.centre as [number, number];
      expect(distanceKm(centre, [school.latitude, school.longitude])).toBeLessThanOrEqual(2);
    }
  });

  it('has pupil counts for 2021–2024, totalling 60,290 ± 2% in 2023 (57,505 BAO, 1,694 SBO, 1,091 SO)', () => {
    expect(Object.keys(summary.pupilsByReferenceDate).sort()).toEqual([
      '2021-10-01',
      '2022-10-01',
      '2023-10-01',
      '2024-10-01',
    ]);
    const y2023 = summary.pupilsByReferenceDate['2023-10-01'];
    expect(Math.abs((y2023?.total ?? 0) - 60_290)).toBeLessThanOrEqual(60_290 * 0.02);
    expect(Math.abs((y2023?.SBO ?? 0) - 1_694)).toBeLessThanOrEqual(1_694 * 0.02);
    expect(Math.abs((y2023?.SO ?? 0) - 1_091)).toBeLessThanOrEqual(1_091 * 0.02);
    expect(region.pupilCounts).toHaveLength(205 * 4);
    expect(region.pupilCounts.every((c) => !c.suppressed && c.total !== null && c.total > 0)).toBe(true);
  });

  it('has four school years of SOPs, a few missing or stale, a few drafts for 2025-2026', () => {
    expect(summary.sopsBySchoolYear['2021-2022']).toEqual({ published: 205, draft: 0 });
    expect(summary.sopsBySchoolYear['2025-2026']?.published).toBe(0);
    expect(summary.sopsBySchoolYear['2025-2026']?.draft).toBeGreaterThanOrEqual(3);
    expect(summary.latestSchoolYear).toBe('2024-2025');
    expect(summary.schoolsWithoutLatestSop).toHaveLength(11); // 6 missing 2024-2025 + 5 stale since 2021-2022
    expect(summary.staleSchools).toHaveLength(5);
    for (const sop of region.sops) {
      expect(sop.status === 'draft').toBe(sop.publishedAt === null);
      expect(sop.document.schoolYear).toBe(sop.schoolYear);
      expect(sop.document.school.vestigingscode).toBe(sop.vestigingscode);
    }
  });

  it('produces only valid documents, marked as demo and fictional', () => {
    for (const sop of region.sops) {
      const result = validateSopDocument(sop.document);
      if (!result.ok)
        throw new Error(`${sop.vestigingscode} ${sop.schoolYear}: ${JSON.stringify(result.errors)}`);
      expect(sop.document.vision).toMatch(/^Fictieve demoschool: /);
      const sources = new Set(Object.values(sop.document.provenance).map((p) => p.source));
      expect([...sources]).toEqual(['demo']);
    }
  });

  it('has a few documents with warnings: ambiguous partner cells with candidates and an unknown added row', () => {
    const warnings = region.sops.flatMap((s) => s.document.warnings);
    const ambiguous = warnings.filter((w) => w.code === 'ambiguous-cell');
    expect(ambiguous.length).toBeGreaterThanOrEqual(1);
    expect(ambiguous.every((w) => (w.candidates?.length ?? 0) === 2)).toBe(true);
    expect(warnings.filter((w) => w.code === 'unknown-row').length).toBeGreaterThanOrEqual(1);
    expect(summary.documentsWithWarnings).toBeLessThanOrEqual(region.sops.length * 0.05);
  });

  it('develops HGW over time: more op-orde and less nog-op-te-starten every year', () => {
    const years = ['2021-2022', '2022-2023', '2023-2024', '2024-2025'];
    const opOrde = years.map((y) => (summary.hgwStatus[y]?.['op-orde'] ?? 0) / (published(y).length * 7));
    const start = years.map(
      (y) => (summary.hgwStatus[y]?.['nog-op-te-starten'] ?? 0) / (published(y).length * 7),
    );
    for (let i = 1; i < years.length; i += 1) {
      expect(opOrde[i]).toBeGreaterThan(opOrde[i - 1] as number);
      expect(start[i]).toBeLessThan(start[i - 1] as number);
    }
  });

  it('gains and loses expertise from year to year', () => {
    let gained = 0;
    let lost = 0;
    const byCode = new Map(
      region.sops
        .filter((s) => s.status === 'published')
        .map((s) => [`${s.vestigingscode}|${s.schoolYear}`, s]),
    );
    for (const sop of published('2023-2024')) {
      const before = byCode.get(`${sop.vestigingscode}|2022-2023`);
      if (before === undefined) continue;
      sop.document.expertise.forEach((row, i) => {
        const prev = before.document.expertise[i];
        const now = classifyExpertise(row.available, row.availability) === 'in-team';
        const then = prev !== undefined && classifyExpertise(prev.available, prev.availability) === 'in-team';
        if (now && !then) gained += 1;
        if (!now && then) lost += 1;
      });
    }
    expect(gained).toBeGreaterThan(20);
    expect(lost).toBeGreaterThan(20);
  });

  it.each(['2021-2022', '2022-2023', '2023-2024', '2024-2025'])('has realistic rarity in %s', (year) => {
    const autism = summary.expertiseShare[year]?.autisme;
    expect(autism?.inTeam).toBeGreaterThanOrEqual(0.2);
    expect(autism?.inTeam).toBeLessThanOrEqual(0.38);
    expect(autism?.boughtIn).toBeGreaterThanOrEqual(0.15);
    const facilities = summary.facilityShare[year];
    expect(facilities?.['time-out-ruimte']).toBeGreaterThanOrEqual(0.07);
    expect(facilities?.['time-out-ruimte']).toBeLessThanOrEqual(0.17);
    expect(facilities?.lift).toBeGreaterThanOrEqual(0.18);
    expect(facilities?.lift).toBeLessThanOrEqual(0.33);
  });

  it('gives SBO and SO schools more expertise and facilities than BAO schools', () => {
    const kindOf = new Map(region.schools.map((s) => [s.vestigingscode, s.kind]));
    const mean = (
      special: boolean,
      count: (doc: DemoRegion['sops'][number]['document']) => number,
    ): number => {
      const docs = published('2023-2024').filter((s) => (kindOf.get(s.vestigingscode) !== 'BAO') === special);
      return docs.reduce((sum, s) => sum + count(s.document), 0) / docs.length;
    };
    const expertise = (doc: DemoRegion['sops'][number]['document']) =>
      doc.expertise.filter((r) => classifyExpertise(r.available, r.availability) === 'in-team').length;
    const facilities = (doc: DemoRegion['sops'][number]['document']) =>
      doc.facilities.filter((r) => r.status === 'aanwezig').length;
    expect(mean(true, expertise)).toBeGreaterThan(mean(false, expertise) + 2);
    expect(mean(true, facilities)).toBeGreaterThan(mean(false, facilities) + 1);
  });

  it('states funding near 7,000 + 106 × pupils, with board noise and a few outliers', () => {
    expect(summary.funding.documents).toBe(region.sops.filter((s) => s.status === 'published').length);
    expect(summary.funding.within8Percent / summary.funding.documents).toBeGreaterThan(0.85);
    expect(summary.funding.outliers).toBeGreaterThanOrEqual(1);
    expect(summary.funding.outliers / summary.funding.documents).toBeLessThan(0.1);
    expect(
      region.fundingParameters.map((p) => [p.calendarYear, p.basePerLocation, p.perPupil]),
    ).toContainEqual([2023, 7000, 106]);
  });

  it('is deterministic: the same seed gives identical JSON, another seed a different region', () => {
    expect(JSON.stringify(generateDemoRegion(2815))).toBe(JSON.stringify(region));
    const other = generateDemoRegion(7);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(region));
    expect(summariseDemoRegion(other).byKind).toEqual(summary.byKind);
  });
});

describe('helpers', () => {
  it.each<[number[], number, number[]]>([
    [[1, 1, 1], 10, [4, 3, 3]],
    [[2, 1], 9, [6, 3]],
    [[0.5, 0.25, 0.25], 7, [3, 2, 2]],
  ])('scaleToTotal(%j, %d) → %j', (values, total, expected) => {
    expect(scaleToTotal(values, total)).toEqual(expected);
  });

  it('Rng is deterministic per seed and derived streams differ', () => {
    const a = new Rng(1);
    const b = new Rng(1);
    expect([a.next(), a.next()]).toEqual([b.next(), b.next()]);
    expect(Rng.derive(1, 'x').next()).not.toBe(Rng.derive(1, 'y').next());
  });
});
