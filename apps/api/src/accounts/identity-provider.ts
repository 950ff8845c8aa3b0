/**
 * A way to sign in. `local` (email + password) is the first; an OpenID Connect provider (Microsoft Entra ID) is
 * the planned second: it verifies the id token and returns the account it maps to (by email or `oid`). Everything
 * after authentication — lockout bookkeeping aside — is shared: one session cookie, one `Identity`.
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
      reason: 'unknown-account' | 'wrong-password' | 'locked' | 'disabled';
      userId: string | null;
    };

export interface LocalCredentials {
  email: string;
  password: string;
}
