import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Role } from '../common/auth/access-rule.decorator';
import { CallerDirectory } from '../common/auth/caller-directory';
import { tagTransaction } from '../common/auth/edit-context';
import { type Identity } from '../common/auth/identity';
import { AppError, BadInputError } from '../common/errors/app-error';
import { AuditService } from '../audit/audit.service';
import { LoginLimiter } from './login-limiter';
import { LocalIdentityProvider, normalizeEmail } from './local-identity.provider';
import { hashPassword } from './password';
import { passwordProblem } from './password-policy';
import { SessionsService } from './sessions.service';

/** Failed logins from one address within `LIMIT_WINDOW_MS` before that address is refused. */
export const LIMIT_FAILURES_PER_ADDRESS = 30;
export const LIMIT_WINDOW_MS = 15 * 60_000;

export type LoginErrorKind = 'invalid-credentials' | 'rate-limited';

/** A refused sign-in: UNAUTHENTICATED with `reason` (the kind), never saying which of email or password was wrong. */
export class LoginError extends AppError {
  constructor(readonly kind: LoginErrorKind) {
    super(
      'UNAUTHENTICATED',
      null,
      kind === 'rate-limited'
        ? 'Te veel mislukte aanmeldpogingen vanaf dit adres; probeer het later opnieuw'
        : 'Onjuist e-mailadres of wachtwoord, of account tijdelijk geblokkeerd',
      { reason: kind },
    );
  }
}

/** An account that cannot be made as asked (also in the CLI, which prints the message). */
export class AccountInputError extends BadInputError {}

export interface NewAccount {
  email: string;
  displayName: string;
  password: string | null;
  roles: readonly Role[];
  schoolIds: readonly string[];
}

export interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  roles: string[];
  school_ids: string[];
  failed_login_count: number;
  locked_until: Date | null;
  created_at: Date;
  disabled_at: Date | null;
}

const ACCOUNT_SELECT = `SELECT a.id, a.email, a.display_name, a.roles, a.failed_login_count, a.locked_until,
    a.created_at, a.disabled_at,
    COALESCE(ARRAY(SELECT l.school_id::text FROM user_account_school l WHERE l.user_id = a.id
                   ORDER BY l.school_id), '{}') AS school_ids
  FROM user_account a`;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates an account in the caller's transaction (CLI `user add`, demo seed). Validates email, password length and
 * that every linked school exists; the email must be new.
 */
export async function createUserAccount(manager: EntityManager, input: NewAccount): Promise<string> {
  const email = normalizeEmail(input.email);
  if (!EMAIL_PATTERN.test(email) || email.length > 254) {
    throw new AccountInputError(`ongeldig e-mailadres '${input.email}'`, 'email');
  }
  if (input.password !== null) {
    const problem = passwordProblem(input.password, [email, input.displayName]);
    if (problem !== null) throw new AccountInputError(problem, 'password');
  }
  if (input.roles.length === 0) throw new AccountInputError('minstens één rol nodig', 'roles');
  const [taken] = await manager.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM user_account WHERE email = $1`,
    [email],
  );
  if ((taken?.n ?? 0) > 0)
    throw new AccountInputError(`er is al een account met e-mailadres ${email}`, 'email');
  if (input.schoolIds.length > 0) {
    const [found] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM school WHERE id::text = ANY($1::text[])`,
      [[...new Set(input.schoolIds)]],
    );
    if ((found?.n ?? 0) !== new Set(input.schoolIds).size) {
      throw new AccountInputError(`onbekende school in ${input.schoolIds.join(', ')}`, 'schoolIds');
    }
  }
  const passwordHash = input.password === null ? null : await hashPassword(input.password);
  const [row] = await manager.query<{ id: string }[]>(
    `INSERT INTO user_account (email, display_name, password_hash, roles)
     VALUES ($1, $2, $3, $4::text[]) RETURNING id`,
    [email, input.displayName.trim() || email, passwordHash, [...input.roles]],
  );
  if (!row) throw new Error('account niet aangemaakt');
  if (input.schoolIds.length > 0) {
    await manager.query(
      `INSERT INTO user_account_school (user_id, school_id)
       SELECT $1, s::uuid FROM unnest($2::text[]) AS s ON CONFLICT DO NOTHING`,
      [row.id, [...input.schoolIds]],
    );
  }
  return row.id;
}

