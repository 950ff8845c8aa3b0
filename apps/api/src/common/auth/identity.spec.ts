import { identify } from './identity';

const config = { staffToken: 'een-geheim-van-minstens-16' };

describe('identify (interim staff token)', () => {
  it.each([
    ['no header', undefined, 'anonymous'],
    ['empty header', '', 'anonymous'],
    ['the staff token', 'Bearer een-geheim-van-minstens-16', 'identified'],
    ['case-insensitive scheme', 'bearer een-geheim-van-minstens-16', 'identified'],
    ['a wrong token', 'Bearer een-geheim-van-minstens-17', 'invalid'],
    ['a shorter token', 'Bearer een', 'invalid'],
    ['basic auth', 'Basic dXNlcjpwYXNz', 'invalid'],
  ])('%s → %s', (_case, authorization, kind) => {
    expect(identify({ headers: { authorization } }, config).kind).toBe(kind);
  });

  it('refuses every token when no staff token is configured', () => {
    expect(identify({ headers: { authorization: 'Bearer x' } }, { staffToken: null }).kind).toBe('invalid');
  });

  it('gives staff and admin roles to the staff token', () => {
    const result = identify({ headers: { authorization: 'Bearer een-geheim-van-minstens-16' } }, config);
    expect(result.kind === 'identified' ? result.identity.roles : []).toEqual(['swv-staff', 'admin']);
  });
});
