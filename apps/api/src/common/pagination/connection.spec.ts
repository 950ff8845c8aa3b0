import { AppError } from '../errors/app-error';
import { toGraphqlError } from '../errors/error-translation';
import { decodeCursor, encodeCursor, pageSize } from './connection';

describe('pageSize', () => {
  it.each([
    [undefined, 25],
    [null, 25],
    [1, 1],
    [200, 200],
  ])('first=%p → %p', (first, expected) => {
    expect(pageSize(first)).toBe(expected);
  });

  it.each([0, -5, 201, 2.5])('refuses first=%p as BAD_USER_INPUT on `first`', (first) => {
    let error: unknown;
    try {
      pageSize(first);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(toGraphqlError(error as AppError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });
});

describe('cursors', () => {
  it('round-trip the sort key', () => {
    const key = ["'s-Gravenhage school", '3f1c0c5e-0000-4000-8000-000000000000'];
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  it.each(['', 'bm9wZQ', '!!!!', encodeCursor([])])('refuse garbage %p', (cursor) => {
    if (cursor === encodeCursor([])) {
      expect(decodeCursor(cursor)).toEqual([]);
      return;
    }
    expect(() => decodeCursor(cursor)).toThrow('ongeldige cursor');
  });
});
