import { graphql } from '../../../graphql/generated';

/**
 * One page of the find query. `withItems` adds the SOP rows the filters look at, so the results can show which
 * items matched (only asked for when an SOP filter is set: it is the heavy part).
 */
export const FindSchoolsQuery = graphql(`
  query FindSchools(
    $filter: SchoolFilter
    $near: NearInput
    $sort: SchoolSort
    $first: Int!
    $after: String
    $withItems: Boolean!
  ) {
    schools(filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {
      totalCount
      centre {
        latitude
        longitude
        radiusKm
        label
        approximate
      }
      edges {
        cursor
        distanceKm
        node {
          id
          name
          place
          gemeenteName
          kind
          isDemo
          latitude
          longitude
          locationApproximate
          locationSource
          latestPupilCount {
            total
            suppressed
            referenceDate
          }
          werkgebied {
            code
            name
          }
          staleSop {
            schoolYear
          }
          sops {
            schoolYear
            status
            ... @include(if: $withItems) {
              expertise {
                code
                availabilityKind
              }
              facilities {
                code
                status
              }
              partners {
                code
                frequency
              }
              hgw {
                code
                status
              }
            }
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
