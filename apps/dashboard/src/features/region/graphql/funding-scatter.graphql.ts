import { graphql } from '../../../graphql/generated';

/** Funding per pupil against school size: each school's newest stated basisondersteuning (`School.funding`). */
export const FundingScatterQuery = graphql(`
  query FundingScatter($first: Int!, $after: String) {
    schools(first: $first, after: $after) {
      edges {
        node {
          id
          name
          kind
          funding {
            calendarYear
            perPupil
            pupils
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
