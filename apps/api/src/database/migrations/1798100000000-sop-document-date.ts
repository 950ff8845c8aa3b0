import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The SOP document's own date (e.g. the board's adoption), as the importer reads it, beside the day it was
 * published in SOP Atlas: shown on the profile and used for staleness. Documents stored before carry it in `document`
 * only when they were read with it; copied from there.
 */
export class SopDocumentDate1798100000000 implements MigrationInterface {
  name = 'SopDocumentDate1798100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sop ADD COLUMN document_date date, ADD COLUMN document_date_kind text`);
    await q.query(
      `ALTER TABLE sop ADD CONSTRAINT sop_document_date_kind_check
         CHECK (document_date_kind IN ('adopted', 'mrAdvice', 'drafted'))`,
    );
    await q.query(`
      UPDATE sop SET document_date = (document->>'documentDate')::date, document_date_kind = document->>'documentDateKind'
      WHERE document->>'documentDate' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
        AND document->>'documentDateKind' IN ('adopted', 'mrAdvice', 'drafted')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE sop DROP CONSTRAINT sop_document_date_kind_check`);
    await q.query(`ALTER TABLE sop DROP COLUMN document_date_kind, DROP COLUMN document_date`);
  }
}
