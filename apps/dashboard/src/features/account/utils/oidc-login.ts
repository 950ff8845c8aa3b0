/** Pure parts of signing in through the organisation's account (OpenID Connect, e.g. Microsoft Entra ID). */

/** Why the API's OIDC callback gave no session: `/?login=<code>` (see the API's `OIDC_REFUSALS`). */
export const OIDC_LOGIN_CODES = [
  'oidc-unknown',
  'oidc-disabled',
  'oidc-linked-elsewhere',
  'oidc-denied',
  'oidc-expired',
  'oidc-state',
  'oidc-failed',
  'oidc-unavailable',
] as const;
export type OidcLoginCode = (typeof OIDC_LOGIN_CODES)[number];

export type OidcLoginMessages = Readonly<Record<OidcLoginCode, string>> & {
  /** Any other `login=oidc-…` value (a newer API). */
  readonly other: string;
};

/** The query parameter the API adds to the page a refused OIDC login lands on. */
export const LOGIN_PARAM = 'login';

/**
 * The Dutch explanation for the page's `?login=` value, or null when the page was not opened by a refused OIDC
 * login (no parameter, or one that is not about OIDC).
 */
export function oidcLoginMessage(search: string, messages: OidcLoginMessages): string | null {
  const code = new URLSearchParams(search).get(LOGIN_PARAM);
  if (code === null || !code.startsWith('oidc-')) return null;
  return (OIDC_LOGIN_CODES as readonly string[]).includes(code)
    ? messages[code as OidcLoginCode]
    : messages.other;
}

/**
 * Where the provider's button goes: the API's login URL with `returnTo` = the current page (path, query and
 * fragment, without a leftover `login=` refusal), so the person lands back where they were.
 */
export function oidcLoginHref(
  loginUrl: string,
  location: { pathname: string; search: string; hash: string },
): string {
  const params = new URLSearchParams(location.search);
  params.delete(LOGIN_PARAM);
  const query = params.toString();
  const returnTo = `${location.pathname}${query === '' ? '' : `?${query}`}${location.hash}`;
  const separator = loginUrl.includes('?') ? '&' : '?';
  return `${loginUrl}${separator}returnTo=${encodeURIComponent(returnTo)}`;
}
