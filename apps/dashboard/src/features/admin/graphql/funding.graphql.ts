import { graphql } from '../../../graphql/generated';

export const FundingParametersQuery = graphql(`
  query FundingParameters {
    fundingParameters {
      calendarYear
      basePerLocation
      perPupil
      note
      source
    }
  }
`);
