import { graphql } from '../../../graphql/generated';

export const UserAccountsQuery = graphql(`
  query UserAccounts {
    userAccounts {
      ...UserAccountRow
    }
  }
`);

export const UserAccountRowFragment = graphql(`
  fragment UserAccountRow on UserAccount {
    id
    email
    displayName
    roles
    schoolIds
    schools {
      id
      name
    }
    failedLoginCount
    lockedUntil
    createdAt
    disabledAt
  }
`);

export const CreateUserAccountMutation = graphql(`
  mutation CreateUserAccount(
    $email: String!
    $displayName: String!
    $password: String!
    $roles: [String!]!
    $schoolIds: [ID!]!
  ) {
    createUserAccount(
      email: $email
      displayName: $displayName
      password: $password
      roles: $roles
      schoolIds: $schoolIds
    ) {
      ...UserAccountRow
    }
  }
`);

export const SetUserAccountDisabledMutation = graphql(`
  mutation SetUserAccountDisabled($userId: ID!, $disabled: Boolean!) {
    setUserAccountDisabled(userId: $userId, disabled: $disabled) {
      ...UserAccountRow
    }
  }
`);

export const UnlockUserAccountMutation = graphql(`
  mutation UnlockUserAccount($userId: ID!) {
    unlockUserAccount(userId: $userId) {
      ...UserAccountRow
    }
  }
`);

/** Type-ahead for the school picker: the `schools` text filter (whole words of name and place), a short page. */
export const SchoolOptionsQuery = graphql(`
  query SchoolOptions($text: String!, $first: Int!) {
    schools(filter: { text: $text }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          place
          isDemo
        }
      }
    }
  }
`);
