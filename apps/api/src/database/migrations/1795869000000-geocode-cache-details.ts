import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** The geocode cache keeps what a result shows (label, postcode, gemeente, wijk), not only the point. */
export class GeocodeCacheDetails1795869000000 implements MigrationInterface {
  name = 'GeocodeCacheDetails1795869000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE geocode_cache ADD COLUMN label text`);
    await q.query(`ALTER TABLE geocode_cache ADD COLUMN postcode text`);
    await q.query(`ALTER TABLE geocode_cache ADD COLUMN gemeente_code text`);
    await q.query(`ALTER TABLE geocode_cache ADD COLUMN wijk text`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const column of ['wijk', 'gemeente_code', 'postcode', 'label'])
      await q.query(`ALTER TABLE geocode_cache DROP COLUMN ${column}`);
  }
}
