/**
 * The migration that records where a school's coordinates come from (`school.location_source`), on a real
 * PostgreSQL: its backfill gives the same "locatie bij benadering" as the old inference from the werkgebied's source
 * for every school, except a point that is still the pin staff dropped (now `manual`); `down` removes the column
 * and its checks and leaves the coordinates; `up` runs again.
 */
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { SchoolLocationSource1798200000000 } from '../src/database/migrations/1798200000000-school-location-source';
import { createTestDatabase, type TestDatabase } from './test-database';

interface Before {
  name: string;
  werkgebied: string | null;
  latitude: number | null;
  longitude: number | null;
  demo?: boolean;
  /** The point of a `school.location-set` audit event (a pin staff dropped). */
  pin?: [number, number];
}

/** Each school before the migration, and the source the backfill must give it. */
const CASES: [Before, string | null][] = [
  [{ name: 'werkgebied geschat', werkgebied: 'geschat', latitude: 52.05, longitude: 4.27 }, 'geschat'],
  [{ name: 'werkgebied postcode', werkgebied: 'postcode', latitude: 52.06, longitude: 4.28 }, 'geschat'],
  [{ name: 'werkgebied pdok', werkgebied: 'pdok', latitude: 52.07, longitude: 4.29 }, 'pdok'],
  [{ name: 'werkgebied gemeente', werkgebied: 'gemeente', latitude: 52.03, longitude: 4.32 }, 'pdok'],
  [{ name: 'werkgebied manual', werkgebied: 'manual', latitude: 52.08, longitude: 4.3 }, 'pdok'],
  [{ name: 'zonder werkgebied', werkgebied: null, latitude: 52.09, longitude: 4.31 }, 'pdok'],
  [{ name: 'demo', werkgebied: 'demo', latitude: 52.1, longitude: 4.33, demo: true }, 'demo'],
  [{ name: 'demo zonder werkgebied', werkgebied: null, latitude: 52.1, longitude: 4.34, demo: true }, 'demo'],
  [{ name: 'geschat zonder punt', werkgebied: 'geschat', latitude: null, longitude: null }, null],
  [
    {
      name: 'speld van het SWV',
      werkgebied: 'geschat',
      latitude: 52.040123,
      longitude: 4.320988,
      pin: [52.040123, 4.320988],
    },
    'manual',
  ],
  [
    {
      name: 'speld later vervangen',
      werkgebied: 'geschat',
      latitude: 52.045,
      longitude: 4.31,
      pin: [52.04, 4.3],
    },
    'geschat',
  ],
  [{ name: 'alleen breedtegraad', werkgebied: 'manual', latitude: 52.05, longitude: null }, null],
];

/** The inference of `locationApproximate` before this migration (`school.mapper.ts`). */
const OLD_APPROXIMATE = `latitude IS NOT NULL AND werkgebied_source IN ('postcode', 'geschat')`;

describe('migration: where a school’s coordinates come from', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const mine = MIGRATIONS.indexOf(SchoolLocationSource1798200000000);

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    dataSource = new DataSource({
      ...dataSourceOptions(database.url, { poolSize: 2 }),
      migrations: MIGRATIONS.slice(0, mine + 1),
    });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('backfills the old inference ("bij benadering" stays where it was), a standing staff pin as manual; down and up again', async () => {
    expect(mine).toBeGreaterThan(0);
    // Every migration before this one.
    const before = new DataSource({
      ...dataSourceOptions(database.url, { poolSize: 1 }),
      migrations: MIGRATIONS.slice(0, mine),
    });
    await before.initialize();
    await before.runMigrations({ transaction: 'each' });
    const ids = new Map<string, string>();
    for (const [school] of CASES) {
      const [row] = await before.query<{ id: string }[]>(
        `INSERT INTO school (name, kind, werkgebied_code, werkgebied_source, latitude, longitude, is_demo)
         VALUES ($1, 'BAO', $2, $3, $4, $5, $6) RETURNING id`,
        [
          school.name,
          school.werkgebied === null ? null : 'escamp',
          school.werkgebied,
          school.latitude,
          school.longitude,
          school.demo ?? false,
        ],
      );
      ids.set(school.name, row?.id ?? '');
      if (school.pin)
        await before.query(
          `INSERT INTO audit_event (actor, action, school_id, path, new_value)
           VALUES ('staf@example.nl', 'school.location-set', $1, 'location', $2::jsonb)`,
          [row?.id, JSON.stringify({ latitude: school.pin[0], longitude: school.pin[1] })],
        );
    }
    const approximateBefore = new Map(
      (
        await before.query<{ id: string; approximate: boolean }[]>(
          `SELECT id, coalesce(${OLD_APPROXIMATE}, false) AS approximate FROM school`,
        )
      ).map((r) => [r.id, r.approximate]),
    );
    await before.destroy();

    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(1);
    const after = await dataSource.query<
      {
        id: string;
        name: string;
        location_source: string | null;
        latitude: number | null;
        longitude: number | null;
      }[]
    >(`SELECT id, name, location_source, latitude, longitude FROM school`);
    const byName = new Map(after.map((r) => [r.name, r]));
    expect(
      Object.fromEntries(CASES.map(([s]) => [s.name, byName.get(s.name)?.location_source ?? null])),
    ).toEqual(Object.fromEntries(CASES.map(([s, source]) => [s.name, source])));
    // "Bij benadering" before and after: the same for every school but the one still at staff's pin.
    const changed = after
      .filter((r) => (r.location_source === 'geschat') !== approximateBefore.get(r.id))
      .map((r) => r.name);
    expect(changed).toEqual(['speld van het SWV']);
    // A lone coordinate is no point: cleared, so source and point are null together.
    expect(byName.get('alleen breedtegraad')).toMatchObject({ latitude: null, longitude: null });

    // The checks hold from now on.
    const id = ids.get('werkgebied pdok');
    await expect(
      dataSource.query(`UPDATE school SET location_source = NULL WHERE id = $1`, [id]),
    ).rejects.toThrow(/school_location_check/);
    await expect(
      dataSource.query(`UPDATE school SET latitude = NULL, longitude = NULL WHERE id = $1`, [id]),
    ).rejects.toThrow(/school_location_check/);
    await expect(
      dataSource.query(`UPDATE school SET location_source = 'duo' WHERE id = $1`, [id]),
    ).rejects.toThrow(/school_location_source_check/);

    await dataSource.undoLastMigration({ transaction: 'each' });
    const columns = await dataSource.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'school' AND column_name = 'location_source'`,
    );
    expect(columns).toEqual([]);
    const constraints = await dataSource.query<{ conname: string }[]>(
      `SELECT conname FROM pg_constraint WHERE conname IN ('school_location_check', 'school_location_source_check')`,
    );
    expect(constraints).toEqual([]);
    const points = await dataSource.query<{ name: string; latitude: number | null }[]>(
      `SELECT name, latitude FROM school WHERE name = 'speld van het SWV'`,
    );
    expect(points).toEqual([{ name: 'speld van het SWV', latitude: 52.040123 }]);

    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(1);
    const again = await dataSource.query<{ name: string; location_source: string | null }[]>(
      `SELECT name, location_source FROM school WHERE name IN ('speld van het SWV', 'werkgebied geschat') ORDER BY name`,
    );
    expect(again).toEqual([
      { name: 'speld van het SWV', location_source: 'manual' },
      { name: 'werkgebied geschat', location_source: 'geschat' },
    ]);
  });
});
