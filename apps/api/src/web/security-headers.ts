import { createHash } from 'node:crypto';
import { type NextFunction, type Request, type Response } from 'express';
import { FALLBACK_PAGE } from './fallback-page';

/** Map tiles the dashboard shows (PDOK's grey background map, OpenStreetMap as fallback). */
const TILE_ORIGINS = ['https://service.pdok.nl', 'https://tile.openstreetmap.org'];

/** sha256 sources of the inline scripts of the fallback page (shown while the dashboard is not built). */
function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
}

/**
 * The Content-Security-Policy of every response: scripts only from this origin (no inline script but the
 * fallback page's, by hash), no framing, no plugins; inline styles stay allowed (charts and the map set style
 * attributes).
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${inlineScriptHashes(FALLBACK_PAGE).join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${TILE_ORIGINS.join(' ')}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Security headers on every answer (dashboard, API, files). Off in development only, where GraphiQL loads its
 * scripts from a CDN.
 */
export function securityHeaders(): (req: Request, res: Response, next: NextFunction) => void {
  const policy = contentSecurityPolicy();
  return (_req, res, next) => {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    next();
  };
}
