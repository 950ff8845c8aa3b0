import { describe, expect, it } from '@jest/globals';
import { GraphQLRequestError } from './client';
import { errorArgument, errorCode } from './errors';

describe('errorCode / errorArgument: what the page needs to place an error', () => {
  it.each<[string, GraphQLRequestError, string | null, string | null]>([
    [
      'an unknown postcode',
      new GraphQLRequestError("'9999 ZZ' is niet gevonden", [
        {
          message: "'9999 ZZ' is niet gevonden",
          extensions: { code: 'BAD_USER_INPUT', argument: 'near.postcode' },
        },
      ]),
      'BAD_USER_INPUT',
      'near.postcode',
    ],
    [
      'an unknown school',
      new GraphQLRequestError('School bestaat niet', [
        { message: 'x', extensions: { code: 'NOT_FOUND', argument: 'id' } },
      ]),
      'NOT_FOUND',
      'id',
    ],
    ['a network failure', new GraphQLRequestError('Failed to fetch'), null, null],
  ])('%s', (_name, error, code, argument) => {
    expect(errorCode(error)).toBe(code);
    expect(errorArgument(error)).toBe(argument);
  });
});
