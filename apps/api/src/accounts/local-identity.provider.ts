import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import {
  type AuthenticationOutcome,
  type IdentityProvider,
  type LocalCredentials,
} from './identity-provider';
import { verifyPassword } from './password';
import { UserAccountEntity } from './user-account.entity';

/** Failed logins in a row that lock an account. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Email + argon2id password, with lockout after `LOCK_AFTER_FAILURES` failures in a row. */
@Injectable()
export class LocalIdentityProvider implements IdentityProvider<LocalCredentials> {
  readonly id = 'local';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async authenticate({ email, password }: LocalCredentials): Promise<AuthenticationOutcome> {
    const account = await this.dataSource
      .getRepository(UserAccountEntity)
      .findOneBy({ email: normalizeEmail(email) });
    if (!account) {
      await verifyPassword(null, password);
      return { ok: false, reason: 'unknown-account', userId: null };
    }
    if (account.disabledAt !== null) return { ok: false, reason: 'disabled', userId: account.id };
    // (A CTE, so the driver returns the rows of UPDATE … RETURNING as rows.)
    // Reserve the attempt before checking the password, in one statement: parallel attempts queue on the row
    // lock, the LOCK_AFTER_FAILURES-th sets the lock, and every later one finds the account locked. A correct
    // password gives the attempt back (below), so only failures count.
    const reserved = await this.dataSource.query<{ failed: number }[]>(
      `WITH reserved AS (
         UPDATE user_account
       SET failed_login_count = (CASE WHEN locked_until <= now() THEN 0 ELSE failed_login_count END) + 1,
           locked_until = CASE
             WHEN (CASE WHEN locked_until <= now() THEN 0 ELSE failed_login_count END) + 1 >= $2
             THEN now() + make_interval(mins => $3) END
       WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
       RETURNING failed_login_count AS failed
       )
       SELECT failed FROM reserved`,
      [account.id, LOCK_AFTER_FAILURES, LOCK_MINUTES],
    );
    if (reserved.length === 0) return { ok: false, reason: 'locked', userId: account.id };
    if (!(await verifyPassword(account.passwordHash, password))) {
      return { ok: false, reason: 'wrong-password', userId: account.id };
    }
    await this.dataSource.query(
      `UPDATE user_account SET failed_login_count = 0, locked_until = NULL WHERE id = $1`,
      [account.id],
    );
    return { ok: true, userId: account.id };
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
