import { graphql } from '../../../graphql/generated';

export const SchoolPlaceIssuesQuery = graphql(`
  query SchoolPlaceIssues {
    schoolPlaceIssues {
      schoolId
      name
      address
      postcode
      werkgebiedCode
      werkgebiedSource
      latitude
      longitude
      problems
    }
  }
`);

export const SetSchoolLocationMutation = graphql(`
  mutation SetSchoolLocation($schoolId: ID!, $latitude: Float!, $longitude: Float!) {
    setSchoolLocation(schoolId: $schoolId, latitude: $latitude, longitude: $longitude) {
      id
      latitude
      longitude
    }
  }
`);
