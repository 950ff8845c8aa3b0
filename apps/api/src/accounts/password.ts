import { hash, verify } from '@node-rs/argon2';

/** argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane). `Algorithm.Argon2id` is 2 (a const enum). */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

const ALGORITHMS: Record<string, 0 | 1 | 2> = { argon2d: 0, argon2i: 1, argon2id: 2 };
/** `$argon2id$v=19$m=19456,t=2,p=1$<salt>`: a stored PHC string without its hash. */
const SALT_PREFIX = /^\$(argon2id|argon2i|argon2d)\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)$/;

/**
 * The hash `password` would have with the stored salt and parameters (`sop_atlas_password_salt`), for the database
 * to compare with the stored hash: the app's role never reads a password hash. Null when the prefix is not one of
 * ours (the attempt then fails like a wrong password, at the same cost).
 */
export async function candidateHash(saltPrefix: string, password: string): Promise<string | null> {
  const match = SALT_PREFIX.exec(saltPrefix);
  if (!match) {
    await hashPassword(password);
    return null;
  }
  const [, algorithm, m, t, p, salt] = match;
  return hash(password, {
    algorithm: ALGORITHMS[algorithm ?? 'argon2id'] ?? 2,
    memoryCost: Number(m),
    timeCost: Number(t),
    parallelism: Number(p),
    salt: Buffer.from(salt ?? '', 'base64'),
  });
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash of nothing anyone knows: verifying against it costs the same as a real check (no user enumeration). */
let decoy: Promise<string> | null = null;

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoy ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
