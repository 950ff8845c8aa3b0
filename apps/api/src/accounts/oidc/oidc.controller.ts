import { Controller, Get, NotFoundException, Query, Req, Res } from '@nestjs/common';
import { type CookieOptions, type Request, type Response } from 'express';
import { Public } from '../../common/auth/access-rule.decorator';
import { SESSION_COOKIE } from '../../common/auth/identity';
import { AppConfig } from '../../config/app-config';
import { addressOf } from '../client-address';
import { newSessionCookieOptions } from '../session-cookie';
import { OidcUnavailableError } from './oidc-client';
import { type OidcRefusal, OidcLoginService } from './oidc-login.service';
import { cookieValue, PENDING_LOGIN_COOKIE, PENDING_LOGIN_MINUTES } from './pending-login';

export const OIDC_LOGIN_PATH = '/api/auth/oidc/login';

function firstString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * OpenID Connect login: `GET /api/auth/oidc/login?returnTo=/pad` redirects to the provider, the provider redirects
 * back to `GET /api/auth/oidc/callback`, which sets the session cookie and redirects to `returnTo` (default
 * `/beheer`), or without a session to `/?login=<reden>`. Both are public (they are how one signs in) and answer
 * 404 while OIDC is not configured.
 */
@Controller('api/auth/oidc')
export class OidcController {
  constructor(
    private readonly config: AppConfig,
    private readonly logins: OidcLoginService,
  ) {}

  @Public()
  @Get('login')
  async login(@Query('returnTo') returnTo: unknown, @Res() res: Response): Promise<void> {
    this.requireEnabled();
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { location, cookie } = await this.logins.begin(returnTo);
      res.cookie(PENDING_LOGIN_COOKIE, cookie, this.pendingCookieOptions(PENDING_LOGIN_MINUTES * 60_000));
      res.redirect(302, location);
    } catch (error) {
      if (!(error instanceof OidcUnavailableError)) throw error;
      this.redirectRefused(res, 'oidc-unavailable');
    }
  }

  @Public()
  @Get('callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    this.requireEnabled();
    res.setHeader('Cache-Control', 'no-store');
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const result = await this.logins.complete(
      {
        state: firstString(req.query['state']),
        error: firstString(req.query['error']),
        errorDescription: firstString(req.query['error_description']),
        query,
      },
      cookieValue(req.headers.cookie, PENDING_LOGIN_COOKIE),
      addressOf(req),
    );
    // One attempt per login cookie, whatever the outcome.
    res.clearCookie(PENDING_LOGIN_COOKIE, this.pendingCookieOptions());
    if (result.kind === 'refused') {
      this.redirectRefused(res, result.refusal);
      return;
    }
    res.cookie(SESSION_COOKIE, result.token, newSessionCookieOptions(this.config));
    res.redirect(302, result.returnTo);
  }

  private requireEnabled(): void {
    if (!this.logins.enabled) {
      throw new NotFoundException({
        statusCode: 404,
        code: 'NOT_FOUND',
        message: 'Inloggen via OpenID Connect is niet ingesteld',
      });
    }
  }

  private pendingCookieOptions(maxAge?: number): CookieOptions {
    return {
      httpOnly: true,
      // Lax: the provider's redirect back is a cross-site top-level navigation.
      sameSite: 'lax',
      secure: this.config.isProduction,
      path: '/api/auth/oidc',
      ...(maxAge === undefined ? {} : { maxAge }),
    };
  }

  private redirectRefused(res: Response, refusal: OidcRefusal): void {
    res.redirect(302, `/?login=${refusal}`);
  }
}
