/** Pure transforms from the region summary to chart data (the domain charts only call these). */
import { WERKGEBIEDEN } from '@sop-atlas/sop-model';
import type { WerkgebiedCount } from './region-summary';

export interface WerkgebiedKindDatum {
  readonly code: string;
  readonly name: string;
  readonly BAO: number;
  readonly SBO: number;
  readonly SO: number;
}

export function schoolsPerWerkgebied(rows: readonly WerkgebiedCount[]): WerkgebiedKindDatum[] {
  return rows.map(({ code, name, BAO, SBO, SO }) => ({ code, name, BAO, SBO, SO }));
}

export interface WerkgebiedPupilsDatum {
  readonly code: string;
  readonly name: string;
  readonly pupils: number | null;
}

export function pupilsPerWerkgebied(rows: readonly WerkgebiedCount[]): WerkgebiedPupilsDatum[] {
  return rows.map(({ code, name, pupils }) => ({ code, name, pupils }));
}

export interface WerkgebiedMarker {
  readonly code: string;
  readonly name: string;
  readonly count: number;
  readonly centre: readonly [number, number];
  /** Circle radius in pixels, area proportional to the count (0 schools → no marker). */
  readonly radius: number;
}

/** One circle per werkgebied with schools, at its rough centre; the largest gets `maxRadius`. */
export function werkgebiedMarkers(rows: readonly WerkgebiedCount[], maxRadius = 28): WerkgebiedMarker[] {
  const max = Math.max(0, ...rows.map((r) => r.total));
  if (max === 0) return [];
  return rows.flatMap((row) => {
    const area = WERKGEBIEDEN.find((w) => w.code === row.code);
    if (!area || row.total === 0) return [];
    return [
      {
        code: row.code,
        name: row.name,
        count: row.total,
        centre: area.centre,
        radius: Math.max(6, Math.round(Math.sqrt(row.total / max) * maxRadius)),
      },
    ];
  });
}
