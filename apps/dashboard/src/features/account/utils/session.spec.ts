import { describe, expect, it } from '@jest/globals';
import { isAdmin } from './session';
import {
  editorSchoolIds,
  isStaff,
  loginErrorMessage,
  type LoginErrorMessages,
  mayEditSchool,
} from './session';

const messages: LoginErrorMessages = {
  wrongPassword: 'fout',
  locked: 'geblokkeerd',
  network: 'netwerk',
  other: (m) => `anders: ${m}`,
};

describe('loginErrorMessage: a refused login in Dutch', () => {
  it.each([
    [
      'wrong password',
      [{ message: 'x', extensions: { code: 'UNAUTHENTICATED', reason: 'invalid-credentials' } }],
      200,
      'fout',
    ],
    [
      'too many failures (locked)',
      [{ message: 'x', extensions: { code: 'UNAUTHENTICATED', reason: 'rate-limited' } }],
      200,
      'geblokkeerd',
    ],
    [
      'unauthenticated without reason',
      [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }],
      200,
      'fout',
    ],
    [
      'bad input',
      [{ message: 'ongeldig e-mailadres', extensions: { code: 'BAD_USER_INPUT' } }],
      200,
      'anders: ongeldig e-mailadres',
    ],
    ['no connection', [], null, 'netwerk'],
    ['server error', [], 500, 'anders: status 500'],
  ])('%s', (_case, errors, status, expected) => {
    expect(loginErrorMessage(errors, status, messages, 'status 500')).toBe(expected);
  });
});

describe('isStaff', () => {
  it.each([
    [null, false],
    [['school-editor'], false],
    [['swv-staff'], true],
    [['admin'], false],
    [['admin', 'swv-staff'], true],
  ])('%j → %s', (roles, expected) => {
    expect(isStaff(roles === null ? null : { id: '1', email: 'a', roles, schoolIds: [] })).toBe(expected);
  });
});

describe('mayEditSchool / editorSchoolIds', () => {
  const user = (roles: string[], schoolIds: string[] = []) => ({ id: '1', email: 'a', roles, schoolIds });
  it.each([
    ['anonymous', null, false, []],
    ['editor of the school', user(['school-editor'], ['s1']), true, ['s1']],
    ['editor of another school', user(['school-editor'], ['s2']), false, ['s2']],
    ['staff', user(['swv-staff']), true, []],
    ['admin', user(['admin'], ['s1']), false, []],
  ])('%s', (_name, account, may, schools) => {
    expect(mayEditSchool(account, 's1')).toBe(may);
    expect(editorSchoolIds(account)).toEqual(schools);
  });
});

describe('isAdmin: may manage accounts', () => {
  it.each([
    [null, false],
    [['school-editor'], false],
    [['swv-staff'], false],
    [['admin'], true],
    [['swv-staff', 'admin'], true],
  ])('%j → %s', (roles, expected) => {
    expect(isAdmin(roles === null ? null : { id: '1', email: 'a', roles, schoolIds: [] })).toBe(expected);
  });
});
