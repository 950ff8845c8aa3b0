import { graphql } from '../../../graphql/generated';

export const DraftsQuery = graphql(`
  query Drafts($first: Int, $after: String) {
    drafts(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          schoolId
          schoolYear
          warningCount
          unresolvedWarningCount
          school {
            id
            name
          }
          sop {
            id
            version
            status
            updatedAt
            sourceDocument {
              fileName
            }
          }
        }
      }
    }
  }
`);

export const SopReviewQuery = graphql(`
  query SopReview($sopId: ID!) {
    sopReview(sopId: $sopId) {
      sop {
        id
        version
        status
        schoolId
        schoolYear
        school {
          id
          name
        }
        sourceDocument {
          id
          fileName
          mediaType
          url
        }
      }
      warnings {
        id
        path
        code
        message
        candidates
        section
        excerpt
        resolvedAt
        resolvedBy
        sourceLines {
          number
          text
          marked
        }
        page
        box {
          x1
          y1
          x2
          y2
        }
        cells {
          value
          box {
            x1
            y1
            x2
            y2
          }
        }
      }
    }
  }
`);

export const CorrectSopFieldMutation = graphql(`
  mutation CorrectSopField($sopId: ID!, $path: String!, $value: JSON, $expectedVersion: Int!) {
    correctSopField(
      sopId: $sopId
      path: $path
      value: $value
      expectedVersion: $expectedVersion
      resolveWarning: true
    ) {
      id
      version
      status
    }
  }
`);

export const PublishSopMutation = graphql(`
  mutation PublishSop($sopId: ID!, $expectedVersion: Int!, $force: Boolean!) {
    publishSop(sopId: $sopId, expectedVersion: $expectedVersion, force: $force) {
      id
      version
      status
      publishedAt
    }
  }
`);

export const AuditTrailQuery = graphql(`
  query AuditTrail($schoolId: ID!, $path: String) {
    auditTrail(schoolId: $schoolId, path: $path) {
      id
      occurredAt
      actor
      action
      path
      oldValue
      newValue
      reason
      sopId
    }
  }
`);
