import { type Identity } from './identity';

/**
 * What the access guard needs from the accounts capability (implemented there; kept abstract so `common/` does not
 * depend on it): sessions by token, and the audit record of refused operations.
 */
export abstract class CallerDirectory {
  /** The identity of a live session token, or null (unknown, expired, forged, account disabled). */
  abstract resolveSession(token: string): Promise<Identity | null>;
  /** Writes an `access.refused` audit event (its own statement; never throws). */
  abstract recordRefusal(identity: Identity | null, operation: string, reason: string): Promise<void>;
}
