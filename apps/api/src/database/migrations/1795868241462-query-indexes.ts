import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes for the find, compare and region-overview queries (issue 5): filters on demo flag and denomination,
 * keyset paging by name, full-text search over school name and place (Dutch), and the SOP row tables looked up
 * by catalog code within a set of SOPs.
 */
export class QueryIndexes1795868241462 implements MigrationInterface {
  name = 'QueryIndexes1795868241462';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX school_is_demo_idx ON school (is_demo)`);
    await q.query(`CREATE INDEX school_denomination_idx ON school (denomination)`);
    await q.query(`CREATE INDEX school_name_id_idx ON school (name, id)`);
    await q.query(
      `CREATE INDEX school_text_search_idx ON school
         USING gin (to_tsvector('dutch'::regconfig, name || ' ' || coalesce(place, '')))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'school_text_search_idx',
      'school_name_id_idx',
      'school_denomination_idx',
      'school_is_demo_idx',
    ]) {
      await q.query(`DROP INDEX ${index}`);
    }
  }
}
