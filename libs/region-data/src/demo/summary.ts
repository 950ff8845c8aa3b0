/** Summary figures of a demo (or national) data set: what the specs check and what a seed script can print. */
import {
  classifyExpertise,
  EXPERTISE_CODES,
  type ExpertiseCode,
  FACILITY_CODES,
  type FacilityCode,
  fundingDeviation,
  expectedFunding,
  HGW_STATUS_CODES,
  type HgwStatus,
  type SchoolKind,
  schoolYearStart,
} from '@sop-atlas/sop-model';
import { type DuoPupilCount } from '../duo/types';
import { DEMO_BASE_PER_LOCATION, DEMO_PER_PUPIL, type DemoSop } from './sop-history';

type KindCounts = Record<SchoolKind | 'total', number>;

export interface DemoRegionSummary {
  schools: number;
  boards: number;
  byKind: KindCounts;
  /** Keyed by werkgebied code (`'none'` for national schools without one). */
  byWerkgebied: Record<string, KindCounts>;
  /** Keyed by reference date `YYYY-MM-DD`. */
  pupilsByReferenceDate: Record<string, KindCounts>;
  sopsBySchoolYear: Record<string, { published: number; draft: number }>;
  /** The newest school year with published SOPs. */
  latestSchoolYear: string | null;
  /** Schools without a published SOP for the latest school year. */
  schoolsWithoutLatestSop: string[];
  /** Schools whose newest published SOP is at least two school years older than the latest one. */
  staleSchools: string[];
  documentsWithWarnings: number;
  /** Per school year (published SOPs): share of schools with the expertise in the team / bought in. */
  expertiseShare: Record<string, Record<ExpertiseCode, { inTeam: number; boughtIn: number }>>;
  /** Per school year (published SOPs): share of schools where the facility is present. */
  facilityShare: Record<string, Record<FacilityCode, number>>;
  /** Per school year (published SOPs): number of HGW rows per status. */
  hgwStatus: Record<string, Record<HgwStatus, number>>;
  /** Stated funding against the formula (7,000 + 106 × pupils of the same calendar year), published SOPs. */
  funding: { documents: number; within8Percent: number; outliers: number };
}

interface SummarisableSchool {
  vestigingscode: string;
  kind: SchoolKind | null;
  werkgebied: string | null;
  boardNumber: string | null;
}

const emptyKinds = (): KindCounts => ({ BAO: 0, SBO: 0, SO: 0, total: 0 });
const share = (part: number, whole: number): number =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;

