/**
 * Pure parts of account management: role labels, the account's status and lockout, checking the "Nieuw account"
 * form before it is sent, and placing the API's errors next to the field they are about.
 */
import type { GraphQLErrorEntry } from '../../../graphql/client';
import { accountsAdminStrings as t } from '../strings.nl';

/** The roles the API knows, in the order the form shows them. */
export const ROLES = ['school-editor', 'swv-staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** The API's minimum password length (`MIN_PASSWORD_LENGTH` in apps/api/src/accounts/password.ts). */
export const MIN_PASSWORD_LENGTH = 12;
/** The API's limits on `createUserAccount` (accounts.resolver.ts). */
export const MAX_PASSWORD_LENGTH = 1024;
export const MAX_DISPLAY_NAME_LENGTH = 200;
export const MAX_EMAIL_LENGTH = 254;

/** `school-editor` → `Schoolredacteur`; an unknown role is shown as it is. */
export function roleLabel(role: string): string {
  return t.roles[role] ?? role;
}

/** The roles of an account in Dutch, in form order, joined: `SWV-medewerker, Beheerder`. */
export function roleLabels(roles: readonly string[]): string {
  const order = (role: string) => {
    const index = (ROLES as readonly string[]).indexOf(role);
    return index === -1 ? ROLES.length : index;
  };
  return [...roles]
    .sort((a, b) => order(a) - order(b))
    .map(roleLabel)
    .join(', ');
}

/** Whether a lockout is still running at `now` (5 failed logins lock an account for 15 minutes). */
export function isLocked(lockedUntil: string | null, now: Date): boolean {
  if (lockedUntil === null) return false;
  const until = new Date(lockedUntil);
  return !Number.isNaN(until.getTime()) && until.getTime() > now.getTime();
}

const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** `2026-11-28T14:05:00Z` → `28 november 2026 om 15:05` (Amsterdam time); null or invalid → null. */
export function formatDateTime(value: string | null): string | null {
  if (value === null) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : dateTimeFormat.format(date);
}

export type AccountField = 'email' | 'displayName' | 'password' | 'roles' | 'schoolIds';

export interface NewAccountForm {
  readonly email: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly Role[];
  readonly schoolIds: readonly string[];
}

export type FieldErrors = Partial<Record<AccountField, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The form's problems by field, in Dutch; empty when it may be sent (the API checks again). */
export function validateNewAccount(form: NewAccountForm): FieldErrors {
  const errors: FieldErrors = {};
  const email = form.email.trim();
  if (email === '') errors.email = t.errors.emailRequired;
  else if (!EMAIL_PATTERN.test(email) || email.length > MAX_EMAIL_LENGTH)
    errors.email = t.errors.emailInvalid;
  if (form.displayName.trim().length > MAX_DISPLAY_NAME_LENGTH)
    errors.displayName = t.errors.nameTooLong(MAX_DISPLAY_NAME_LENGTH);
  if (form.password.length < MIN_PASSWORD_LENGTH)
    errors.password = t.errors.passwordTooShort(MIN_PASSWORD_LENGTH);
  else if (form.password.length > MAX_PASSWORD_LENGTH)
    errors.password = t.errors.passwordTooLong(MAX_PASSWORD_LENGTH);
  if (form.roles.length === 0) errors.roles = t.errors.rolesRequired;
  if (form.roles.includes('school-editor') && form.schoolIds.length === 0)
    errors.schoolIds = t.errors.schoolsRequired;
  return errors;
}

/** What the API receives: trimmed email, schools only for a school editor. */
export function toCreateVariables(form: NewAccountForm): NewAccountForm {
  return {
    email: form.email.trim(),
    displayName: form.displayName.trim(),
    password: form.password,
    roles: [...form.roles],
    schoolIds: form.roles.includes('school-editor') ? [...form.schoolIds] : [],
  };
}

const FIELDS: readonly AccountField[] = ['email', 'displayName', 'password', 'roles', 'schoolIds'];

/** `roles[0]` → `roles`, `schoolIds[2]` → `schoolIds`, `displayName` → `displayName`; anything else → null. */
export function fieldOfArgument(argument: unknown): AccountField | null {
  if (typeof argument !== 'string') return null;
  const base = argument.split(/[[.]/)[0] ?? '';
  return (FIELDS as readonly string[]).includes(base) ? (base as AccountField) : null;
}

function sentence(message: string): string {
  const text = message.trim();
  if (text === '') return text;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

export interface MappedErrors {
  /** Messages to show next to a field (the API's Dutch message for that argument). */
  readonly fields: FieldErrors;
  /** A message for the whole form, or null. */
  readonly general: string | null;
}

/**
 * The API's answer to `createUserAccount` (or another account mutation) in Dutch: a BAD_USER_INPUT or NOT_FOUND
 * with an `argument` goes next to that field; a refusal, a lost connection or anything else becomes one message.
 */
export function mapAccountErrors(
  errors: readonly GraphQLErrorEntry[],
  status: number | null,
  fallback: string,
): MappedErrors {
  const fields: FieldErrors = {};
  const general: string[] = [];
  if (errors.length === 0) {
    return { fields, general: status === null ? t.errors.network : fallback };
  }
  for (const error of errors) {
    const code = error.extensions?.['code'];
    const field = fieldOfArgument(error.extensions?.['argument']);
    if ((code === 'BAD_USER_INPUT' || code === 'NOT_FOUND') && field !== null) {
      fields[field] ??=
        field === 'schoolIds' && code === 'NOT_FOUND' ? t.errors.notFound : sentence(error.message);
    } else if (code === 'FORBIDDEN') general.push(t.errors.forbidden);
    else if (code === 'UNAUTHENTICATED') general.push(t.errors.unauthenticated);
    else if (code === 'NOT_FOUND') general.push(t.errors.notFound);
    else general.push(sentence(error.message));
  }
  return { fields, general: general.length > 0 ? [...new Set(general)].join(' ') : null };
}

/** Adds or removes one item, keeping the order of first choice. */
export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The type-ahead searches from this many characters on (shorter words find nothing useful). */
export const MIN_SEARCH_LENGTH = 2;

/** The text to send to the `schools` filter, or null when the input is too short to search. */
export function searchTextOf(input: string): string | null {
  const text = input.trim().replace(/\s+/g, ' ');
  return text.length >= MIN_SEARCH_LENGTH ? text.slice(0, 200) : null;
}
