import { HttpException } from '@nestjs/common';
import { AppError, BadInputError, codeOfStatus, ERROR_CODES, NotFoundError } from './app-error';
import { toGraphqlError, toHttpException } from './error-translation';

describe('one error vocabulary', () => {
  it('GraphQL: extensions carry the code, the argument and the details', () => {
    const error = toGraphqlError(
      new AppError('CONFLICT', 'expectedVersion', 'SOP is versie 3, niet 2', { version: 3 }),
    );
    expect(error.message).toBe('SOP is versie 3, niet 2');
    expect(error.extensions).toEqual({ code: 'CONFLICT', argument: 'expectedVersion', version: 3 });
  });

  it('GraphQL: no argument key when the error names none', () => {
    const error = toGraphqlError(new AppError('UNAUTHENTICATED', null, 'nee', { reason: 'rate-limited' }));
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'rate-limited' });
  });

  it('HTTP: the status of the code, and the same fields in the body', () => {
    const error = toHttpException(new NotFoundError('School', 'id', 'x'));
    expect(error).toBeInstanceOf(HttpException);
    expect(error.getStatus()).toBe(404);
    expect(error.getResponse()).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      argument: 'id',
      message: "School met id 'x' bestaat niet",
    });
    expect(toHttpException(new BadInputError('te lang', 'note')).getStatus()).toBe(400);
  });

  it('every code has its own status, and the status names the code back (logging outcomes)', () => {
    const statuses = Object.values(ERROR_CODES).map((c) => c.status);
    expect(new Set(statuses).size).toBe(statuses.length);
    for (const [code, { status }] of Object.entries(ERROR_CODES)) expect(codeOfStatus(status)).toBe(code);
    expect(codeOfStatus(418)).toBe('HTTP_418');
  });

  it('a refusal without its own words gets the Dutch message of its code', () => {
    expect(new AppError('FORBIDDEN', 'sopId').message).toBe(ERROR_CODES.FORBIDDEN.message);
  });
});
