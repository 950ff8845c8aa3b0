import { describe, expect, it } from '@jest/globals';
import type { GraphQLErrorEntry } from '../../../graphql/client';
import {
  fieldOfArgument,
  formatDateTime,
  isLocked,
  mapAccountErrors,
  type NewAccountForm,
  roleLabel,
  roleLabels,
  searchTextOf,
  toCreateVariables,
  toggle,
  validateNewAccount,
} from './accounts';

describe('roleLabel / roleLabels: roles in Dutch', () => {
  it.each([
    ['school-editor', 'Schoolredacteur'],
    ['swv-staff', 'SWV-medewerker'],
    ['admin', 'Beheerder'],
    ['root', 'root'],
  ])('%s → %s', (role, expected) => {
    expect(roleLabel(role)).toBe(expected);
  });

  it.each([
    [[], ''],
    [['admin', 'swv-staff'], 'SWV-medewerker, Beheerder'],
    [['admin', 'onbekend', 'school-editor'], 'Schoolredacteur, Beheerder, onbekend'],
  ])('%j → %s', (roles, expected) => {
    expect(roleLabels(roles)).toBe(expected);
  });
});

describe('isLocked: is the lockout still running?', () => {
  const now = new Date('2026-11-28T14:00:00Z');
  it.each([
    ['never locked', null, false],
    ['locked until later', '2026-11-28T14:10:00Z', true],
    ['lock has passed', '2026-11-28T13:59:59Z', false],
    ['garbage', 'morgen', false],
  ])('%s', (_case, until, expected) => {
    expect(isLocked(until, now)).toBe(expected);
  });
});

describe('formatDateTime: Dutch date and time in Amsterdam', () => {
  it.each([
    ['winter time (UTC+1)', '2026-11-28T14:05:00Z', '28 november 2026 om 15:05'],
    ['summer time (UTC+2)', '2026-06-01T08:30:00Z', '1 juni 2026 om 10:30'],
    ['none', null, null],
    ['invalid', 'niet-een-datum', null],
  ])('%s', (_case, value, expected) => {
    expect(formatDateTime(value)).toBe(expected);
  });
});

const VALID: NewAccountForm = {
  email: 'nieuw@school.nl',
  displayName: 'Nieuwe redacteur',
  password: 'twaalf tekens',
  roles: ['school-editor'],
  schoolIds: ['s1'],
};

describe('validateNewAccount: the "Nieuw account" form before it is sent', () => {
  it.each<[string, Partial<NewAccountForm>, Record<string, string>]>([
    ['a complete school editor', {}, {}],
    ['staff need no school', { roles: ['swv-staff'], schoolIds: [] }, {}],
    ['no name is fine (the API uses the email)', { displayName: '  ' }, {}],
    ['email missing', { email: '  ' }, { email: 'Vul een e-mailadres in.' }],
    ['email without domain', { email: 'nieuw@school' }, { email: 'Dit is geen geldig e-mailadres.' }],
    [
      'password one short of 12',
      { password: 'elf tekens!' },
      { password: 'Het wachtwoord moet minstens 12 tekens hebben.' },
    ],
    [
      'password too long',
      { password: 'x'.repeat(1025) },
      { password: 'Het wachtwoord mag hoogstens 1024 tekens hebben.' },
    ],
    [
      'name too long',
      { displayName: 'n'.repeat(201) },
      { displayName: 'De naam mag hoogstens 200 tekens hebben.' },
    ],
    ['no role', { roles: [], schoolIds: [] }, { roles: 'Kies minstens één rol.' }],
    [
      'school editor without school',
      { schoolIds: [] },
      { schoolIds: 'Kies minstens één school voor een schoolredacteur.' },
    ],
  ])('%s', (_case, change, expected) => {
    expect(validateNewAccount({ ...VALID, ...change })).toEqual(expected);
  });
});

