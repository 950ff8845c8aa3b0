import { GraphQLError } from 'graphql';

/** A signed-in caller asking for something its roles or linked schools do not allow. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, argument: string) {
    super(message, { extensions: { code: 'FORBIDDEN', argument } });
  }
}
