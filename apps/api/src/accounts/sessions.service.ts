import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import { type Role, ROLES } from '../common/auth/access-rule.decorator';
import { type Identity } from '../common/auth/identity';

/** Lifetime of a session. */
export const SESSION_HOURS = 12;
/** Live sessions one account may have; a new login revokes the oldest beyond this. */
export const MAX_SESSIONS_PER_ACCOUNT = 10;
/** A token is 32 random bytes, base64url (43 characters). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

interface SessionRow {
  user_id: string;
  email: string;
  roles: string[];
  school_ids: string[];
}

/** Sessions: a random token in the cookie, only its sha256 in `user_session`. */
@Injectable()
export class SessionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(userId: string, provider: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    // In the database, under the account's row lock (concurrent logins of one account take turns, so the cap
    // holds): consumes the login grant the provider's check issued (the app's role cannot make a session
    // without one), drops expired sessions and beyond MAX_SESSIONS_PER_ACCOUNT revokes the oldest.
    await this.dataSource.query(`SELECT sop_atlas_open_session($1, $2, $3, $4, $5)`, [
      userId,
      hashToken(token),
      provider,
      expiresAt,
      MAX_SESSIONS_PER_ACCOUNT,
    ]);
    return { token, expiresAt };
  }

  /** The identity of a live session of an enabled account (one statement; also touches last_seen_at). */
  async resolve(token: string): Promise<Identity | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const [row] = await this.dataSource.query<SessionRow[]>(
      `WITH live AS (
         UPDATE user_session s SET last_seen_at = now()
         FROM user_account a
         WHERE s.token_hash = $1 AND s.expires_at > now() AND a.id = s.user_id AND a.disabled_at IS NULL
         RETURNING s.user_id
       )
       SELECT a.id AS user_id, a.email, a.roles,
              COALESCE(ARRAY(SELECT l.school_id::text FROM user_account_school l WHERE l.user_id = a.id
                             ORDER BY l.school_id), '{}') AS school_ids
       FROM live JOIN user_account a ON a.id = live.user_id`,
      [hashToken(token)],
    );
    if (!row) return null;
    return {
      subject: row.user_id,
      userId: row.user_id,
      label: row.email,
      roles: row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
      schoolIds: row.school_ids,
      via: 'session',
      credential: token,
    };
  }

  async revoke(token: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1`, [hashToken(token)]);
  }
}
