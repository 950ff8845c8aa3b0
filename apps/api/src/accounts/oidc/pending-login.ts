import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/** The browser's half of a started OIDC login: what the callback must check (state, nonce, PKCE verifier). */
export interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Safe relative path (see `safeReturnTo`). */
  returnTo: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** httpOnly, SameSite=Lax (it must come along on the provider's redirect back), path `/api/auth/oidc`. */
export const PENDING_LOGIN_COOKIE = 'sop_atlas_oidc';
/** Time a person has to sign in at the provider. */
export const PENDING_LOGIN_MINUTES = 10;

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Seals a pending login into a cookie value (AES-256-GCM: unreadable and tamper-proof for the browser), with a key
 * derived from the OIDC client secret, so every API process and a restart still open it. No table needed.
 */
export class PendingLoginSealer {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'sop-atlas', 'oidc pending login cookie', 32));
  }

  seal(login: PendingLogin): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(login), 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
  }

  /** The pending login, `invalid` (missing, tampered, other key) or `expired`. */
  open(value: string | null, now: number = Date.now()): PendingLogin | 'invalid' | 'expired' {
    if (value === null || value.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(value)) return 'invalid';
    const raw = Buffer.from(value, 'base64url');
    if (raw.length <= IV_BYTES + TAG_BYTES) return 'invalid';
    let parsed: unknown;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      const text = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
      parsed = JSON.parse(text.toString('utf8'));
    } catch {
      return 'invalid';
    }
    if (!isPendingLogin(parsed)) return 'invalid';
    return parsed.expiresAt <= now ? 'expired' : parsed;
  }
}

function isPendingLogin(value: unknown): value is PendingLogin {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['state'] === 'string' &&
    typeof v['nonce'] === 'string' &&
    typeof v['codeVerifier'] === 'string' &&
    typeof v['returnTo'] === 'string' &&
    typeof v['expiresAt'] === 'number'
  );
}

/** One cookie's value from the Cookie header, if present. */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? null : value;
    }
  }
  return null;
}
