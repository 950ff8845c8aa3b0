import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Tables whose rows the runtime role writes freely (besides the RLS-guarded SOP and account tables). */
const RUNTIME_WRITE_EXCLUDED = [
  'user_account',
  'user_account_school',
  'user_session',
  'audit_event',
  'migrations',
];

/**
 * The database as a wall behind the API (docs/adr/0002-database-roles-as-a-wall.md). The app runs as `sop_atlas_app` (every runtime connection
 * starts with `role=sop_atlas_app`; in production it logs in as a role that is a member of it, see `db-roles`):
 * it owns nothing (no DDL, cannot drop the audit trigger), may not read password hashes, and cannot give itself
 * roles: the row-level-security policies take the caller from `sop_atlas.credential` — the raw session token (or
 * the service token) — resolved by `sop_atlas_caller()` (SECURITY DEFINER) against `user_session` /
 * `sop_atlas_private.service_credential`, not from a setting the app could forge. Sessions are only opened by
 * `sop_atlas_open_session`, which consumes a login grant that only `sop_atlas_check_password` (password compared
 * inside the database: the app sends a candidate hash made with the stored salt) or, when the owner switched
 * OpenID Connect on, `sop_atlas_oidc_login` issues. Runs as the owner.
 */
export class RuntimeRoleWall1797600000000 implements MigrationInterface {
  name = 'RuntimeRoleWall1797600000000';

  async up(q: QueryRunner): Promise<void> {
    // Owner-only state: the service credential's hash, switches and pending login grants.
    await q.query(`CREATE SCHEMA sop_atlas_private`);
    await q.query(`REVOKE ALL ON SCHEMA sop_atlas_private FROM PUBLIC`);
    await q.query(`
      CREATE TABLE sop_atlas_private.service_credential (
        name text PRIMARY KEY,
        token_hash text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE sop_atlas_private.switch (
        name text PRIMARY KEY,
        enabled boolean NOT NULL
      )`);
    await q.query(`
      CREATE TABLE sop_atlas_private.login_grant (
        id bigserial PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
        provider text NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);

    // Runtime privileges: read everything but password hashes; write the app's tables; the account tables only
    // under RLS (admin), sessions only through the functions below, the audit trail only by appending.
    for (const table of ['user_account', 'user_account_school', 'user_session']) {
      await q.query(`REVOKE ALL ON ${table} FROM sop_atlas_app`);
    }
    await q.query(`
      DO $$
      DECLARE cols text;
      BEGIN
        SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) INTO cols
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = 'user_account' AND column_name <> 'password_hash';
        EXECUTE format('GRANT SELECT (%s) ON user_account TO sop_atlas_app', cols);
      END $$`);
    await q.query(`GRANT INSERT, UPDATE, DELETE ON user_account TO sop_atlas_app`);
    await q.query(`GRANT SELECT, INSERT, DELETE ON user_account_school TO sop_atlas_app`);
    await q.query(`GRANT SELECT, DELETE, UPDATE (last_seen_at) ON user_session TO sop_atlas_app`);
    await q.query(
      `
      DO $$
      DECLARE t text;
      BEGIN
        FOR t IN SELECT tablename FROM pg_tables
                 WHERE schemaname = 'public' AND tablename <> ALL ($1)
        LOOP
          EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO sop_atlas_app', t);
        END LOOP;
      END $$`.replace('$1', `ARRAY[${RUNTIME_WRITE_EXCLUDED.map((t) => `'${t}'`).join(', ')}]`),
    );
    // Tables of later migrations (run by the same owner) are the app's to write unless a migration says otherwise.
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO sop_atlas_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO sop_atlas_app`);

    // Who is calling: the account of a live session, or the service credential; nobody without a credential.
    await q.query(`
      CREATE FUNCTION sop_atlas_caller(OUT user_id uuid, OUT roles text[])
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        WITH given AS (
          SELECT encode(sha256(convert_to(current_setting('sop_atlas.credential', true), 'UTF8')), 'hex') AS hash
          WHERE coalesce(current_setting('sop_atlas.credential', true), '') <> ''
        )
        SELECT a.id, a.roles FROM given
          JOIN user_session s ON s.token_hash = given.hash AND s.expires_at > now()
          JOIN user_account a ON a.id = s.user_id AND a.disabled_at IS NULL
        UNION ALL
        SELECT NULL::uuid, ARRAY['swv-staff', 'admin'] FROM given
          JOIN sop_atlas_private.service_credential c ON c.token_hash = given.hash
        LIMIT 1
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION sop_atlas_has_role(wanted text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT coalesce(wanted = ANY ((sop_atlas_caller()).roles), false)
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION sop_atlas_may_edit_school(target uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT sop_atlas_has_role('swv-staff')
          OR (sop_atlas_has_role('school-editor') AND EXISTS (
                SELECT 1 FROM user_account_school l
                WHERE l.school_id = target AND l.user_id = (sop_atlas_caller()).user_id))
      $$`);

