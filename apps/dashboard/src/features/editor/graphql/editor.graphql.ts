import { graphql } from '../../../graphql/generated';

export const EditorSchoolQuery = graphql(`
  query EditorSchool($id: ID!) {
    school(id: $id) {
      id
      name
      place
      isDemo
      sops {
        id
        schoolYear
        status
        version
        updatedAt
        document
        warnings {
          path
          code
          message
          candidates
          resolvedAt
        }
      }
    }
  }
`);

export const StartDraftMutation = graphql(`
  mutation StartDraft($schoolId: ID!, $schoolYear: String!) {
    startDraft(schoolId: $schoolId, schoolYear: $schoolYear) {
      id
      version
      status
    }
  }
`);

export const UpdateDraftFieldMutation = graphql(`
  mutation UpdateDraftField(
    $sopId: ID!
    $path: String!
    $value: JSON
    $expectedVersion: Int!
    $reason: String
  ) {
    updateDraftField(
      sopId: $sopId
      path: $path
      value: $value
      expectedVersion: $expectedVersion
      reason: $reason
    ) {
      id
      version
      status
    }
  }
`);

export const SubmitSopForReviewMutation = graphql(`
  mutation SubmitSopForReview($sopId: ID!, $expectedVersion: Int!) {
    submitSopForReview(sopId: $sopId, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);

export const SendBackSopMutation = graphql(`
  mutation SendBackSop($sopId: ID!, $comment: String!, $expectedVersion: Int!) {
    sendBackSop(sopId: $sopId, comment: $comment, expectedVersion: $expectedVersion) {
      id
      version
      status
    }
  }
`);

export const MySchoolQuery = graphql(`
  query MySchool($id: ID!) {
    school(id: $id) {
      id
      name
      place
      isDemo
      sops {
        id
        schoolYear
        status
        version
      }
    }
  }
`);
