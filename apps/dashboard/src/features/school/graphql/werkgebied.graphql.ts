import { graphql } from '../../../graphql/generated';

export const SetSchoolWerkgebiedMutation = graphql(`
  mutation SetSchoolWerkgebied($schoolId: ID!, $werkgebied: String) {
    setSchoolWerkgebied(schoolId: $schoolId, werkgebied: $werkgebied) {
      id
      werkgebiedSource
      werkgebied {
        code
        name
      }
    }
  }
`);
