import { type CookieOptions } from 'express';
import { type AppConfig } from '../config/app-config';
import { SESSION_HOURS } from './sessions.service';

/** The session cookie of every login method: httpOnly, SameSite=Strict, Secure in production, whole site. */
export function sessionCookieOptions(config: Pick<AppConfig, 'isProduction'>): CookieOptions {
  return { httpOnly: true, sameSite: 'strict', secure: config.isProduction, path: '/' };
}

/** Options for setting it (with its lifetime). */
export function newSessionCookieOptions(config: Pick<AppConfig, 'isProduction'>): CookieOptions {
  return { ...sessionCookieOptions(config), maxAge: SESSION_HOURS * 3600_000 };
}
