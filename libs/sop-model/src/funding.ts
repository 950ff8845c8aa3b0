/**
 * Basisondersteuning money: the SWV pays a vaste voet per school location plus an amount per pupil. Boards may
 * redistribute, so a stated amount can differ from the formula: the difference is shown, never rejected.
 */

export interface FundingParameters {
  /** Calendar year the parameters apply to. */
  readonly calendarYear: number;
  /** Euro per independent school location (vaste voet). */
  readonly basePerLocation: number;
  /** Euro per pupil. */
  readonly perPupil: number;
}

/** The only published SPPOH figures (school year 2017-2018), the default until the SWV enters current ones. */
export const PUBLISHED_FUNDING_2017_2018 = {
  basePerLocation: 7_000,
  perPupil: 106,
  note: 'Gepubliceerde SPPOH-bedragen schooljaar 2017-2018; te vervangen door actuele bedragen van het SWV.',
} as const;

function roundCents(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Stated amount / pupils, in euro; null when either is unknown or there are no pupils. */
export function fundingPerPupil(amount: number | null, pupils: number | null): number | null {
  if (
    amount === null ||
    pupils === null ||
    !Number.isFinite(amount) ||
    !Number.isFinite(pupils) ||
    pupils <= 0
  ) {
    return null;
  }
  return roundCents(amount / pupils);
}

/** Formula amount: vaste voet × locations + amount per pupil × pupils. */
export function expectedFunding(
  parameters: Pick<FundingParameters, 'basePerLocation' | 'perPupil'>,
  pupils: number | null,
  locations = 1,
): number | null {
  if (pupils === null || !Number.isFinite(pupils) || pupils < 0) return null;
  if (!Number.isInteger(locations) || locations < 1)
    throw new RangeError('locations moet een positief geheel getal zijn');
  return roundCents(parameters.basePerLocation * locations + parameters.perPupil * pupils);
}

export interface FundingDeviation {
  /** stated − expected, euro. */
  readonly absolute: number;
  /** (stated − expected) / expected; null when expected is 0. */
  readonly relative: number | null;
}

export function fundingDeviation(stated: number | null, expected: number | null): FundingDeviation | null {
  if (stated === null || expected === null) return null;
  const absolute = roundCents(stated - expected);
  const relative = expected === 0 ? null : Math.round((absolute / expected) * 10_000) / 10_000;
  return { absolute, relative };
}
