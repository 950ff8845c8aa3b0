/** Pure parts of signing in: the Dutch message of a refused login and what a role may do. */
import type { GraphQLErrorEntry } from '../../../graphql/client';

export interface LoginErrorMessages {
  readonly wrongPassword: string;
  readonly locked: string;
  readonly network: string;
  readonly other: (message: string) => string;
}

export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly roles: readonly string[];
  readonly schoolIds: readonly string[];
}

/**
 * The API answers a refused login with UNAUTHENTICATED and `reason`: `invalid-credentials` (wrong email or
 * password, or the account is locked after 5 failures) or `rate-limited` (too many failures from this address).
 */
export function loginErrorMessage(
  errors: readonly GraphQLErrorEntry[],
  status: number | null,
  messages: LoginErrorMessages,
  fallback: string,
): string {
  const first = errors[0];
  if (first === undefined) return status === null ? messages.network : messages.other(fallback);
  const reason = first.extensions?.['reason'];
  if (reason === 'rate-limited' || reason === 'locked') return messages.locked;
  if (reason === 'invalid-credentials' || first.extensions?.['code'] === 'UNAUTHENTICATED')
    return messages.wrongPassword;
  return messages.other(first.message);
}

/** SWV staff (and admins) review, correct and publish drafts and start reports. */
export function isStaff(user: SessionUser | null): boolean {
  return user !== null && user.roles.some((r) => r === 'swv-staff' || r === 'admin');
}

/** Admins manage accounts (Beheer → Accounts). */
export function isAdmin(user: SessionUser | null): boolean {
  return user !== null && user.roles.includes('admin');
}
