import { isMutation } from './client';
import * as generated from './generated/graphql';
import { MUTATION_INVALIDATES, operationName } from './query-client';

describe('operationName', () => {
  it('reads the name of a query or mutation, comments skipped', () => {
    expect(operationName('# mutation Old\n  mutation PublishSop($id: ID!) { publishSop }')).toBe(
      'PublishSop',
    );
    expect(operationName('query Me { me { id } }')).toBe('Me');
    expect(operationName('{ me { id } }')).toBeNull();
  });
});

describe('MUTATION_INVALIDATES', () => {
  it('names what every mutation the dashboard sends changes (sign-in/out reset the whole cache instead)', () => {
    const texts = Object.entries(generated)
      .filter(([exported]) => exported.endsWith('Document'))
      .map(([, document]) => String(document));
    const names = texts.filter(isMutation).map((text) => operationName(text) ?? '');
    const sessionChanges = new Set(['Login', 'Logout']);
    const missing = names.filter((name) => !sessionChanges.has(name) && !(name in MUTATION_INVALIDATES));
    expect(names.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
