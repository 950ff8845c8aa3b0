import { type FundingParameterEntity } from './funding-parameter.entity';
import { type FundingParameter } from './models/funding-parameter.model';

export function toFundingParameter(entity: FundingParameterEntity): FundingParameter {
  return {
    calendarYear: entity.calendarYear,
    basePerLocation: entity.basePerLocation,
    perPupil: entity.perPupil,
    note: entity.note,
    source: entity.source,
  };
}
