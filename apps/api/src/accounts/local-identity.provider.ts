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
    if (account.lockedUntil !== null && account.lockedUntil.getTime() > Date.now()) {
      return { ok: false, reason: 'locked', userId: account.id };
    }
    if (!(await verifyPassword(account.passwordHash, password))) {
      // One statement: concurrent failures all count; the fifth sets the lock.
      await this.dataSource.query(
        `UPDATE user_account
         SET failed_login_count = failed_login_count + 1,
             locked_until = CASE WHEN failed_login_count + 1 >= $2
                                 THEN now() + make_interval(mins => $3) ELSE locked_until END
         WHERE id = $1`,
        [account.id, LOCK_AFTER_FAILURES, LOCK_MINUTES],
      );
      return { ok: false, reason: 'wrong-password', userId: account.id };
    }
    if (account.failedLoginCount > 0 || account.lockedUntil !== null) {
      await this.dataSource.query(
        `UPDATE user_account SET failed_login_count = 0, locked_until = NULL WHERE id = $1`,
        [account.id],
      );
    }
    return { ok: true, userId: account.id };
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
