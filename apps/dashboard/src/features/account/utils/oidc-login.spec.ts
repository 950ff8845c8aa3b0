import { describe, expect, it } from '@jest/globals';
import { OIDC_LOGIN_CODES, oidcLoginHref, oidcLoginMessage, type OidcLoginMessages } from './oidc-login';
import { accountStrings } from '../strings.nl';

const messages: OidcLoginMessages = {
  'oidc-unknown': 'onbekend',
  'oidc-disabled': 'uitgeschakeld',
  'oidc-linked-elsewhere': 'ander account',
  'oidc-denied': 'geannuleerd',
  'oidc-expired': 'verlopen',
  'oidc-state': 'ongeldig',
  'oidc-failed': 'mislukt',
  'oidc-unavailable': 'onbereikbaar',
  other: 'anders',
};

describe('oidcLoginMessage: why the organisation login gave no session, in Dutch', () => {
  it.each([
    ['?login=oidc-unknown', 'onbekend'],
    ['?login=oidc-disabled', 'uitgeschakeld'],
    ['?login=oidc-linked-elsewhere', 'ander account'],
    ['?login=oidc-denied', 'geannuleerd'],
    ['?login=oidc-expired', 'verlopen'],
    ['?login=oidc-state', 'ongeldig'],
    ['?login=oidc-failed', 'mislukt'],
    ['?login=oidc-unavailable', 'onbereikbaar'],
    ['?q=x&login=oidc-unknown', 'onbekend'],
    ['?login=oidc-nieuw-in-de-api', 'anders'],
    ['', null],
    ['?q=login', null],
    ['?login=', null],
    ['?login=iets-anders', null],
  ])('%s → %s', (search, expected) => {
    expect(oidcLoginMessage(search, messages)).toBe(expected);
  });

  it('has a Dutch text for every code the API sends', () => {
    for (const code of OIDC_LOGIN_CODES) {
      expect(accountStrings.oidc.errors[code].length).toBeGreaterThan(10);
    }
  });
});

describe('oidcLoginHref: the provider button returns to the current page', () => {
  it.each([
    [
      '/api/auth/oidc/login',
      { pathname: '/beheer', search: '', hash: '' },
      '/api/auth/oidc/login?returnTo=%2Fbeheer',
    ],
    [
      '/api/auth/oidc/login',
      { pathname: '/scholen', search: '?q=a b&login=oidc-unknown', hash: '#lijst' },
      '/api/auth/oidc/login?returnTo=%2Fscholen%3Fq%3Da%2Bb%23lijst',
    ],
    [
      '/api/auth/oidc/login',
      { pathname: '/', search: '?login=oidc-unknown', hash: '' },
      '/api/auth/oidc/login?returnTo=%2F',
    ],
    ['/login?x=1', { pathname: '/', search: '', hash: '' }, '/login?x=1&returnTo=%2F'],
  ])('%s from %j → %s', (loginUrl, location, expected) => {
    expect(oidcLoginHref(loginUrl, location)).toBe(expected);
  });
});
