import { graphql } from '../../../graphql/generated';

export const ImportQueueQuery = graphql(`
  query ImportQueue {
    importQueueSummary {
      ready
      needsReview
      toMatch
    }
    publishingPolicy {
      publishCleanImports
    }
    schoolMatches {
      id
      fileName
      documentSchoolName
      documentAddress
      schoolYear
      reason
      suggestions {
        schoolId
        name
        postcode
        score
        reason
      }
    }
  }
`);

export const PublishAllReadyMutation = graphql(`
  mutation PublishAllReady {
    publishAllReady {
      publishedCount
      waitingCount
    }
  }
`);

export const SetPublishingPolicyMutation = graphql(`
  mutation SetPublishingPolicy($publishCleanImports: Boolean!) {
    setPublishingPolicy(publishCleanImports: $publishCleanImports) {
      publishCleanImports
    }
  }
`);

export const ResolveSchoolMatchMutation = graphql(`
  mutation ResolveSchoolMatch($id: ID!, $schoolId: ID, $newSchool: Boolean) {
    resolveSchoolMatch(id: $id, schoolId: $schoolId, newSchool: $newSchool) {
      id
      schoolId
      sopId
    }
  }
`);
