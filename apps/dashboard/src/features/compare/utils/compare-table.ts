/** Pure transforms for the aligned comparison (`compareSchools`): sections per catalog, labels from the catalogs. */
import {
  catalogLabel,
  EXPERTISE_AVAILABILITIES,
  FACILITY_STATUSES,
  FREQUENCIES,
  HGW_STATUSES,
} from '@sop-atlas/sop-model';
import type { SchoolComparison } from '../hooks/useCompareSchoolsQuery';

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
