import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Where a school's coordinates come from (`school.location_source`): `pdok`, `geschat`, `manual` (a staff pin) or
 * `demo`; null exactly when the school has no coordinates. Until now "locatie bij benadering" was inferred from the
 * werkgebied's source, which said nothing about a pin staff dropped or a werkgebied chosen by hand.
 *
 * The backfill keeps the old inference (coordinates + werkgebied `postcode`/`geschat` → `geschat`; demo schools →
 * `demo`; every other point came from PDOK), with one correction the old columns could not express: a school whose
 * point is still the last pin staff dropped (`school.location-set` in the audit trail, same coordinates) is
 * `manual`, so it is no longer shown as an estimate. A lone latitude or longitude is no point (nothing draws or
 * measures from it, data health lists it as "no coordinates") and is cleared; `down` cannot bring it back.
 */
export class SchoolLocationSource1798200000000 implements MigrationInterface {
  name = 'SchoolLocationSource1798200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE school ADD COLUMN location_source text`);
    await q.query(
      `UPDATE school SET latitude = NULL, longitude = NULL WHERE (latitude IS NULL) <> (longitude IS NULL)`,
    );
    await q.query(`
      UPDATE school s SET location_source = 'manual'
      FROM (SELECT DISTINCT ON (school_id) school_id, new_value
            FROM audit_event
            WHERE action = 'school.location-set' AND school_id IS NOT NULL
            ORDER BY school_id, id DESC) pin
      WHERE pin.school_id = s.id
        AND s.latitude IS NOT NULL
        AND pin.new_value -> 'latitude' = to_jsonb(s.latitude)
        AND pin.new_value -> 'longitude' = to_jsonb(s.longitude)`);
    await q.query(`
      UPDATE school SET location_source = CASE
          WHEN werkgebied_source IN ('postcode', 'geschat') THEN 'geschat'
          WHEN is_demo THEN 'demo'
          ELSE 'pdok'
        END
      WHERE latitude IS NOT NULL AND location_source IS NULL`);
    await q.query(
      `ALTER TABLE school ADD CONSTRAINT school_location_source_check
         CHECK (location_source IN ('pdok', 'geschat', 'manual', 'demo'))`,
    );
    await q.query(
      `ALTER TABLE school ADD CONSTRAINT school_location_check
         CHECK ((latitude IS NULL AND longitude IS NULL AND location_source IS NULL)
                OR (latitude IS NOT NULL AND longitude IS NOT NULL AND location_source IS NOT NULL))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE school DROP CONSTRAINT school_location_check`);
    await q.query(`ALTER TABLE school DROP CONSTRAINT school_location_source_check`);
    await q.query(`ALTER TABLE school DROP COLUMN location_source`);
  }
}
