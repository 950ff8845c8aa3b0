/** Headline figures of the region computed from the school list (until the API offers aggregates). */
import { SCHOOL_KIND_CODES, type SchoolKind, WERKGEBIEDEN } from '@sop-atlas/sop-model';
import type { SchoolRow } from '../../schools/utils/schools';

export interface WerkgebiedCount {
  readonly code: string;
  readonly name: string;
  readonly BAO: number;
  readonly SBO: number;
  readonly SO: number;
  readonly total: number;
  /** Sum of known pupil counts; null when no school in the area has one. */
  readonly pupils: number | null;
}

export interface RegionSummary {
  readonly schools: number;
  readonly demoSchools: number;
  readonly byKind: Readonly<Record<SchoolKind, number>>;
  /** Sum of known pupil counts; null when none is known. */
  readonly pupils: number | null;
  /** How many schools have a known pupil count. */
  readonly schoolsWithPupils: number;
  readonly werkgebieden: readonly WerkgebiedCount[];
}

export const UNKNOWN_AREA = { code: 'onbekend', name: 'Geen werkgebied' } as const;

function emptyCount(code: string, name: string): WerkgebiedCount {
  return { code, name, BAO: 0, SBO: 0, SO: 0, total: 0, pupils: null };
}

function addPupils(sum: number | null, pupils: number | null): number | null {
  if (pupils === null) return sum;
  return (sum ?? 0) + pupils;
}

/**
 * Counts per werkgebied in catalog order (all 10 always present, so a gap shows as 0) plus a trailing
 * "Geen werkgebied" row only when some school lacks one.
 */
export function summarizeRegion(rows: readonly SchoolRow[]): RegionSummary {
  const areas = new Map<string, WerkgebiedCount>(
    WERKGEBIEDEN.map((w) => [w.code, emptyCount(w.code, w.name)]),
  );
  const byKind: Record<SchoolKind, number> = { BAO: 0, SBO: 0, SO: 0 };
  let pupils: number | null = null;
  let schoolsWithPupils = 0;
  for (const row of rows) {
    byKind[row.kind] += 1;
    pupils = addPupils(pupils, row.pupils);
    if (row.pupils !== null) schoolsWithPupils += 1;
    const key =
      row.werkgebiedCode !== null && areas.has(row.werkgebiedCode) ? row.werkgebiedCode : UNKNOWN_AREA.code;
    const current = areas.get(key) ?? emptyCount(UNKNOWN_AREA.code, row.werkgebiedName ?? UNKNOWN_AREA.name);
    areas.set(key, {
      ...current,
      [row.kind]: current[row.kind] + 1,
      total: current.total + 1,
      pupils: addPupils(current.pupils, row.pupils),
    });
  }
  return {
    schools: rows.length,
    demoSchools: rows.filter((r) => r.isDemo).length,
    byKind,
    pupils,
    schoolsWithPupils,
    werkgebieden: [...areas.values()],
  };
}

export const KIND_ORDER: readonly SchoolKind[] = SCHOOL_KIND_CODES;
