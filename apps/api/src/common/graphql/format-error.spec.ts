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
});
