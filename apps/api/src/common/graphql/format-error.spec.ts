import { GraphQLError } from 'graphql';
import { AppError, BadInputError } from '../errors/app-error';
import { formatGraphqlError } from './format-error';

describe('formatGraphqlError', () => {
  const notFound = {
    message: "School met id 'x' bestaat niet",
    path: ['school'],
    extensions: { code: 'NOT_FOUND', argument: 'id', stacktrace: ['Error: ...'] },
  };
  const internal = {
    message: 'relation "school" does not exist',
    path: ['schools'],
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError: ...'] },
  };

  it('keeps known errors for the caller, without stack trace, outside development', () => {
    expect(formatGraphqlError(false)(notFound)).toEqual({
      message: notFound.message,
      path: ['school'],
      extensions: { code: 'NOT_FOUND', argument: 'id' },
    });
  });

  it('hides the message of unexpected errors outside development', () => {
    expect(formatGraphqlError(false)(internal)).toEqual({
      message: 'Interne fout',
      path: ['schools'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('drops schema suggestions from validation messages outside development', () => {
    const suggestion = {
      message: 'Cannot query field "nam" on type "School". Did you mean "name"?',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    };
    expect(formatGraphqlError(false)(suggestion).message).toBe('Cannot query field "nam" on type "School".');
  });

  it('leaves everything in development', () => {
    expect(formatGraphqlError(true)(internal)).toBe(internal);
  });

  it('gives an AppError thrown anywhere under a resolver its code, argument and details (development or not)', () => {
    const thrown = new GraphQLError('x', {
      path: ['school', 'sop'],
      originalError: new BadInputError("ongeldig schooljaar '2023'", 'schoolYear'),
    });
    const raw = {
      message: "ongeldig schooljaar '2023'",
      path: ['school', 'sop'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] },
    };
    expect(formatGraphqlError(false)(raw, thrown)).toEqual({
      message: "ongeldig schooljaar '2023'",
      path: ['school', 'sop'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'schoolYear' },
    });
    expect(formatGraphqlError(true)(raw, thrown).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argument: 'schoolYear',
      stacktrace: ['…'],
    });
    const conflict = new AppError('CONFLICT', 'expectedVersion', 'versie 3, niet 2', { version: 3 });
    expect(formatGraphqlError(false)({ message: 'versie 3, niet 2' }, conflict).extensions).toEqual({
      code: 'CONFLICT',
      argument: 'expectedVersion',
      version: 3,
    });
  });
});
