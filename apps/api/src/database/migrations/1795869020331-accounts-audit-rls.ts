import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** SOP tables guarded by row-level security for edits (reads stay open). */
const SOP_ROW_TABLES = [
  'sop_hgw',
  'sop_expertise',
  'sop_partner',
  'sop_facility',
  'sop_extra_offer',
  'sop_warning',
] as const;

/**
 * Accounts (local login, sessions, linked schools), the append-only audit trail, and the second wall behind the
 * API's access rules: a `sop_atlas_app` role (NOLOGIN; edit transactions switch to it with `SET LOCAL ROLE`) that
 * owns nothing, and row-level security on `sop` and its row tables keyed on the per-transaction settings
 * `sop_atlas.user_id` and `sop_atlas.roles`. Runs as the owner of the tables (which bypasses RLS).
 */
export class AccountsAuditRls1795869020331 implements MigrationInterface {
  name = 'AccountsAuditRls1795869020331';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE user_account (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text,
        roles text[] NOT NULL DEFAULT '{}',
        failed_login_count integer NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        disabled_at timestamptz,
        CONSTRAINT user_account_pkey PRIMARY KEY (id),
        CONSTRAINT user_account_email_key UNIQUE (email),
        CONSTRAINT user_account_email_check CHECK (email = lower(email)),
        CONSTRAINT user_account_roles_check CHECK (roles <@ ARRAY['school-editor', 'swv-staff', 'admin']::text[])
      )`);
    await q.query(`
      CREATE TABLE user_account_school (
        user_id uuid NOT NULL,
        school_id uuid NOT NULL,
        CONSTRAINT user_account_school_pkey PRIMARY KEY (user_id, school_id),
        CONSTRAINT user_account_school_user_id_fkey FOREIGN KEY (user_id) REFERENCES user_account (id)
          ON DELETE CASCADE,
        CONSTRAINT user_account_school_school_id_fkey FOREIGN KEY (school_id) REFERENCES school (id)
          ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX user_account_school_school_idx ON user_account_school (school_id)`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        token_hash text NOT NULL,
        user_id uuid NOT NULL,
        provider text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT user_session_pkey PRIMARY KEY (id),
        CONSTRAINT user_session_token_hash_key UNIQUE (token_hash),
        CONSTRAINT user_session_user_id_fkey FOREIGN KEY (user_id) REFERENCES user_account (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX user_session_user_idx ON user_session (user_id)`);
    await q.query(`
      CREATE TABLE audit_event (
        id BIGSERIAL NOT NULL,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor text NOT NULL,
        action text NOT NULL,
        school_id uuid,
        sop_id uuid,
        path text,
        old_value jsonb,
        new_value jsonb,
        reason text,
        CONSTRAINT audit_event_pkey PRIMARY KEY (id)
      )`);
    await q.query(`CREATE INDEX audit_event_school_idx ON audit_event (school_id, id)`);

    // Append-only, for every role including the owner (TRUNCATE too).
    await q.query(`
      CREATE FUNCTION sop_atlas_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION sop_atlas_audit_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION sop_atlas_audit_append_only()`);

    // New SOP versions and status changes made in a transaction that names its actor (API and CLI edits; bulk
    // loaders and seeds run without an actor and are not audited row by row).
    await q.query(`
      CREATE FUNCTION sop_atlas_audit_sop() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        actor text := nullif(current_setting('sop_atlas.actor', true), '');
        actor_id uuid := nullif(current_setting('sop_atlas.user_id', true), '')::uuid;
        why text := nullif(current_setting('sop_atlas.reason', true), '');
      BEGIN
        IF actor IS NULL THEN
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
          INSERT INTO audit_event (actor_id, actor, action, school_id, sop_id, path, new_value, reason)
          VALUES (actor_id, actor, 'sop.version-created', NEW.school_id, NEW.id, NULL,
                  jsonb_build_object('schoolYear', NEW.school_year, 'status', NEW.status, 'version', NEW.version),
                  why);
        ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
          INSERT INTO audit_event (actor_id, actor, action, school_id, sop_id, path, old_value, new_value, reason)
          VALUES (actor_id, actor, 'sop.status-changed', NEW.school_id, NEW.id, 'status',
                  to_jsonb(OLD.status), to_jsonb(NEW.status), why);
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER sop_audit AFTER INSERT OR UPDATE ON sop
        FOR EACH ROW EXECUTE FUNCTION sop_atlas_audit_sop()`);

