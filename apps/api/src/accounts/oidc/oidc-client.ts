import { Injectable, Logger } from '@nestjs/common';
import type * as OpenId from 'openid-client' with { 'resolution-mode': 'import' };
import { AppConfig, type OidcSettings } from '../../config/app-config';
import { type OidcClaims } from './oidc-identity.provider';

// openid-client 6 is ESM only and the API is CommonJS: it is loaded with a dynamic import (kept as `import()` by
// `module: node16`), and only once OIDC is configured and used.
type OpenIdClient = typeof OpenId;
type Configuration = OpenId.Configuration;

/** Deadline of one request to the provider (discovery, token endpoint, keys), in seconds. */
const PROVIDER_TIMEOUT_SECONDS = 10;
const SCOPE = 'openid email profile';

/** The provider cannot be reached or its discovery document is unusable. */
export class OidcUnavailableError extends Error {
  constructor(cause: unknown) {
    super(
      `OpenID Connect-provider niet bereikbaar: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'OidcUnavailableError';
  }
}

export interface AuthorizationRequest {
  url: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The relying party (openid-client): discovery (cached; retried after a failure), the authorization URL with PKCE
 * (S256), state and nonce, and the code exchange that verifies the id token (signature, issuer, audience, expiry,
 * nonce) before its claims are read.
 */
@Injectable()
export class OidcClient {
  private readonly logger = new Logger('OIDC');
  private discovered: Promise<{ lib: OpenIdClient; configuration: Configuration }> | null = null;

  constructor(private readonly config: AppConfig) {}

  private get settings(): OidcSettings {
    if (this.config.oidc === null) throw new Error('OpenID Connect is niet geconfigureerd');
    return this.config.oidc;
  }

  private discover(): Promise<{ lib: OpenIdClient; configuration: Configuration }> {
    if (this.discovered === null) {
      const settings = this.settings;
      const discovering = (async () => {
        const lib = await import('openid-client');
        const issuer = new URL(settings.issuer);
        try {
          const configuration = await lib.discovery(
            issuer,
            settings.clientId,
            settings.clientSecret,
            undefined,
            {
              timeout: PROVIDER_TIMEOUT_SECONDS,
              // http only reaches here for a provider on localhost (config refuses it otherwise).
              ...(issuer.protocol === 'http:' ? { execute: [lib.allowInsecureRequests] } : {}),
            },
          );
          return { lib, configuration };
        } catch (error) {
          this.logger.warn(`discovery van ${settings.issuer} mislukt: ${String(error)}`);
          throw new OidcUnavailableError(error);
        }
      })();
      this.discovered = discovering;
      discovering.catch(() => {
        if (this.discovered === discovering) this.discovered = null;
      });
    }
    return this.discovered;
  }

  async authorizationRequest(): Promise<AuthorizationRequest> {
    const { lib, configuration } = await this.discover();
    const codeVerifier = lib.randomPKCECodeVerifier();
    const state = lib.randomState();
    const nonce = lib.randomNonce();
    const url = lib.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUrl,
      scope: SCOPE,
      response_type: 'code',
      code_challenge: await lib.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    return { url: url.href, state, nonce, codeVerifier };
  }

  /**
   * Exchanges the code of the callback (its query string) and returns the verified claims. Throws on any failed
   * check (state, nonce, PKCE, signature, expiry) or provider error.
   */
  async exchange(
    callbackQuery: string,
    checks: { state: string; nonce: string; codeVerifier: string },
  ): Promise<OidcClaims> {
    const { lib, configuration } = await this.discover();
    // The registered callback URL (not the request's host, which a proxy may have changed) plus the query.
    const currentUrl = new URL(this.settings.redirectUrl);
    currentUrl.search = callbackQuery;
    const tokens = await lib.authorizationCodeGrant(configuration, currentUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (claims === undefined) throw new Error('geen id token');
    return claimsOf(claims);
  }
}

/** Entra: `oid` is the person's stable id in the tenant (`sub` differs per application); others: `sub`. */
export function claimsOf(claims: { iss: string; sub: string; [claim: string]: unknown }): OidcClaims {
  const oid = claims['oid'];
  const email = claims['email'];
  const username = claims['preferred_username'];
  const verified = claims['email_verified'];
  const candidate =
    typeof email === 'string' && email !== '' && verified !== false
      ? email
      : typeof username === 'string'
        ? username
        : null;
  return {
    issuer: claims.iss,
    subject: typeof oid === 'string' && oid !== '' ? oid : claims.sub,
    email: candidate !== null && /^[^\s@]+@[^\s@]+$/.test(candidate.trim()) ? candidate.trim() : null,
  };
}
