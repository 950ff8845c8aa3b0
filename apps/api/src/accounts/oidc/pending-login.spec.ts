import { cookieValue, type PendingLogin, PendingLoginSealer } from './pending-login';

const LOGIN: PendingLogin = {
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier-1',
  returnTo: '/beheer',
  expiresAt: 1_000_000,
};

describe('PendingLoginSealer: the OIDC login cookie', () => {
  const sealer = new PendingLoginSealer('client-secret');

  it('opens what it sealed, before it expires', () => {
    const sealed = sealer.seal(LOGIN);
    expect(sealed).not.toContain('verifier-1');
    expect(sealer.open(sealed, 999_999)).toEqual(LOGIN);
    expect(sealer.open(sealed, 1_000_000)).toBe('expired');
  });

  it('refuses a tampered value, another key, garbage and nothing', () => {
    const sealed = sealer.seal(LOGIN);
    const last = sealed.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${sealed.slice(0, -2)}${last}${sealed.slice(-1)}`;
    expect(sealer.open(tampered, 0)).toBe('invalid');
    expect(new PendingLoginSealer('another-secret').open(sealed, 0)).toBe('invalid');
    expect(sealer.open('abc', 0)).toBe('invalid');
    expect(sealer.open('not base64url!', 0)).toBe('invalid');
    expect(sealer.open(null, 0)).toBe('invalid');
  });

  it('seals with a fresh IV each time', () => {
    expect(sealer.seal(LOGIN)).not.toBe(sealer.seal(LOGIN));
  });
});

describe('cookieValue', () => {
  it.each([
    ['a=1; sop_atlas_oidc=xyz; b=2', 'xyz'],
    ['sop_atlas_oidc=', null],
    ['other=1', null],
    [undefined, null],
  ])('%s → %s', (header, expected) => {
    expect(cookieValue(header, 'sop_atlas_oidc')).toBe(expected);
  });
});
