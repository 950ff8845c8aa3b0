import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../../audit/audit.service';
import { type AuthenticationOutcome, type IdentityProvider } from '../identity-provider';
import { normalizeEmail } from '../local-identity.provider';

/** What a verified id token says about the person. */
export interface OidcClaims {
  issuer: string;
  /** Stable id of the person at the provider: Entra's `oid`, else `sub`. */
  subject: string;
  /** `email`, else `preferred_username` (Entra often sends no `email`); null when neither looks like one. */
  email: string | null;
}

interface AccountMatch {
  id: string;
  email: string;
  disabled: boolean;
  oidc_subject: string | null;
}

const MATCH_COLUMNS = `id, email, disabled_at IS NOT NULL AS disabled, oidc_subject`;

/**
 * Maps verified OIDC claims to an existing account — never creates one. First by the linked subject; otherwise by
 * email (case-insensitive), and then the subject is linked to that account (audited), so a later change of the
 * person's email at the provider keeps the same account. An account already linked to another subject is not
 * taken over by a matching email.
 */
@Injectable()
export class OidcIdentityProvider implements IdentityProvider<OidcClaims> {
  readonly id = 'oidc';

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  authenticate(claims: OidcClaims): Promise<AuthenticationOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [bySubject] = await manager.query<AccountMatch[]>(
        `SELECT ${MATCH_COLUMNS} FROM user_account WHERE oidc_issuer = $1 AND oidc_subject = $2`,
        [claims.issuer, claims.subject],
      );
      if (bySubject) {
        if (bySubject.disabled) return { ok: false, reason: 'disabled', userId: bySubject.id };
        await grantOidcLogin(manager, bySubject.id, claims);
        return { ok: true, userId: bySubject.id };
      }
      if (claims.email === null) return { ok: false, reason: 'unknown-account', userId: null };
      const [byEmail] = await manager.query<AccountMatch[]>(
        // no row lock here (the runtime role may not lock accounts): sop_atlas_oidc_login links only an
        // account without a subject, atomically, and refuses otherwise
        `SELECT ${MATCH_COLUMNS} FROM user_account WHERE email = $1`,
        [normalizeEmail(claims.email)],
      );
      if (!byEmail) return { ok: false, reason: 'unknown-account', userId: null };
      if (byEmail.disabled) return { ok: false, reason: 'disabled', userId: byEmail.id };
      if (byEmail.oidc_subject !== null) {
        return { ok: false, reason: 'linked-elsewhere', userId: byEmail.id };
      }
      await grantOidcLogin(manager, byEmail.id, claims);
      await recordAudit(manager, {
        actor: null,
        actorLabel: byEmail.email,
        action: 'account.oidc-linked',
        newValue: { userId: byEmail.id, issuer: claims.issuer, subject: claims.subject },
      });
      return { ok: true, userId: byEmail.id };
    });
  }
}

/**
 * Links the subject (when the account has none yet) and issues the login grant a session needs, in the database
 * (`sop_atlas_oidc_login`, open only while the owner has OIDC switched on).
 */
async function grantOidcLogin(manager: EntityManager, userId: string, claims: OidcClaims): Promise<void> {
  await manager.query(`SELECT sop_atlas_oidc_login($1, $2, $3)`, [userId, claims.issuer, claims.subject]);
}
