import { graphql } from '../../../graphql/generated';

/** One page of the schools connection; `useSchoolsQuery` follows `endCursor` until the last page. */
export const SchoolsPageQuery = graphql(`
  query SchoolsPage($first: Int!, $after: String) {
    schools(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          place
          gemeenteName
          kind
          isDemo
          latestPupilCount {
            total
            suppressed
            referenceDate
          }
          werkgebied {
            code
            name
          }
          sops {
            schoolYear
            status
          }
          staleSop {
            schoolYear
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
