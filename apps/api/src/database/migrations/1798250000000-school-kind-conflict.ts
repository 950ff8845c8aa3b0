import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * What DUO files said about a school's kind (BAO / SBO / SO), and kinds in doubt (ADR 0008). `school_kind_evidence`:
 * one row per school and DUO file that gives a kind, with the file's reference date (peildatum; null for a register,
 * which has none), so an import can tell whether it brings newer data than the stored kind's. `school_kind_conflict`:
 * a school whose files (or staff and a file) disagree, with the candidates, open until staff choose a kind.
 */
export class SchoolKindConflict1798250000000 implements MigrationInterface {
  name = 'SchoolKindConflict1798250000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_kind_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        school_id uuid NOT NULL REFERENCES school (id) ON DELETE CASCADE,
        kind text NOT NULL CONSTRAINT school_kind_evidence_kind_check CHECK (kind IN ('BAO', 'SBO', 'SO')),
        source_document_id uuid REFERENCES source_document (id) ON DELETE SET NULL,
        file_name text NOT NULL,
        file_kind text NOT NULL CONSTRAINT school_kind_evidence_file_kind_check CHECK (file_kind IN ('register', 'pupils')),
        reference_date date,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX school_kind_evidence_school_document ON school_kind_evidence (school_id, source_document_id)`,
    );
    await q.query(`
      CREATE TABLE school_kind_conflict (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        school_id uuid NOT NULL REFERENCES school (id) ON DELETE CASCADE,
        candidates jsonb NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        resolved_kind text CONSTRAINT school_kind_conflict_resolved_kind_check CHECK (resolved_kind IN ('BAO', 'SBO', 'SO')),
        resolved_by text,
        CONSTRAINT school_kind_conflict_resolution_check CHECK ((resolved_at IS NULL) = (resolved_kind IS NULL))
      )`);
    // At most one open conflict per school; the list of open ones is read by this index.
    await q.query(
      `CREATE UNIQUE INDEX school_kind_conflict_open ON school_kind_conflict (school_id) WHERE resolved_at IS NULL`,
    );
    // The region overview's data health counts open conflicts: a change must bump the data version (cache).
    await q.query(`
      CREATE TRIGGER school_kind_conflict_data_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON school_kind_conflict
      FOR EACH STATEMENT EXECUTE FUNCTION data_change_noted()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE school_kind_conflict`);
    await q.query(`DROP TABLE school_kind_evidence`);
  }
}