/** Login and logout; the guard's view of sessions (`CallerDirectory`). */
@Injectable()
export class AccountsService implements CallerDirectory {
  private readonly limiter = new LoginLimiter(LIMIT_FAILURES_PER_ADDRESS, LIMIT_WINDOW_MS);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly local: LocalIdentityProvider,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** Checks the password; on success a new session (token for the cookie) and the caller's identity. */
  async login(
    email: string,
    password: string,
    address: string,
  ): Promise<{ token: string; expiresAt: Date; identity: Identity }> {
    const addressKey = `address:${address}`;
    if (!(await this.limiter.reserve(this.dataSource, addressKey))) {
      await this.audit.recordRefusal({
        actor: null,
        actorLabel: normalizeEmail(email).slice(0, 254),
        action: 'login.refused',
        reason: `te veel mislukte pogingen vanaf ${address}`,
      });
      throw new LoginError('rate-limited');
    }
    const outcome = await this.local.authenticate({ email, password });
    if (!outcome.ok) {
      await this.audit.recordRefusal({
        actor: null,
        actorLabel: normalizeEmail(email).slice(0, 254),
        action: 'login.failed',
        newValue: { userId: outcome.userId },
        reason: `${outcome.reason} vanaf ${address}`,
      });
      throw new LoginError('invalid-credentials');
    }
    await this.limiter.refund(this.dataSource, addressKey);
    const session = await this.sessions.create(outcome.userId, this.local.id);
    const identity = await this.sessions.resolve(session.token);
    if (!identity) throw new LoginError('invalid-credentials');
    return { ...session, identity };
  }

  logout(token: string): Promise<void> {
    return this.sessions.revoke(token);
  }

  resolveSession(token: string): Promise<Identity | null> {
    return this.sessions.resolve(token);
  }

  recordRefusal(identity: Identity | null, operation: string, reason: string): Promise<void> {
    return this.audit.recordRefusal({ actor: identity, action: 'access.refused', path: operation, reason });
  }

  /** Every account, by email, with its linked schools (one statement). */
  async listAccounts(): Promise<AccountRow[]> {
    return this.dataSource.query<AccountRow[]>(`${ACCOUNT_SELECT} ORDER BY a.email`);
  }

  /** An account created by an admin, audited in the same transaction. */
  async createAccount(actor: Identity, input: NewAccount): Promise<AccountRow> {
    return this.dataSource.transaction(async (manager) => {
      await tagTransaction(manager, actor); // the database checks the caller is an admin (RLS)
      const id = await createUserAccount(manager, input);
      await this.audit.record(manager, {
        actor,
        action: 'account.created',
        newValue: { id, email: normalizeEmail(input.email), roles: input.roles, schoolIds: input.schoolIds },
      });
      const [row] = await manager.query<AccountRow[]>(`${ACCOUNT_SELECT} WHERE a.id = $1`, [id]);
      if (!row) throw new Error('account niet gevonden');
      return row;
    });
  }

  /** Disables (and signs out) or re-enables an account; null when the id is unknown. */
  async setDisabled(actor: Identity, userId: string, disabled: boolean): Promise<AccountRow | null> {
    return this.dataSource.transaction(async (manager) => {
      await tagTransaction(manager, actor);
      // A CTE: through TypeORM a top-level UPDATE … RETURNING answers [rows, count], never an empty list.
      const changed = await manager.query<{ id: string }[]>(
        `WITH changed AS (
           UPDATE user_account SET disabled_at = CASE WHEN $2 THEN COALESCE(disabled_at, now()) END
           WHERE id = $1 RETURNING id
         )
         SELECT id FROM changed`,
        [userId, disabled],
      );
      if (changed.length === 0) return null;
      if (disabled) await manager.query(`DELETE FROM user_session WHERE user_id = $1`, [userId]);
      await this.audit.record(manager, {
        actor,
        action: disabled ? 'account.disabled' : 'account.enabled',
        newValue: { id: userId },
      });
      const [row] = await manager.query<AccountRow[]>(`${ACCOUNT_SELECT} WHERE a.id = $1`, [userId]);
      return row ?? null;
    });
  }

  /** Clears the failed-login count and any lockout of an account, audited; null when the id is unknown. */
  async unlock(actor: Identity, userId: string): Promise<AccountRow | null> {
    return this.dataSource.transaction(async (manager) => {
      await tagTransaction(manager, actor);
      const [before] = await manager.query<{ failed: number; locked_until: Date | null }[]>(
        `SELECT failed_login_count AS failed, locked_until FROM user_account WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!before) return null;
      await manager.query(
        `UPDATE user_account SET failed_login_count = 0, locked_until = NULL WHERE id = $1`,
        [userId],
      );
      await this.audit.record(manager, {
        actor,
        action: 'account.unlocked',
        oldValue: { failedLoginCount: before.failed, lockedUntil: before.locked_until },
        newValue: { id: userId },
      });
      const [row] = await manager.query<AccountRow[]>(`${ACCOUNT_SELECT} WHERE a.id = $1`, [userId]);
      return row ?? null;
    });
  }
}
