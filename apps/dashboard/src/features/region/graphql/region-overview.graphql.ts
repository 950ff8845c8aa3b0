import { graphql } from '../../../graphql/generated';

/** Coverage per item × werkgebied, gaps, funding per pupil, data health and trends of one school year. */
export const RegionOverviewQuery = graphql(`
  query RegionOverview($schoolYear: String!, $werkgebied: String) {
    regionOverview(schoolYear: $schoolYear, werkgebied: $werkgebied) {
      schoolYear
      werkgebied
      schools
      schoolsWithSop
      schoolsLeftOut
      items {
        kind
        code
        label
        pupilsInGaps
        region {
          schools
          withItem
          share
        }
        werkgebieden {
          werkgebiedCode
          werkgebiedName
          schools
          withItem
          share
        }
        gaps {
          werkgebiedCode
          werkgebiedName
          schools
          withItem
          pupils
        }
      }
      funding {
        overall {
          group
          schools
          min
          q1
          median
          q3
          max
          outliers {
            id
            name
            value
          }
        }
        bySize {
          group
          schools
          min
          q1
          median
          q3
          max
          outliers {
            id
            name
            value
          }
        }
        byKind {
          group
          schools
          median
        }
      }
      dataHealth {
        withoutPublishedSop {
          count
        }
        staleSops {
          count
        }
        unresolvedWarnings {
          count
        }
        awaitingReview {
          count
        }
        withoutWerkgebied {
          count
          schools {
            id
            name
            detail
          }
        }
      }
      trends {
        kind
        code
        label
        points {
          schoolYear
          schools
          withItem
          share
        }
      }
    }
  }
`);
