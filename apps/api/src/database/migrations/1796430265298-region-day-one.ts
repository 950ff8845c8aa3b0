import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A region on day one (issue 15): documents waiting "te koppelen" to a school (`school_match`), SWV settings
 * (`swv_setting`, e.g. publishing clean imports directly), where a school's kind came from (`kind_source`), and
 * the werkgebied sources `pdok`, `gemeente` and `geschat`.
 */
export class RegionDayOne1796430265298 implements MigrationInterface {
  name = 'RegionDayOne1796430265298';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_match (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        source_document_id uuid NOT NULL,
        file_name text NOT NULL,
        document jsonb NOT NULL,
        reason text NOT NULL,
        suggestions jsonb NOT NULL,
        imported_by text,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_by text,
        school_id uuid,
        sop_id uuid,
        CONSTRAINT school_match_pkey PRIMARY KEY (id),
        CONSTRAINT school_match_source_document_id_fkey FOREIGN KEY (source_document_id)
          REFERENCES source_document (id) ON DELETE CASCADE,
        CONSTRAINT school_match_school_id_fkey FOREIGN KEY (school_id) REFERENCES school (id) ON DELETE SET NULL,
        CONSTRAINT school_match_sop_id_fkey FOREIGN KEY (sop_id) REFERENCES sop (id) ON DELETE SET NULL
      )`);
    await q.query(
      `CREATE UNIQUE INDEX school_match_source_document_key ON school_match (source_document_id)`,
    );
    await q.query(`CREATE INDEX school_match_open_idx ON school_match (resolved_at, created_at)`);
    await q.query(`
      CREATE TABLE swv_setting (
        key text NOT NULL,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text,
        CONSTRAINT swv_setting_pkey PRIMARY KEY (key)
      )`);
    await q.query(`ALTER TABLE school ADD COLUMN kind_source text`);
    await q.query(
      `ALTER TABLE school ADD CONSTRAINT school_kind_source_check CHECK (kind_source IN ('duo', 'naam', 'manual', 'demo'))`,
    );
    await q.query(`UPDATE school SET kind_source = 'demo' WHERE is_demo`);
    await q.query(`ALTER TABLE school DROP CONSTRAINT school_werkgebied_source_check`);
    await q.query(
      `ALTER TABLE school ADD CONSTRAINT school_werkgebied_source_check
         CHECK (werkgebied_source IN ('pdok', 'gemeente', 'postcode', 'geschat', 'manual', 'demo'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `UPDATE school SET werkgebied_source = 'postcode' WHERE werkgebied_source IN ('pdok', 'gemeente', 'geschat')`,
    );
    await q.query(`ALTER TABLE school DROP CONSTRAINT school_werkgebied_source_check`);
    await q.query(
      `ALTER TABLE school ADD CONSTRAINT school_werkgebied_source_check CHECK (werkgebied_source IN ('postcode', 'manual', 'demo'))`,
    );
    await q.query(`ALTER TABLE school DROP CONSTRAINT school_kind_source_check`);
    await q.query(`ALTER TABLE school DROP COLUMN kind_source`);
    await q.query(`DROP TABLE swv_setting`);
    await q.query(`DROP TABLE school_match`);
  }
}
