/** Pure transforms for the funding parameters on "Beheer". */
import { expectedFunding } from '@sop-atlas/sop-model';

export interface FundingInput {
  readonly calendarYear: number;
  readonly basePerLocation: number;
  readonly perPupil: number;
}

export interface FundingDatum {
  readonly year: string;
  readonly basePerLocation: number;
  readonly perPupil: number;
  /** Formula amount for an example school of `examplePupils` pupils on one location. */
  readonly example: number | null;
}

export const EXAMPLE_PUPILS = 250;

/** Oldest year first, with the formula amount of an example school per year. */
export function fundingSeries(rows: readonly FundingInput[], examplePupils = EXAMPLE_PUPILS): FundingDatum[] {
  return [...rows]
    .sort((a, b) => a.calendarYear - b.calendarYear)
    .map((r) => ({
      year: String(r.calendarYear),
      basePerLocation: r.basePerLocation,
      perPupil: r.perPupil,
      example: expectedFunding(r, examplePupils),
    }));
}
