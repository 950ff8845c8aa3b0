/** Where a login lands when no (safe) `returnTo` was given. */
export const DEFAULT_RETURN_TO = '/beheer';
const MAX_RETURN_TO = 512;
const PROBE_ORIGIN = 'http://sop-atlas.invalid';

/**
 * A path on this site to return to after signing in, or null when `raw` is not one: it must start with a single `/`
 * (no scheme, no `//host`, no backslash, no control characters) and may not lead back into the API. Keeps query
 * and fragment, so the dashboard lands where it was.
 */
export function safeReturnTo(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_RETURN_TO) return null;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  if (url.pathname === '/graphql' || url.pathname.startsWith('/api/')) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
