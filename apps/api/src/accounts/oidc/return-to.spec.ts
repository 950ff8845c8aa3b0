import { safeReturnTo } from './return-to';

describe('safeReturnTo: only paths on this site survive the login round trip', () => {
  it.each([
    ['/beheer', '/beheer'],
    ['/scholen/123?tab=sop#rij-4', '/scholen/123?tab=sop#rij-4'],
    ['/', '/'],
    ['/zoeken?q=a%20b', '/zoeken?q=a%20b'],
    ['/scholen/../beheer', '/beheer'],
  ])('keeps %s → %s', (raw, expected) => {
    expect(safeReturnTo(raw)).toBe(expected);
  });

  it.each([
    ['an absolute URL', 'https://evil.example/beheer'],
    ['a protocol-relative URL', '//evil.example/beheer'],
    ['a backslash trick', '/\\evil.example'],
    ['a tab inside //', '/\t/evil.example'],
    ['a scheme', 'javascript:alert(1)'],
    ['a relative path', 'beheer'],
    ['the empty string', ''],
    ['the API', '/api/auth/oidc/login'],
    ['GraphQL', '/graphql'],
    ['something too long', `/${'a'.repeat(600)}`],
    ['not a string', ['/beheer']],
    ['nothing', undefined],
  ])('refuses %s', (_case, raw) => {
    expect(safeReturnTo(raw)).toBeNull();
  });
});
