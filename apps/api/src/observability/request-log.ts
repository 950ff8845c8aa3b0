import { type IncomingMessage } from 'node:http';

/** What one request's log line says besides method, URL, status and duration. */
export interface RequestLogContext {
  /** GraphQL: the operation's name, else its type and root fields (`mutation login`); REST: the route. */
  operation?: string;
  /** Codes of expected client outcomes (UNAUTHENTICATED, BAD_USER_INPUT, …). */
  outcomes: string[];
  /** A real fault (logged once, at error, with its stack). */
  fault?: Error;
  /** The database was unreachable (503). */
  unavailable?: boolean;
}

const contexts = new WeakMap<object, RequestLogContext>();

/** The log context of a request, created on first use. */
export function requestLog(req: IncomingMessage | object): RequestLogContext {
  let context = contexts.get(req);
  if (context === undefined) {
    context = { outcomes: [] };
    contexts.set(req, context);
  }
  return context;
}
