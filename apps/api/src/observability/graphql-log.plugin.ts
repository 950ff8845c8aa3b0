import { type ApolloServerPlugin } from '@apollo/server';
import { type GraphQLError, Kind } from 'graphql';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { appErrorOf, KNOWN_CODES } from '../common/graphql/format-error';
import { codeOfStatus } from '../common/errors/app-error';
import { isExpectedHttpException } from './logging';
import { requestLog } from './request-log';

function classify(error: GraphQLError): { outcome: string } | { fault: Error } {
  const original = error.originalError;
  const app = appErrorOf(error);
  if (app !== null) return { outcome: app.code };
  if (isExpectedHttpException(original)) return { outcome: codeOfStatus(original.getStatus()) };
  const code = error.extensions['code'];
  if (typeof code === 'string' && KNOWN_CODES.has(code)) return { outcome: code };
  // a GraphQLError made by graphql-js itself (validation, parse) without a resolver error is the caller's
  if (original === undefined && code === undefined) return { outcome: 'GRAPHQL_VALIDATION_FAILED' };
  return { fault: original ?? error };
}

/** Feeds the request's log line: the operation's name and the outcome of its errors (see logging.ts). */
export const graphqlLogPlugin: ApolloServerPlugin<GraphqlContext> = {
  requestDidStart({ contextValue }) {
    const context = requestLog(contextValue.req);
    return Promise.resolve({
      didResolveOperation({ operationName, operation }) {
        if (operation === undefined) return Promise.resolve();
        const fields = operation.selectionSet.selections
          .map((selection) => (selection.kind === Kind.FIELD ? selection.name.value : '…'))
          .join(',');
        context.operation = operationName ?? `${operation.operation} ${fields}`;
        return Promise.resolve();
      },
      async willSendResponse({ response }) {
        // @nestjs/apollo's own plugin resets the status of every answer with `data` to 200 in the same hook,
        // after ours has started: let it run first, then an outage is 503 (its Retry-After header is already set).
        await Promise.resolve();
        if (context.unavailable) response.http.status = 503;
      },
      didEncounterErrors({ errors }) {
        for (const error of errors) {
          const result = classify(error);
          if ('outcome' in result && result.outcome === 'SERVICE_UNAVAILABLE') context.unavailable = true;
          if ('fault' in result) context.fault ??= result.fault;
          else if (!context.outcomes.includes(result.outcome)) context.outcomes.push(result.outcome);
        }
        return Promise.resolve();
      },
    });
  },
};
