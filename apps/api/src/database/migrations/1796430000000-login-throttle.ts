import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Login attempt counters shared by every API process (per client address; the per-account count stays on
 * `user_account`). A fixed window per key, reserved before the password is checked, in one statement.
 */
export class LoginThrottle1796430000000 implements MigrationInterface {
  name = 'LoginThrottle1796430000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key text NOT NULL,
        window_started_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        CONSTRAINT login_throttle_pkey PRIMARY KEY (key)
      )`);
    await q.query(`CREATE INDEX login_throttle_window_idx ON login_throttle (window_started_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
  }
}
