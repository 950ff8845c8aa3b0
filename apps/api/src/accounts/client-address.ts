import { type Request } from 'express';

/** The client's address as the login limit and the audit trail see it (`req.ip`: honours TRUST_PROXY). */
export function addressOf(req: Pick<Request, 'ip' | 'socket'>): string {
  return req.ip ?? req.socket.remoteAddress ?? 'onbekend';
}