describe('toCreateVariables: what the API receives', () => {
  it.each<[string, Partial<NewAccountForm>, Partial<NewAccountForm>]>([
    [
      'trims email and name',
      { email: ' a@b.nl ', displayName: ' A ' },
      { email: 'a@b.nl', displayName: 'A' },
    ],
    ['drops schools of a non-editor', { roles: ['admin'], schoolIds: ['s1'] }, { schoolIds: [] }],
    ['keeps schools of an editor', { roles: ['admin', 'school-editor'] }, { schoolIds: ['s1'] }],
    ['keeps the password as typed', { password: '  spaties  tellen ' }, { password: '  spaties  tellen ' }],
  ])('%s', (_case, change, expected) => {
    expect(toCreateVariables({ ...VALID, ...change })).toMatchObject(expected);
  });
});

describe('fieldOfArgument: the API argument path → the form field', () => {
  it.each([
    ['email', 'email'],
    ['roles[0]', 'roles'],
    ['schoolIds[2]', 'schoolIds'],
    ['displayName', 'displayName'],
    ['userId', null],
    [undefined, null],
    [3, null],
  ])('%j → %j', (argument, expected) => {
    expect(fieldOfArgument(argument)).toBe(expected);
  });
});

describe('mapAccountErrors: the API answer in Dutch, next to its field', () => {
  const e = (message: string, extensions?: Record<string, unknown>): GraphQLErrorEntry =>
    extensions ? { message, extensions } : { message };
  it.each<
    [string, GraphQLErrorEntry[], number | null, { fields: Record<string, string>; general: string | null }]
  >([
    [
      'duplicate email',
      [e('er is al een account met e-mailadres a@b.nl', { code: 'BAD_USER_INPUT', argument: 'email' })],
      200,
      { fields: { email: 'Er is al een account met e-mailadres a@b.nl.' }, general: null },
    ],
    [
      'unknown role',
      [
        e("onbekende rol 'root' (school-editor, swv-staff, admin)", {
          code: 'BAD_USER_INPUT',
          argument: 'roles[0]',
        }),
      ],
      200,
      { fields: { roles: "Onbekende rol 'root' (school-editor, swv-staff, admin)." }, general: null },
    ],
    [
      'password too short',
      [e('wachtwoord moet minstens 12 tekens hebben', { code: 'BAD_USER_INPUT', argument: 'password' })],
      200,
      { fields: { password: 'Wachtwoord moet minstens 12 tekens hebben.' }, general: null },
    ],
    [
      'a school id that names nothing',
      [e("School met schoolIds[0] 'x' bestaat niet", { code: 'NOT_FOUND', argument: 'schoolIds[0]' })],
      200,
      { fields: { schoolIds: 'Dit account of deze school bestaat niet (meer).' }, general: null },
    ],
    [
      'bad input about an argument the form does not have',
      [e('aanmelden vereist', { code: 'BAD_USER_INPUT', argument: 'userId' })],
      200,
      { fields: {}, general: 'Aanmelden vereist.' },
    ],
    [
      'not an admin',
      [e('Geen toegang', { code: 'FORBIDDEN' })],
      200,
      { fields: {}, general: 'Alleen beheerders mogen accounts beheren.' },
    ],
    [
      'session expired',
      [e('x', { code: 'UNAUTHENTICATED' })],
      200,
      { fields: {}, general: 'Je sessie is verlopen; log opnieuw in.' },
    ],
    [
      'no connection',
      [],
      null,
      { fields: {}, general: 'Geen verbinding met de server. Probeer het opnieuw.' },
    ],
    ['server error without body', [], 502, { fields: {}, general: 'status 502' }],
  ])('%s', (_case, errors, status, expected) => {
    expect(mapAccountErrors(errors, status, 'status 502')).toEqual(expected);
  });
});

describe('toggle and searchTextOf', () => {
  it.each([
    [['a', 'b'], 'b', ['a']],
    [['a'], 'c', ['a', 'c']],
    [[], 'a', ['a']],
  ])('toggle(%j, %s) → %j', (list, item, expected) => {
    expect(toggle(list, item)).toEqual(expected);
  });

  it.each([
    ['', null],
    [' j ', null],
    ['  Den   Haag ', 'Den Haag'],
    ['je', 'je'],
  ])('searchTextOf(%j) → %j', (input, expected) => {
    expect(searchTextOf(input)).toBe(expected);
  });
});
