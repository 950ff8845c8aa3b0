import { Injectable, Logger } from '@nestjs/common';
import { AuditService } from '../../audit/audit.service';
import { AppConfig } from '../../config/app-config';
import { SessionsService } from '../sessions.service';
import { OidcClient, OidcUnavailableError } from './oidc-client';
import { type OidcClaims, OidcIdentityProvider } from './oidc-identity.provider';
import { type PendingLogin, PENDING_LOGIN_MINUTES, PendingLoginSealer } from './pending-login';
import { DEFAULT_RETURN_TO, safeReturnTo } from './return-to';

/**
 * Why an OIDC login gave no session: the `login` query parameter of the page it lands on (`/?login=oidc-unknown`);
 * the dashboard explains each in Dutch.
 */
export const OIDC_REFUSALS = [
  /** No account with this email (accounts are never created by a login). */
  'oidc-unknown',
  /** The account is disabled. */
  'oidc-disabled',
  /** The account is linked to another person at the provider. */
  'oidc-linked-elsewhere',
  /** The person cancelled or was refused at the provider (`error=access_denied`). */
  'oidc-denied',
  /** The login took too long, or the login cookie is gone (another browser, cookies blocked). */
  'oidc-expired',
  /** The callback's state does not belong to this browser's login (tampered or replayed). */
  'oidc-state',
  /** The provider reported another error, or the code exchange / id token check failed (e.g. nonce). */
  'oidc-failed',
  /** The provider could not be reached. */
  'oidc-unavailable',
] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

export type OidcCallbackResult =
  | { kind: 'signed-in'; token: string; expiresAt: Date; returnTo: string }
  | { kind: 'refused'; refusal: OidcRefusal };

/** The callback's query parameters that matter here. */
export interface CallbackParams {
  state: string | null;
  error: string | null;
  errorDescription: string | null;
  /** The raw query string (`?code=…&state=…&iss=…`), handed to openid-client as is. */
  query: string;
}

/**
 * The OIDC login flow: `begin` seals state, nonce and PKCE verifier into the browser's login cookie and returns the
 * provider's authorization URL; `complete` checks the callback against that cookie, lets openid-client verify the
 * code exchange and id token, maps the claims to an account and creates the same session as a local login. Every
 * refusal is audited (`login.failed`, reason starting with the refusal code).
 */
@Injectable()
export class OidcLoginService {
  private readonly logger = new Logger('OIDC');
  private readonly sealer: PendingLoginSealer | null;

  constructor(
    private readonly config: AppConfig,
    private readonly client: OidcClient,
    private readonly provider: OidcIdentityProvider,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {
    this.sealer = config.oidc === null ? null : new PendingLoginSealer(config.oidc.clientSecret);
  }

  get enabled(): boolean {
    return this.config.oidc !== null;
  }

  /** The provider's authorization URL and the sealed login cookie. Throws `OidcUnavailableError`. */
  async begin(returnTo: unknown): Promise<{ location: string; cookie: string }> {
    const request = await this.client.authorizationRequest();
    const pending: PendingLogin = {
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      returnTo: safeReturnTo(returnTo) ?? DEFAULT_RETURN_TO,
      expiresAt: Date.now() + PENDING_LOGIN_MINUTES * 60_000,
    };
    return { location: request.url, cookie: this.sealerOrThrow().seal(pending) };
  }

  async complete(
    params: CallbackParams,
    cookie: string | null,
    address: string,
  ): Promise<OidcCallbackResult> {
    const pending = this.sealerOrThrow().open(cookie);
    if (pending === 'invalid' || pending === 'expired') {
      return this.refuse(
        'oidc-expired',
        null,
        `inlogcookie ${pending === 'invalid' ? 'ontbreekt' : 'verlopen'}`,
        address,
      );
    }
    if (params.state === null || params.state !== pending.state) {
      return this.refuse('oidc-state', null, 'state hoort niet bij deze inlogpoging', address);
    }
    if (params.error !== null) {
      const detail = `${params.error}${params.errorDescription ? `: ${params.errorDescription}` : ''}`;
      return this.refuse(
        params.error === 'access_denied' ? 'oidc-denied' : 'oidc-failed',
        null,
        detail,
        address,
      );
    }
    let claims: OidcClaims;
    try {
      claims = await this.client.exchange(params.query, pending);
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      this.logger.warn(`code-uitwisseling mislukt: ${detail}`);
      const refusal = error instanceof OidcUnavailableError ? 'oidc-unavailable' : 'oidc-failed';
      return this.refuse(refusal, null, detail, address);
    }
    const outcome = await this.provider.authenticate(claims);
    if (!outcome.ok) {
      const refusal: OidcRefusal =
        outcome.reason === 'disabled'
          ? 'oidc-disabled'
          : outcome.reason === 'linked-elsewhere'
            ? 'oidc-linked-elsewhere'
            : 'oidc-unknown';
      return this.refuse(
        refusal,
        claims,
        `${outcome.reason} (subject ${claims.subject})`,
        address,
        outcome.userId,
      );
    }
    const session = await this.sessions.create(outcome.userId, this.provider.id);
    return { kind: 'signed-in', ...session, returnTo: pending.returnTo };
  }

  private sealerOrThrow(): PendingLoginSealer {
    if (this.sealer === null) throw new Error('OpenID Connect is niet geconfigureerd');
    return this.sealer;
  }

  private async refuse(
    refusal: OidcRefusal,
    claims: OidcClaims | null,
    detail: string,
    address: string,
    userId: string | null = null,
  ): Promise<OidcCallbackResult> {
    await this.audit.recordRefusal({
      actor: null,
      actorLabel: (claims?.email ?? 'onbekend (OpenID Connect)').toLowerCase().slice(0, 254),
      action: 'login.failed',
      newValue: {
        provider: this.provider.id,
        userId,
        issuer: claims?.issuer ?? null,
        subject: claims?.subject ?? null,
      },
      reason: `${refusal}: ${detail.slice(0, 500)} vanaf ${address}`,
    });
    return { kind: 'refused', refusal };
  }
}
