import { parseUserAdd } from './user-cli';

describe('parseUserAdd', () => {
  it('reads email, roles, schools and the password source', () => {
    expect(
      parseUserAdd([
        'add',
        '--email',
        'a@b.nl',
        '--role',
        'school-editor',
        '--school',
        'x',
        '--password-stdin',
      ]),
    ).toEqual({
      email: 'a@b.nl',
      name: null,
      roles: ['school-editor'],
      schoolIds: ['x'],
      password: { kind: 'stdin' },
    });
    expect(parseUserAdd(['add', '--email', 'a@b.nl', '--role', 'admin'])).toMatchObject({
      password: { kind: 'prompt' },
    });
  });

  it.each([
    [['remove'], /Gebruik/],
    [['add', '--role', 'admin'], /--email ontbreekt/],
    [['add', '--email', 'a@b.nl'], /--role ontbreekt/],
    [['add', '--email', 'a@b.nl', '--role', 'root'], /onbekende rol 'root'/],
    [['add', '--email'], /mist een waarde/],
  ])('%j is a usage error', (args, message) => {
    expect(parseUserAdd(args)).toMatch(message);
  });
});
