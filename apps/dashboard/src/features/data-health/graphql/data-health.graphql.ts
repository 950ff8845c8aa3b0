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

export const SchoolKindConflictsQuery = graphql(`
  query SchoolKindConflicts {
    schoolKindConflicts {
      schoolId
      name
      vestigingscode
      kind
      kindSource
      openedAt
      candidates {
        kind
        source
        fileName
        fileKind
        referenceDate
        importedAt
      }
    }
  }
`);

export const SetSchoolKindMutation = graphql(`
  mutation SetSchoolKind($schoolId: ID!, $kind: SchoolKind!) {
    setSchoolKind(schoolId: $schoolId, kind: $kind) {
      id
      kind
    }
  }
`);
