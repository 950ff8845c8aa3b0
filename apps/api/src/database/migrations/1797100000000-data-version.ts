import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Tables whose rows the cached answers read (region overview, coverage, funding, compare shares, report, and the
 * public queries served with an ETag). Not here: accounts, sessions, login counters, audit trail, report jobs,
 * the geocoding cache and document texts (written by reads and logins, or shown to staff only).
 */
export const VERSIONED_TABLES = [
  'werkgebied',
  'school',
  'pupil_count',
  'source_document',
  'sop',
  'sop_hgw',
  'sop_expertise',
  'sop_partner',
  'sop_facility',
  'sop_extra_offer',
  'sop_warning',
  'funding_parameter',
  'school_match',
  'swv_setting',
] as const;

/**
 * The data version behind the aggregate cache (ADR 0002): one row in `data_version`, bumped by the database itself
 * in the committing transaction of every change to a versioned table, so no writer can forget it.
 *
 * A statement-level trigger on each versioned table notes the transaction once in `data_change_pending` (a
 * conflict-free insert keyed by its own transaction id); a deferred constraint trigger on that row runs at commit
 * and bumps the version. The bump's row lock is so taken last, just before commit: concurrent writers queue for
 * microseconds and never deadlock on it (a lock taken at the first write and held to the end would order them
 * against their other row locks).
 */
export class DataVersion1797100000000 implements MigrationInterface {
  name = 'DataVersion1797100000000';

  async up(q: QueryRunner): Promise<void> {
    // IF NOT EXISTS: a restored dump made before this migration leaves the table in place (see restore).
    await q.query(`
      CREATE TABLE IF NOT EXISTS data_version (
        id smallint NOT NULL DEFAULT 1,
        version bigint NOT NULL DEFAULT 1,
        changed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT data_version_pkey PRIMARY KEY (id),
        CONSTRAINT data_version_one_row CHECK (id = 1)
      )`);
    await q.query(`INSERT INTO data_version (id) VALUES (1) ON CONFLICT (id) DO NOTHING`);
    await q.query(`
      CREATE TABLE IF NOT EXISTS data_change_pending (
        xid xid8 NOT NULL,
        CONSTRAINT data_change_pending_pkey PRIMARY KEY (xid)
      )`);
    // SECURITY DEFINER: edits run as sop_atlas_app (SET LOCAL ROLE), which may only read these two tables.
    await q.query(`
      CREATE OR REPLACE FUNCTION data_change_noted() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        INSERT INTO data_change_pending (xid) VALUES (pg_current_xact_id()) ON CONFLICT (xid) DO NOTHING;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION data_version_bump() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1;
        DELETE FROM data_change_pending WHERE xid = NEW.xid;
        RETURN NULL;
      END $$`);
    await q.query(`DROP TRIGGER IF EXISTS data_version_bump ON data_change_pending`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT ON data_change_pending
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_version_bump()`);
    for (const table of VERSIONED_TABLES) {
      await q.query(`DROP TRIGGER IF EXISTS ${table}_data_change ON ${table}`);
      await q.query(`
        CREATE TRIGGER ${table}_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION data_change_noted()`);
    }
    await q.query(`GRANT SELECT ON data_version TO sop_atlas_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES)
      await q.query(`DROP TRIGGER IF EXISTS ${table}_data_change ON ${table}`);
    await q.query(`DROP TABLE data_change_pending`);
    await q.query(`DROP TABLE data_version`);
    await q.query(`DROP FUNCTION data_change_noted()`);
    await q.query(`DROP FUNCTION data_version_bump()`);
  }
}
