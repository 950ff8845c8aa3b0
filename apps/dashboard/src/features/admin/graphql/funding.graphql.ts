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

export const SetFundingParametersMutation = graphql(`
  mutation SetFundingParameters(
    $calendarYear: Int!
    $basePerLocation: Float!
    $perPupil: Float!
    $note: String
  ) {
    setFundingParameters(
      calendarYear: $calendarYear
      basePerLocation: $basePerLocation
      perPupil: $perPupil
      note: $note
    ) {
      calendarYear
      basePerLocation
      perPupil
      note
      source
    }
  }
`);
