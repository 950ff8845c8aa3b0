/** Pure transforms for the aligned comparison (`compareSchools`): sections per catalog, labels from the catalogs. */
import {
  catalogLabel,
  EXPERTISE_AVAILABILITIES,
  FACILITY_STATUSES,
  FREQUENCIES,
  HGW_STATUSES,
} from '@sop-atlas/sop-model';
import type { SchoolComparison } from '../hooks/useCompareSchoolsQuery';
import { formatDate, formatEuro, formatNumber, MISSING } from '../../../utils/format';
import { compareStrings as t } from '../strings.nl';

export const COMPARE_KINDS = ['hgw', 'expertise', 'partner', 'facility'] as const;
export type CompareKind = (typeof COMPARE_KINDS)[number];

const SCALES: Readonly<Record<CompareKind, readonly { code: string; label: string }[]>> = {
  hgw: HGW_STATUSES,
  expertise: EXPERTISE_AVAILABILITIES,
  partner: FREQUENCIES,
  facility: FACILITY_STATUSES,
};

export interface CompareCell {
  readonly schoolId: string;
  readonly has: boolean;
  /** Dutch label of the value; null when unknown or no SOP. */
  readonly label: string | null;
  readonly werkgebiedShare: number | null;
}

export interface CompareTableRow {
  readonly key: string;
  readonly code: string;
  readonly label: string;
  readonly differs: boolean;
  readonly regionShare: number | null;
  readonly cells: readonly CompareCell[];
}

export interface CompareSection {
  readonly kind: CompareKind;
  readonly rows: readonly CompareTableRow[];
  readonly differing: number;
}

function isKind(kind: string): kind is CompareKind {
  return (COMPARE_KINDS as readonly string[]).includes(kind);
}

/** Rows grouped per catalog in template order; `onlyDifferences` keeps the rows where the schools differ. */
export function compareSections(comparison: SchoolComparison, onlyDifferences = false): CompareSection[] {
  return COMPARE_KINDS.map((kind) => {
    const all = comparison.rows.filter((r) => isKind(r.kind) && r.kind === kind);
    const rows = all
      .filter((r) => !onlyDifferences || r.differs)
      .map((r) => ({
        key: `${r.kind}:${r.code}`,
        code: r.code,
        label: catalogLabel(kind, r.code) ?? r.label,
        differs: r.differs,
        regionShare: r.regionShare,
        cells: r.values.map((v) => ({
          schoolId: v.schoolId,
          has: v.has,
          label: v.value === null ? null : (SCALES[kind].find((s) => s.code === v.value)?.label ?? v.value),
          werkgebiedShare: v.werkgebiedShare,
        })),
      }));
    return { kind, rows, differing: all.filter((r) => r.differs).length };
  });
}

/** How many rows differ over all catalogs. */
export function differenceCount(comparison: SchoolComparison): number {
  return comparison.rows.filter((r) => r.differs).length;
}

export interface CompareFactCell {
  readonly schoolId: string;
  /** The figure, or the missing mark. */
  readonly value: string;
  /** What the figure is (its reference date, year or which date), or null. */
  readonly detail: string | null;
}

export interface CompareFactRow {
  readonly key: 'pupils' | 'fundingPerPupil' | 'sopDate';
  readonly label: string;
  readonly cells: readonly CompareFactCell[];
}

/**
 * Each school's pupils, basisondersteuning per leerling and SOP date, with what each figure is: the SOP's own date
 * when the document states it, else the day it was published in SOP Atlas, labelled which.
 */
export function compareFacts(comparison: SchoolComparison): CompareFactRow[] {
  const f = t.aligned.facts;
  const schools = comparison.schools;
  return [
    {
      key: 'pupils',
      label: f.pupils,
      cells: schools.map((s) => ({
        schoolId: s.school.id,
        value: s.pupilsSuppressed ? f.suppressed : formatNumber(s.pupils),
        detail: s.pupilsReferenceDate ? f.pupilsDetail(formatDate(s.pupilsReferenceDate)) : null,
      })),
    },
    {
      key: 'fundingPerPupil',
      label: f.fundingPerPupil,
      cells: schools.map((s) => ({
        schoolId: s.school.id,
        value: formatEuro(s.fundingPerPupil, { cents: true }),
        detail:
          s.fundingPerPupil !== null && s.fundingCalendarYear !== null
            ? f.fundingDetail(s.fundingCalendarYear)
            : null,
      })),
    },
    {
      key: 'sopDate',
      label: f.sopDate,
      cells: schools.map((s) => ({
        schoolId: s.school.id,
        value: s.sopDate ? formatDate(s.sopDate) : MISSING,
        detail:
          s.sopDateSource === 'DOCUMENT'
            ? s.sopDateKind
              ? f.documentDate[s.sopDateKind]
              : f.documentDate.none
            : s.sopDateSource === 'PUBLISHED'
              ? f.published
              : null,
      })),
    },
  ];
}
