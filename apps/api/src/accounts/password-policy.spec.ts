import { passwordProblem } from './password-policy';

describe('passwordProblem (length ≥ 12 and zxcvbn with packaged dictionaries)', () => {
  it.each([
    ['123456789012', 'te makkelijk te raden'],
    ['wachtwoord12', 'te makkelijk te raden'],
    ['qwertyuiopas', 'te makkelijk te raden'],
    ['P@ssw0rd12345', 'te makkelijk te raden'],
    ['            ', 'alleen uit spaties'],
    ['kort', 'minstens 12 tekens'],
  ])('refuses %j', (password, problem) => {
    expect(passwordProblem(password, ['jan.jansen@school.nl', 'Jan Jansen'])).toContain(problem);
  });

  it.each(['correct horse battery staple', 'Fietsbel-Kabouter-73-Regen', 'q7#Lm2!vR9pX'])(
    'accepts %j',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );
});
