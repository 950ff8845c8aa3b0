import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Role } from '../common/auth/access-rule.decorator';
import { CallerDirectory } from '../common/auth/caller-directory';
import { type Identity } from '../common/auth/identity';
import { AuditService } from '../audit/audit.service';
import { LoginLimiter } from './login-limiter';
import { LocalIdentityProvider, normalizeEmail } from './local-identity.provider';
import { hashPassword, MIN_PASSWORD_LENGTH } from './password';
import { SessionsService } from './sessions.service';

/** Failed logins from one address within `LIMIT_WINDOW_MS` before that address is refused. */
export const LIMIT_FAILURES_PER_ADDRESS = 30;
export const LIMIT_WINDOW_MS = 15 * 60_000;

export type LoginErrorKind = 'invalid-credentials' | 'rate-limited';

export class LoginError extends Error {
  constructor(readonly kind: LoginErrorKind) {
    super(
      kind === 'rate-limited'
        ? 'Te veel mislukte aanmeldpogingen vanaf dit adres; probeer het later opnieuw'
        : 'Onjuist e-mailadres of wachtwoord, of account tijdelijk geblokkeerd',
    );
    this.name = 'LoginError';
  }
}

export class AccountInputError extends Error {
  constructor(
    readonly argument: string,
    message: string,
  ) {
    super(message);
    this.name = 'AccountInputError';
  }
}

export interface NewAccount {
  email: string;
  displayName: string;
  password: string | null;
  roles: readonly Role[];
  schoolIds: readonly string[];
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Creates an account in the caller's transaction (CLI `user add`, demo seed). Validates email, password length and
 * that every linked school exists; the email must be new.
 */
export async function createUserAccount(manager: EntityManager, input: NewAccount): Promise<string> {
  const email = normalizeEmail(input.email);
  if (!EMAIL_PATTERN.test(email) || email.length > 254) {
    throw new AccountInputError('email', `ongeldig e-mailadres '${input.email}'`);
  }
  if (input.password !== null && input.password.length < MIN_PASSWORD_LENGTH) {
    throw new AccountInputError('password', `wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens hebben`);
  }
  if (input.roles.length === 0) throw new AccountInputError('roles', 'minstens één rol nodig');
  const [taken] = await manager.query<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM user_account WHERE email = $1`,
    [email],
  );
  if ((taken?.n ?? 0) > 0)
    throw new AccountInputError('email', `er is al een account met e-mailadres ${email}`);
  if (input.schoolIds.length > 0) {
    const [found] = await manager.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM school WHERE id::text = ANY($1::text[])`,
      [[...new Set(input.schoolIds)]],
    );
    if ((found?.n ?? 0) !== new Set(input.schoolIds).size) {
      throw new AccountInputError('schoolIds', `onbekende school in ${input.schoolIds.join(', ')}`);
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
    if (this.limiter.blocked(address)) {
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
      this.limiter.fail(address);
      await this.audit.recordRefusal({
        actor: null,
        actorLabel: normalizeEmail(email).slice(0, 254),
        action: 'login.failed',
        newValue: { userId: outcome.userId },
        reason: `${outcome.reason} vanaf ${address}`,
      });
      throw new LoginError('invalid-credentials');
    }
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

  /** For the CLI and tests: an account in its own transaction. */
  createAccount(input: NewAccount): Promise<string> {
    return this.dataSource.transaction((manager) => createUserAccount(manager, input));
  }
}
