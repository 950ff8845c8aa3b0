import { classifyExpertise } from './expertise';

describe('expertise in the team versus bought in when needed', () => {
  it.each([
    ['Ja', true, 'Gehele week in diverse groepen.', 'in-team'],
    ['Ja, one day', true, 'Eén dag in de week.', 'in-team'],
    ['Ja, hours', true, '8 uur per week door de RT-specialist', 'in-team'],
    [
      'Nee, bought in (the real autisme row)',
      false,
      'Wanneer nodig wordt bij expertisecentrum autisme, expertise ingekocht.',
      'ingekocht',
    ],
    [
      'Nee, contact (the real zieke leerlingen row)',
      false,
      'Wanneer nodig, nemen we contact op met het Bazalt.',
      'ingekocht',
    ],
    ['Ja but only bought in', true, 'Wordt ingekocht via het bestuur wanneer nodig.', 'ingekocht'],
    [
      'Ja with team hours and buying in for a specialism (hoogbegaafdheid row)',
      true,
      'Expertise begaafdheid gehele week in diverse groepen. Wanneer expertise over hoogbegaafdheid nodig is, nemen we contact op met het Bazalt.',
      'in-team',
    ],
    ['Nee, nothing', false, null, 'geen'],
    ['empty answer, empty text', null, null, 'onbekend'],
    ['empty answer with hours', null, '2 dagen per week', 'in-team'],
  ] as const)('%s → %s', (_case, available, text, expected) => {
    expect(classifyExpertise(available, text)).toBe(expected);
  });
});
