import { type DataSource, type EntityManager } from 'typeorm';

/**
 * Login attempts per key (a client address) in PostgreSQL, shared by every API process and kept across restarts.
 * `reserve` counts an attempt and answers whether it is within the limit in ONE statement (the row lock of
 * INSERT … ON CONFLICT DO UPDATE serialises concurrent attempts), BEFORE the password is checked: twenty parallel
 * requests cannot all pass a check made before any of them failed. A successful login gives its attempt back.
 */
export class LoginLimiter {
  constructor(
    readonly maxAttempts: number,
    readonly windowMs: number,
  ) {}

  /** Counts one attempt for `key`; false when it is over the limit of the current window. */
  async reserve(db: DataSource | EntityManager, key: string): Promise<boolean> {
    const [row] = await db.query<{ attempts: number }[]>(
      `INSERT INTO login_throttle AS t (key, window_started_at, attempts) VALUES ($1, now(), 1)
       ON CONFLICT (key) DO UPDATE SET
         window_started_at = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2)
                                  THEN now() ELSE t.window_started_at END,
         attempts = CASE WHEN t.window_started_at <= now() - make_interval(secs => $2)
                         THEN 1 ELSE t.attempts + 1 END
       RETURNING attempts`,
      [key, this.windowMs / 1000],
    );
    if (Math.random() < 0.01) await this.prune(db);
    return (row?.attempts ?? Number.POSITIVE_INFINITY) <= this.maxAttempts;
  }

  /** Gives back the attempt of a successful login (only failures count). */
  async refund(db: DataSource | EntityManager, key: string): Promise<void> {
    await db.query(`UPDATE login_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE key = $1`, [key]);
  }

  private async prune(db: DataSource | EntityManager): Promise<void> {
    await db.query(`DELETE FROM login_throttle WHERE window_started_at < now() - make_interval(secs => $1)`, [
      this.windowMs / 1000,
    ]);
  }
}
