import { claimsOf } from './oidc-client';

const ISS = 'https://login.microsoftonline.com/t/v2.0';

describe('claimsOf: which id token claims identify the person', () => {
  it.each([
    [
      'Entra without email: oid and preferred_username',
      { sub: 'pairwise', oid: 'oid-1', preferred_username: 'J.Jansen@School.nl' },
      { subject: 'oid-1', email: 'J.Jansen@School.nl' },
    ],
    [
      'email wins over preferred_username',
      { sub: 's', email: 'a@b.nl', preferred_username: 'upn@b.nl' },
      { subject: 's', email: 'a@b.nl' },
    ],
    [
      'an explicitly unverified email is not used',
      { sub: 's', email: 'a@b.nl', email_verified: false, preferred_username: 'upn@b.nl' },
      { subject: 's', email: 'upn@b.nl' },
    ],
    [
      'a username that is no email address',
      { sub: 's', preferred_username: 'jjansen' },
      { subject: 's', email: null },
    ],
    ['nothing but sub', { sub: 's' }, { subject: 's', email: null }],
  ])('%s', (_case, claims, expected) => {
    expect(claimsOf({ iss: ISS, ...claims })).toEqual({ issuer: ISS, ...expected });
  });
});
