import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The text lines of an imported source document, for reviewing import warnings beside the source. */
export class SourceDocumentText1795871500000 implements MigrationInterface {
  name = 'SourceDocumentText1795871500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE source_document_text (
        source_document_id uuid NOT NULL,
        lines text[] NOT NULL,
        CONSTRAINT source_document_text_pkey PRIMARY KEY (source_document_id),
        CONSTRAINT source_document_text_source_document_id_fkey FOREIGN KEY (source_document_id)
          REFERENCES source_document (id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE source_document_text`);
  }
}
