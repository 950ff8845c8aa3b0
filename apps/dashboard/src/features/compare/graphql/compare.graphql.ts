import { graphql } from '../../../graphql/generated';

/** One school with its SOPs (newest year first): the rows the comparison matrix needs. */
export const SchoolSopsQuery = graphql(`
  query SchoolSops($id: ID!) {
    school(id: $id) {
      id
      name
      isDemo
      sops {
        id
        schoolYear
        status
        expertise {
          code
          label
          availabilityKind
        }
        facilities {
          code
          label
          status
        }
        partners {
          code
          label
          frequency
        }
      }
    }
  }
`);