    // The application role: owns nothing, so row-level security applies to it.
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sop_atlas_app') THEN
          CREATE ROLE sop_atlas_app NOLOGIN;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- created meanwhile by a migration of another database in this cluster
      END $$`);
    // A non-superuser owner needs membership to `SET ROLE sop_atlas_app` (a superuser has it implicitly).
    await q.query(`
      DO $$
      BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT sop_atlas_app TO %I', current_user);
        END IF;
      END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO sop_atlas_app`);
    await q.query(`GRANT SELECT ON ALL TABLES IN SCHEMA public TO sop_atlas_app`);
    await q.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sop_atlas_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO sop_atlas_app`);
    await q.query(`GRANT INSERT, UPDATE, DELETE ON sop, ${SOP_ROW_TABLES.join(', ')} TO sop_atlas_app`);
    await q.query(`GRANT INSERT, UPDATE ON source_document TO sop_atlas_app`);
    await q.query(`
      DO $$
      BEGIN
        IF to_regclass('source_document_text') IS NOT NULL THEN
          GRANT INSERT, UPDATE ON source_document_text TO sop_atlas_app;
        END IF;
      END $$`);
    await q.query(`GRANT INSERT ON audit_event TO sop_atlas_app`);

    await q.query(`
      CREATE FUNCTION sop_atlas_has_role(wanted text) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT wanted = ANY (string_to_array(coalesce(current_setting('sop_atlas.roles', true), ''), ','))
      $$`);
    await q.query(`
      CREATE FUNCTION sop_atlas_may_edit_school(target uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT sop_atlas_has_role('swv-staff')
          OR (sop_atlas_has_role('school-editor') AND EXISTS (
                SELECT 1 FROM user_account_school l
                WHERE l.school_id = target
                  AND l.user_id = nullif(current_setting('sop_atlas.user_id', true), '')::uuid))
      $$`);
    await q.query(`
      CREATE FUNCTION sop_atlas_may_edit_sop(target uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
        SELECT EXISTS (
          SELECT 1 FROM sop s
          WHERE s.id = target AND sop_atlas_may_edit_school(s.school_id)
            AND (s.status IN ('draft', 'in-review') OR sop_atlas_has_role('swv-staff')))
      $$`);

    await q.query(`ALTER TABLE sop ENABLE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY sop_read ON sop FOR SELECT USING (true)`);
    // Editors write drafts of their own schools; only staff publish or touch published/archived versions.
    const editable = `sop_atlas_may_edit_school(school_id)
      AND (status IN ('draft', 'in-review') OR sop_atlas_has_role('swv-staff'))`;
    await q.query(`CREATE POLICY sop_insert ON sop FOR INSERT WITH CHECK (${editable})`);
    await q.query(`
      CREATE POLICY sop_update ON sop FOR UPDATE USING (${editable})
        WITH CHECK (sop_atlas_may_edit_school(school_id)
          AND (status IN ('draft', 'in-review', 'archived') OR sop_atlas_has_role('swv-staff')))`);
    await q.query(`CREATE POLICY sop_delete ON sop FOR DELETE USING (${editable})`);
    for (const table of SOP_ROW_TABLES) {
      await q.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT USING (true)`);
      await q.query(
        `CREATE POLICY ${table}_insert ON ${table} FOR INSERT WITH CHECK (sop_atlas_may_edit_sop(sop_id))`,
      );
      await q.query(`
        CREATE POLICY ${table}_update ON ${table} FOR UPDATE
          USING (sop_atlas_may_edit_sop(sop_id)) WITH CHECK (sop_atlas_may_edit_sop(sop_id))`);
      await q.query(
        `CREATE POLICY ${table}_delete ON ${table} FOR DELETE USING (sop_atlas_may_edit_sop(sop_id))`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of SOP_ROW_TABLES) {
      for (const op of ['read', 'insert', 'update', 'delete']) {
        await q.query(`DROP POLICY ${table}_${op} ON ${table}`);
      }
      await q.query(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY`);
    }
    for (const op of ['read', 'insert', 'update', 'delete']) await q.query(`DROP POLICY sop_${op} ON sop`);
    await q.query(`ALTER TABLE sop DISABLE ROW LEVEL SECURITY`);
    await q.query(`DROP FUNCTION sop_atlas_may_edit_sop(uuid)`);
    await q.query(`DROP FUNCTION sop_atlas_may_edit_school(uuid)`);
    await q.query(`DROP FUNCTION sop_atlas_has_role(text)`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM sop_atlas_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM sop_atlas_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM sop_atlas_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM sop_atlas_app`);
    await q.query(`DROP TRIGGER sop_audit ON sop`);
    await q.query(`DROP FUNCTION sop_atlas_audit_sop()`);
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION sop_atlas_audit_append_only()`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE user_account_school`);
    await q.query(`DROP TABLE user_account`);
  }
}