    // Accounts and their schools change only for an admin caller (roles, links, disabling, unlocking).
    for (const table of ['user_account', 'user_account_school']) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (true)`);
      await q.query(
        `CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (sop_atlas_has_role('admin'))`,
      );
      await q.query(
        `CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (sop_atlas_has_role('admin'))`,
      );
    }
    await q.query(`
      CREATE POLICY user_account_update ON user_account FOR UPDATE
        USING (sop_atlas_has_role('admin')) WITH CHECK (sop_atlas_has_role('admin'))`);

    // Login without the hash leaving the database: the salt and parameters of the stored PHC string (a decoy for
    // an unknown account), then a compare of the app's candidate hash, counting failures like before.
    await q.query(`
      CREATE FUNCTION sop_atlas_password_salt(p_email text) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        SELECT coalesce(
          (SELECT regexp_replace(password_hash, '\\$[^$]*$', '') FROM user_account
           WHERE email = p_email AND password_hash LIKE '$argon2%'),
          '$argon2id$v=19$m=19456,t=2,p=1$' ||
            rtrim(encode(substr(sha256(convert_to('decoy:' || p_email, 'UTF8')), 1, 16), 'base64'), '='))
      $$`);
    await q.query(`
      CREATE FUNCTION sop_atlas_check_password(p_email text, p_candidate text, p_lock_after int, p_lock_minutes int,
                                               OUT outcome text, OUT user_id uuid)
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        account record;
        failed int;
      BEGIN
        SELECT a.id, a.password_hash, a.disabled_at INTO account FROM user_account a WHERE a.email = p_email;
        IF NOT FOUND THEN outcome := 'unknown-account'; RETURN; END IF;
        user_id := account.id;
        IF account.disabled_at IS NOT NULL THEN outcome := 'disabled'; RETURN; END IF;
        -- Reserve the attempt under the row lock: parallel attempts queue, the p_lock_after-th locks the account.
        UPDATE user_account a
        SET failed_login_count = (CASE WHEN a.locked_until <= now() THEN 0 ELSE a.failed_login_count END) + 1,
            locked_until = CASE
              WHEN (CASE WHEN a.locked_until <= now() THEN 0 ELSE a.failed_login_count END) + 1 >= p_lock_after
              THEN now() + make_interval(mins => p_lock_minutes) END
        WHERE a.id = account.id AND (a.locked_until IS NULL OR a.locked_until <= now())
        RETURNING a.failed_login_count INTO failed;
        IF NOT FOUND THEN outcome := 'locked'; RETURN; END IF;
        IF account.password_hash IS NULL OR p_candidate IS NULL OR account.password_hash <> p_candidate THEN
          outcome := 'wrong-password'; RETURN;
        END IF;
        UPDATE user_account a SET failed_login_count = 0, locked_until = NULL WHERE a.id = account.id;
        INSERT INTO sop_atlas_private.login_grant (user_id, provider) VALUES (account.id, 'local');
        outcome := 'ok';
      END $$`);
    // OpenID Connect: the provider's token is verified by the app, so this path trusts the app; it is open only
    // when the owner switched it on (the app's boot does so when OIDC is configured, see owner-tasks.ts).
    await q.query(`
      CREATE FUNCTION sop_atlas_oidc_login(p_user_id uuid, p_issuer text, p_subject text) RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        IF NOT coalesce((SELECT enabled FROM sop_atlas_private.switch WHERE name = 'oidc'), false) THEN
          RAISE EXCEPTION 'OpenID Connect-aanmelding staat uit' USING ERRCODE = 'insufficient_privilege';
        END IF;
        UPDATE user_account SET oidc_issuer = p_issuer, oidc_subject = p_subject
        WHERE id = p_user_id AND oidc_subject IS NULL;
        IF NOT EXISTS (SELECT 1 FROM user_account WHERE id = p_user_id AND disabled_at IS NULL
                         AND oidc_issuer = p_issuer AND oidc_subject = p_subject) THEN
          RAISE EXCEPTION 'account niet gekoppeld aan dit OIDC-subject' USING ERRCODE = 'insufficient_privilege';
        END IF;
        INSERT INTO sop_atlas_private.login_grant (user_id, provider) VALUES (p_user_id, 'oidc');
      END $$`);
    // A session needs a fresh grant of that account (one per login); the cap of sessions per account holds under
    // the account's row lock.
    await q.query(`
      CREATE FUNCTION sop_atlas_open_session(p_user_id uuid, p_token_hash text, p_provider text,
                                             p_expires_at timestamptz, p_max_sessions int) RETURNS void
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM 1 FROM user_account WHERE id = p_user_id FOR UPDATE;
        DELETE FROM sop_atlas_private.login_grant WHERE granted_at < clock_timestamp() - interval '5 minutes';
        DELETE FROM sop_atlas_private.login_grant
        WHERE id = (SELECT g.id FROM sop_atlas_private.login_grant g
                    WHERE g.user_id = p_user_id AND g.provider = p_provider ORDER BY g.id LIMIT 1);
        IF NOT FOUND THEN
          RAISE EXCEPTION 'geen geldige aanmelding voor deze sessie' USING ERRCODE = 'insufficient_privilege';
        END IF;
        DELETE FROM user_session WHERE user_id = p_user_id AND expires_at <= now();
        INSERT INTO user_session (token_hash, user_id, provider, expires_at, created_at)
        VALUES (p_token_hash, p_user_id, p_provider, p_expires_at, clock_timestamp());
        DELETE FROM user_session WHERE user_id = p_user_id AND id NOT IN (
          SELECT id FROM user_session WHERE user_id = p_user_id
          ORDER BY created_at DESC, id DESC LIMIT p_max_sessions);
      END $$`);
    // Row lock of an SOP before an edit is checked (a lock only: FOR UPDATE under RLS would hide the rows the
    // caller may not write, and the API reports those as forbidden, not missing).
    await q.query(`
      CREATE FUNCTION sop_atlas_lock_sop(target uuid) RETURNS boolean
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM 1 FROM sop WHERE id = target FOR UPDATE;
        RETURN FOUND;
      END $$`);
    for (const fn of [
      'sop_atlas_lock_sop(uuid)',
      'sop_atlas_caller()',
      'sop_atlas_password_salt(text)',
      'sop_atlas_check_password(text, text, int, int)',
      'sop_atlas_oidc_login(uuid, text, text)',
      'sop_atlas_open_session(uuid, text, text, timestamptz, int)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO sop_atlas_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION sop_atlas_lock_sop(uuid)`);
    await q.query(`DROP FUNCTION sop_atlas_open_session(uuid, text, text, timestamptz, int)`);
    await q.query(`DROP FUNCTION sop_atlas_oidc_login(uuid, text, text)`);
    await q.query(`DROP FUNCTION sop_atlas_check_password(text, text, int, int)`);
    await q.query(`DROP FUNCTION sop_atlas_password_salt(text)`);
    await q.query(`DROP POLICY user_account_update ON user_account`);
    for (const table of ['user_account', 'user_account_school']) {
      for (const op of ['read', 'insert', 'delete']) await q.query(`DROP POLICY ${table}_${op} ON ${table}`);
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    await q.query(`
      CREATE OR REPLACE FUNCTION sop_atlas_has_role(wanted text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT wanted = ANY (string_to_array(coalesce(current_setting('sop_atlas.roles', true), ''), ','))
      $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION sop_atlas_may_edit_school(target uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT sop_atlas_has_role('swv-staff')
          OR (sop_atlas_has_role('school-editor') AND EXISTS (
                SELECT 1 FROM user_account_school l
                WHERE l.school_id = target
                  AND l.user_id = nullif(current_setting('sop_atlas.user_id', true), '')::uuid))
      $$`);
    await q.query(`DROP FUNCTION sop_atlas_caller()`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE INSERT, UPDATE, DELETE ON TABLES FROM sop_atlas_app`,
    );
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE ON SEQUENCES FROM sop_atlas_app`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM sop_atlas_app`);
    await q.query(`REVOKE ALL ON user_account, user_account_school, user_session FROM sop_atlas_app`);
    await q.query(`GRANT SELECT ON user_account, user_account_school, user_session TO sop_atlas_app`);
    await q.query(`GRANT INSERT, UPDATE, DELETE ON sop, sop_hgw, sop_expertise, sop_partner, sop_facility,
      sop_extra_offer, sop_warning TO sop_atlas_app`);
    await q.query(`GRANT INSERT, UPDATE ON source_document, source_document_text TO sop_atlas_app`);
    await q.query(`GRANT INSERT ON audit_event TO sop_atlas_app`);
    await q.query(`DROP SCHEMA sop_atlas_private CASCADE`);
  }
}
