import { timingSafeEqual } from 'node:crypto';
import { type Request } from 'express';
import { type AppConfig } from '../../config/app-config';
import { type Role } from './access-rule.decorator';

/** Who is calling. Interim: only a bearer token equal to `STAFF_TOKEN` (accounts come with their own issue). */
export interface Identity {
  readonly subject: string;
  readonly roles: readonly Role[];
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type IdentityResult =
  { kind: 'anonymous' } | { kind: 'invalid' } | { kind: 'identified'; identity: Identity };

export function identify(
  req: Pick<Request, 'headers'>,
  config: Pick<AppConfig, 'staffToken'>,
): IdentityResult {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || config.staffToken === null || !sameSecret(match[1] ?? '', config.staffToken)) {
    return { kind: 'invalid' };
  }
  return { kind: 'identified', identity: { subject: 'staff-token', roles: ['swv-staff', 'admin'] } };
}