export function summariseDemoRegion(region: {
  schools: readonly SummarisableSchool[];
  pupilCounts: readonly DuoPupilCount[];
  sops: readonly DemoSop[];
}): DemoRegionSummary {
  const kindOf = new Map(region.schools.map((s) => [s.vestigingscode, s.kind] as const));
  const byKind = emptyKinds();
  const byWerkgebied: Record<string, KindCounts> = {};
  for (const school of region.schools) {
    const bucket = (byWerkgebied[school.werkgebied ?? 'none'] ??= emptyKinds());
    if (school.kind !== null) {
      byKind[school.kind] += 1;
      bucket[school.kind] += 1;
    }
    byKind.total += 1;
    bucket.total += 1;
  }

  const pupilsByReferenceDate: Record<string, KindCounts> = {};
  const pupilsOf = new Map<string, number>();
  for (const count of region.pupilCounts) {
    const bucket = (pupilsByReferenceDate[count.referenceDate] ??= emptyKinds());
    const kind = kindOf.get(count.vestigingscode);
    const total = count.total ?? 0;
    if (kind !== undefined && kind !== null) bucket[kind] += total;
    bucket.total += total;
    pupilsOf.set(`${count.vestigingscode}|${count.referenceDate.slice(0, 4)}`, total);
  }

  const sopsBySchoolYear: Record<string, { published: number; draft: number }> = {};
  const latestBySchool = new Map<string, string>();
  const expertiseCounts: Record<string, Record<ExpertiseCode, { inTeam: number; boughtIn: number }>> = {};
  const facilityCounts: Record<string, Record<FacilityCode, number>> = {};
  const hgwStatus: Record<string, Record<HgwStatus, number>> = {};
  const documentsPerYear: Record<string, number> = {};
  const funding = { documents: 0, within8Percent: 0, outliers: 0 };
  let documentsWithWarnings = 0;
  for (const sop of region.sops) {
    const year = sop.schoolYear;
    const tally = (sopsBySchoolYear[year] ??= { published: 0, draft: 0 });
    tally[sop.status] += 1;
    if (sop.document.warnings.length > 0) documentsWithWarnings += 1;
    if (sop.status !== 'published') continue;
    const previous = latestBySchool.get(sop.vestigingscode);
    if (previous === undefined || previous < year) latestBySchool.set(sop.vestigingscode, year);
    documentsPerYear[year] = (documentsPerYear[year] ?? 0) + 1;
    const expertise = (expertiseCounts[year] ??= Object.fromEntries(
      EXPERTISE_CODES.map((c) => [c, { inTeam: 0, boughtIn: 0 }]),
    ) as Record<ExpertiseCode, { inTeam: number; boughtIn: number }>);
    for (const row of sop.document.expertise) {
      if (row.code === null) continue;
      const availability = classifyExpertise(row.available, row.availability);
      if (availability === 'in-team') expertise[row.code].inTeam += 1;
      if (availability === 'ingekocht') expertise[row.code].boughtIn += 1;
    }
    const facilities = (facilityCounts[year] ??= Object.fromEntries(
      FACILITY_CODES.map((c) => [c, 0]),
    ) as Record<FacilityCode, number>);
    for (const row of sop.document.facilities)
      if (row.code !== null && row.status === 'aanwezig') facilities[row.code] += 1;
    const hgw = (hgwStatus[year] ??= Object.fromEntries(HGW_STATUS_CODES.map((c) => [c, 0])) as Record<
      HgwStatus,
      number
    >);
    for (const row of sop.document.hgw) if (row.status !== null) hgw[row.status] += 1;
    const { amount, calendarYear } = sop.document.funding;
    const pupils = calendarYear === null ? undefined : pupilsOf.get(`${sop.vestigingscode}|${calendarYear}`);
    if (amount !== null && pupils !== undefined) {
      const expected = expectedFunding(
        { basePerLocation: DEMO_BASE_PER_LOCATION, perPupil: DEMO_PER_PUPIL },
        pupils,
      );
      const relative = Math.abs(fundingDeviation(amount, expected)?.relative ?? 0);
      funding.documents += 1;
      if (relative <= 0.08) funding.within8Percent += 1;
      if (relative >= 0.15) funding.outliers += 1;
    }
  }

  const years = Object.keys(documentsPerYear).sort();
  const latestSchoolYear = years.at(-1) ?? null;
  const schoolsWithoutLatestSop =
    latestSchoolYear === null
      ? []
      : region.schools.map((s) => s.vestigingscode).filter((c) => latestBySchool.get(c) !== latestSchoolYear);
  const staleSchools =
    latestSchoolYear === null
      ? []
      : region.schools
          .map((s) => s.vestigingscode)
          .filter((c) => {
            const latest = latestBySchool.get(c);
            return latest === undefined || schoolYearStart(latestSchoolYear) - schoolYearStart(latest) >= 2;
          });

  const expertiseShare: DemoRegionSummary['expertiseShare'] = {};
  const facilityShare: DemoRegionSummary['facilityShare'] = {};
  for (const year of years) {
    const n = documentsPerYear[year] ?? 0;
    const e = expertiseCounts[year];
    const f = facilityCounts[year];
    if (e !== undefined) {
      expertiseShare[year] = Object.fromEntries(
        EXPERTISE_CODES.map((c) => [c, { inTeam: share(e[c].inTeam, n), boughtIn: share(e[c].boughtIn, n) }]),
      ) as Record<ExpertiseCode, { inTeam: number; boughtIn: number }>;
    }
    if (f !== undefined) {
      facilityShare[year] = Object.fromEntries(FACILITY_CODES.map((c) => [c, share(f[c], n)])) as Record<
        FacilityCode,
        number
      >;
    }
  }

  return {
    schools: region.schools.length,
    boards: new Set(region.schools.map((s) => s.boardNumber)).size,
    byKind,
    byWerkgebied,
    pupilsByReferenceDate,
    sopsBySchoolYear,
    latestSchoolYear,
    schoolsWithoutLatestSop,
    staleSchools,
    documentsWithWarnings,
    expertiseShare,
    facilityShare,
    hgwStatus,
    funding,
  };
}
