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

/**
 * SWV staff review, correct and publish drafts, upload documents and start reports. Admins manage accounts only
 * (the API refuses them the staff operations), so `admin` alone is not staff.
 */
export function isStaff(user: SessionUser | null): boolean {
  return user !== null && user.roles.includes('swv-staff');
}

/** Schools whose SOP drafts the account edits as school editor (staff may edit every school's). */
export function editorSchoolIds(user: SessionUser | null): readonly string[] {
  return user !== null && user.roles.includes('school-editor') ? user.schoolIds : [];
}

/** Whether the account may start and edit drafts of this school: SWV staff, or its own school editors. */
export function mayEditSchool(user: SessionUser | null, schoolId: string): boolean {
  return isStaff(user) || editorSchoolIds(user).includes(schoolId);
}

/** Admins manage accounts (Beheer → Accounts). */
export function isAdmin(user: SessionUser | null): boolean {
  return user !== null && user.roles.includes('admin');
}
