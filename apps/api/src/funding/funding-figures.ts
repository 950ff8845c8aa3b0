import { expectedFunding, fundingDeviation, fundingPerPupil } from '@sop-atlas/sop-model';
import { type FundingBasis } from './funding.loaders';
import { type Funding } from './models/funding.model';

/** The funding figures of one school and calendar year, computed with sop-model's formula functions. */
export function toFunding(calendarYear: number, statedAmount: number | null, basis: FundingBasis): Funding {
  const pupils = basis.suppressed ? null : basis.pupils;
  const expected = basis.parameters === null ? null : expectedFunding(basis.parameters, pupils);
  return {
    calendarYear,
    statedAmount,
    pupils,
    referenceDate: basis.referenceDate,
    expectedAmount: expected,
    deviation: fundingDeviation(statedAmount, expected),
    perPupil: fundingPerPupil(statedAmount, pupils),
    parameters: basis.parameters,
  };
}
