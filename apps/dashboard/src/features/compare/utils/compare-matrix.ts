/**
 * Pure transforms for "Vergelijken": the newest SOP of each school turned into catalog rows × school columns with
 * a numeric score per cell, ready for `HeatmapMatrix`. Rows a school added itself (code null) are left out here.
 */
import {
  EXPERTISE_AREAS,
  FACILITIES,
  type CatalogItem,
  frequencyRank,
  FREQUENCY_CODES,
  type Frequency,
  PARTNER_KINDS,
} from '@sop-atlas/sop-model';
import type { ComparedSchool } from '../hooks/useSchoolSopsQuery';

export type MatrixRow = Readonly<Record<string, string | number | null>>;

export interface MatrixColumn {
  readonly key: string;
  readonly label: string;
}

export interface CompareMatrix {
  readonly columns: readonly MatrixColumn[];
  readonly rows: readonly MatrixRow[];
  /** Schools without any SOP (not in `columns`). */
  readonly withoutSop: readonly string[];
}

type Sop = ComparedSchool['sops'][number];
export type MatrixKind = 'expertise' | 'partners' | 'facilities';

const AVAILABILITY_SCORE: Readonly<Record<string, number>> = { 'in-team': 2, ingekocht: 1, geen: 0 };

function isFrequency(value: string): value is Frequency {
  return (FREQUENCY_CODES as readonly string[]).includes(value);
}

/** Score of one catalog code in one SOP; null = unknown or not stated. */
export function scoreOf(kind: MatrixKind, sop: Sop, code: string): number | null {
  if (kind === 'expertise') {
    const row = sop.expertise.find((r) => r.code === code);
    return row ? (AVAILABILITY_SCORE[row.availabilityKind] ?? null) : null;
  }
  if (kind === 'partners') {
    const frequency = sop.partners.find((r) => r.code === code)?.frequency ?? null;
    return frequency !== null && isFrequency(frequency) ? frequencyRank(frequency) : null;
  }
  const status = sop.facilities.find((r) => r.code === code)?.status ?? null;
  if (status === 'aanwezig') return 1;
  if (status === 'niet-van-toepassing') return 0;
  return null;
}

const CATALOG: Readonly<Record<MatrixKind, readonly CatalogItem<string>[]>> = {
  expertise: EXPERTISE_AREAS,
  partners: PARTNER_KINDS,
  facilities: FACILITIES,
};

/** The newest SOP of a school (the API lists them newest year first; sorted again to be sure). */
export function latestSop(school: ComparedSchool): Sop | null {
  return [...school.sops].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))[0] ?? null;
}

export function compareMatrix(
  kind: MatrixKind,
  schools: readonly ComparedSchool[],
  columnLabel: (name: string, year: string) => string,
): CompareMatrix {
  const withSop = schools.flatMap((school) => {
    const sop = latestSop(school);
    return sop ? [{ school, sop }] : [];
  });
  return {
    columns: withSop.map(({ school, sop }) => ({
      key: school.id,
      label: columnLabel(school.name, sop.schoolYear),
    })),
    rows: CATALOG[kind].map((item) => {
      const row: Record<string, string | number | null> = { label: item.label };
      for (const { school, sop } of withSop) row[school.id] = scoreOf(kind, sop, item.code);
      return row;
    }),
    withoutSop: schools.filter((s) => latestSop(s) === null).map((s) => s.name),
  };
}

/** Toggles a school in the selection, keeping order and the maximum. */
export function toggleSelection(selected: readonly string[], id: string, max: number): string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return selected.length >= max ? [...selected] : [...selected, id];
}
