import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import {
  type AuthenticationOutcome,
  type IdentityProvider,
  type LocalCredentials,
} from './identity-provider';
import { candidateHash } from './password';

/** Failed logins in a row that lock an account. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

const OUTCOMES = ['unknown-account', 'wrong-password', 'locked', 'disabled'] as const;

/**
 * Email + argon2id password, with lockout after `LOCK_AFTER_FAILURES` failures in a row. The hash never leaves the
 * database (the app's role may not read it): the app fetches the stored salt and parameters, hashes the given
 * password with them, and `sop_atlas_check_password` compares — reserving the attempt under the account's row lock
 * first, so parallel attempts queue and the LOCK_AFTER_FAILURES-th locks the account — and on success issues the
 * one login grant that `sop_atlas_open_session` needs.
 */
@Injectable()
export class LocalIdentityProvider implements IdentityProvider<LocalCredentials> {
  readonly id = 'local';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async authenticate({ email, password }: LocalCredentials): Promise<AuthenticationOutcome> {
    const address = normalizeEmail(email);
    const [salt] = await this.dataSource.query<{ prefix: string }[]>(
      `SELECT sop_atlas_password_salt($1) AS prefix`,
      [address],
    );
    const candidate = await candidateHash(salt?.prefix ?? '', password);
    const [checked] = await this.dataSource.query<{ outcome: string; user_id: string | null }[]>(
      `SELECT outcome, user_id FROM sop_atlas_check_password($1, $2, $3, $4)`,
      [address, candidate, LOCK_AFTER_FAILURES, LOCK_MINUTES],
    );
    if (checked?.outcome === 'ok' && checked.user_id !== null) return { ok: true, userId: checked.user_id };
    const reason = OUTCOMES.find((o) => o === checked?.outcome) ?? 'wrong-password';
    return { ok: false, reason, userId: checked?.user_id ?? null };
  }
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
