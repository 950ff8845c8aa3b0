import { timingSafeEqual } from 'node:crypto';
import { type Request } from 'express';
import { type AppConfig } from '../../config/app-config';
import { type Role } from './access-rule.decorator';

/**
 * Who is calling. Two ways in: a session cookie (an account signed in through an `IdentityProvider`, see
 * `accounts/`), or the service credential `Authorization: Bearer <STAFF_TOKEN>` for scripts (staff + admin, no
 * account, never a cookie, so no CSRF exposure). The global `AccessGuard` resolves the caller once per request and
 * attaches the result; `identify` reads it back.
 */
export interface Identity {
  /** Account id, or `staff-token`. */
  readonly subject: string;
  /** The account's id; null for the service credential. */
  readonly userId: string | null;
  /** Shown in the audit trail: the account's email or `staff-token`. */
  readonly label: string;
  readonly roles: readonly Role[];
  /** Schools a school editor may edit. */
  readonly schoolIds: readonly string[];
  /** How the caller proved who it is. */
  readonly via: 'session' | 'service-token';
  /**
   * The proof itself (session token or service token), handed to the database with each write
   * (`sop_atlas.credential`): its row-level-security policies take the caller's roles from it, not from the app.
   * null for the CLI, which runs as the database owner.
   */
  readonly credential: string | null;
}

export type IdentityResult =
  { kind: 'anonymous' } | { kind: 'invalid' } | { kind: 'identified'; identity: Identity };

/** Cookie holding the session token (httpOnly, SameSite=Strict, Secure in production). */
export const SESSION_COOKIE = 'sop_atlas_session';
/** Header a cookie-authenticated mutation or upload must carry (a cross-site form cannot set it). */
export const CSRF_HEADER = 'x-sop-atlas-csrf';

const resolved = new WeakMap<object, IdentityResult>();

/** Called by the guard once the caller is known. */
export function attachIdentity(req: object, result: IdentityResult): void {
  resolved.set(req, result);
}

/** What the guard resolved for this request, if it ran (the request log's user id). */
export function resolvedIdentity(req: object): IdentityResult | undefined {
  return resolved.get(req);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function staffTokenIdentity(token: string): Identity {
  return {
    subject: 'staff-token',
    userId: null,
    label: 'staff-token',
    roles: ['swv-staff', 'admin'],
    schoolIds: [],
    via: 'service-token',
    credential: token,
  };
}

/** The bearer service credential only: anonymous without the header, invalid with a wrong one. */
export function identifyBearer(
  req: Pick<Request, 'headers'>,
  config: Pick<AppConfig, 'staffToken'>,
): IdentityResult {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || config.staffToken === null || !sameSecret(match[1] ?? '', config.staffToken)) {
    return { kind: 'invalid' };
  }
  return { kind: 'identified', identity: staffTokenIdentity(config.staffToken) };
}

/** The caller of this request: what the guard resolved (session or token), else the bearer credential alone. */
export function identify(
  req: Pick<Request, 'headers'>,
  config: Pick<AppConfig, 'staffToken'>,
): IdentityResult {
  return resolved.get(req) ?? identifyBearer(req, config);
}

/** The session token from the Cookie header, if any. */
export function sessionTokenOf(req: Pick<Request, 'headers'>): string | null {
  const header = req.headers.cookie;
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? null : value;
    }
  }
  return null;
}

export function hasRole(identity: Identity, ...roles: Role[]): boolean {
  return roles.some((role) => identity.roles.includes(role));
}

/**
 * Whether the caller of this request may see unpublished (draft, in-review) SOPs of a school: SWV staff, or a
 * school editor linked to it. Anonymous callers and others see published SOPs only. Reads what the guard resolved.
 */
export function maySeeDrafts(req: object, schoolId: string): boolean {
  const result = resolved.get(req);
  if (result?.kind !== 'identified') return false;
  const identity = result.identity;
  return (
    identity.roles.includes('swv-staff') ||
    (identity.roles.includes('school-editor') && identity.schoolIds.includes(schoolId))
  );
}
