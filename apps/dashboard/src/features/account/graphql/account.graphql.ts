import { graphql } from '../../../graphql/generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      roles
      schoolIds
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      id
      email
      roles
      schoolIds
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const AuthProvidersQuery = graphql(`
  query AuthProviders {
    authProviders {
      id
      label
      loginUrl
    }
  }
`);
