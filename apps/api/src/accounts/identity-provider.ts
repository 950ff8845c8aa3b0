/**
 * A way to sign in. `local` (email + password) is the first; `oidc` (an OpenID Connect provider such as Microsoft
 * Entra ID, see `oidc/`) the second: its id token is verified by the login flow, and the provider maps the claims
 * to an account (by subject, else by email). Everything after authentication — lockout bookkeeping aside — is
 * shared: one session cookie, one `Identity`.
 */
export interface IdentityProvider<Credentials> {
  /** Stored on the session (`user_session.provider`). */
  readonly id: string;
  authenticate(credentials: Credentials): Promise<AuthenticationOutcome>;
}

export type AuthenticationOutcome =
  | { ok: true; userId: string }
  | {
      ok: false;
      /** `linked-elsewhere`: the email's account is already linked to another OIDC subject. */
      reason: 'unknown-account' | 'wrong-password' | 'locked' | 'disabled' | 'linked-elsewhere';
      userId: string | null;
    };

export interface LocalCredentials {
  email: string;
  password: string;
}
