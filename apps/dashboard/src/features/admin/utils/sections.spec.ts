import { describe, expect, it } from '@jest/globals';
import type { SessionUser } from '../../account/utils/session';
import { chosenSection, sectionsFor } from './sections';

const user = (roles: string[], schoolIds: string[] = []): SessionUser => ({
  id: 'u1',
  email: 'x@example.nl',
  roles,
  schoolIds,
});

describe('sectionsFor: each role sees its own work first, and only what it may do', () => {
  it.each<[string, SessionUser | null, string[]]>([
    ['a visitor (staff code)', null, ['inlezen', 'beoordelen', 'datakwaliteit', 'bekostiging']],
    ['a school editor', user(['school-editor'], ['s1']), ['mijn-school', 'bekostiging']],
    [
      'SWV staff',
      user(['swv-staff']),
      ['inlezen', 'te-koppelen', 'beoordelen', 'datakwaliteit', 'bekostiging'],
    ],
    ['an admin', user(['admin']), ['accounts', 'bekostiging']],
    [
      'staff and admin (the first account of a region)',
      user(['swv-staff', 'admin']),
      ['accounts', 'inlezen', 'te-koppelen', 'beoordelen', 'datakwaliteit', 'bekostiging'],
    ],
  ])('%s', (_case, who, expected) => {
    expect(sectionsFor(who)).toEqual(expected);
  });
});

describe('chosenSection', () => {
  it.each<[string, SessionUser | null, string | undefined, string]>([
    ['/beheer goes to the first section of the role', user(['admin']), undefined, 'accounts'],
    ['an allowed section stays', user(['swv-staff']), 'beoordelen', 'beoordelen'],
    ['accounts are not for staff', user(['swv-staff']), 'accounts', 'inlezen'],
    ['staff work is not for a school editor', user(['school-editor'], ['s1']), 'beoordelen', 'mijn-school'],
    ['an unknown section', null, 'bestaat-niet', 'inlezen'],
  ])('%s', (_case, who, asked, expected) => {
    expect(chosenSection(who, asked)).toBe(expected);
  });
});
