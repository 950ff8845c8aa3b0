import { Client } from 'pg';
import { VERSIONED_TABLES } from '../../src/database/migrations/1797100000000-data-version';
import { createTestDatabase, type TestDatabase } from '../test-database';

/**
 * The data version is kept by the database (ADR 0002): every statement that writes a versioned table bumps it once
 * per committed transaction, whoever writes (the app, the CLI, psql); a rolled-back transaction does not.
 */
describe('data version triggers', () => {
  let database: TestDatabase;
  let client: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  async function version(on: Client = client): Promise<bigint> {
    const { rows } = await on.query<{ version: string }>(
      `SELECT version::text FROM data_version WHERE id = 1`,
    );
    return BigInt(rows[0]?.version ?? '-1');
  }

  it.each(VERSIONED_TABLES.map((table) => [table]))(
    'an insert, update or delete on %s bumps the version',
    async (table) => {
      const { rows } = await client.query<{ name: string }>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position LIMIT 1`,
        [table],
      );
      const column = rows[0]?.name ?? 'missing';
      const before = await version();
      // statement-level triggers fire even when no row matches
      await client.query(`INSERT INTO ${table} SELECT * FROM ${table} WHERE false`);
      await client.query(`UPDATE ${table} SET ${column} = ${column} WHERE false`);
      await client.query(`DELETE FROM ${table} WHERE false`);
      expect(await version()).toBe(before + 3n);
    },
  );

  it('bumps once per transaction, at commit; not at all on rollback', async () => {
    const before = await version();
    await client.query('BEGIN');
    await client.query(`DELETE FROM school WHERE false`);
    await client.query(`DELETE FROM sop WHERE false`);
    await client.query(`UPDATE funding_parameter SET note = note WHERE false`);
    // another connection still sees the old version until the commit
    const other = new Client({ connectionString: database.url });
    await other.connect();
    try {
      expect(await version(other)).toBe(before);
      await client.query('COMMIT');
      expect(await version(other)).toBe(before + 1n);
    } finally {
      await other.end();
    }
    await client.query('BEGIN');
    await client.query(`DELETE FROM school WHERE false`);
    await client.query('ROLLBACK');
    expect(await version()).toBe(before + 1n);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM data_change_pending`);
    expect(rows[0]?.n).toBe(0);
  });

  it('lets writers that lock rows in opposite orders finish without a deadlock on the version row', async () => {
    await client.query(`INSERT INTO funding_parameter (calendar_year, base_per_location, per_pupil) VALUES
      (2091, 1, 1), (2092, 1, 1) ON CONFLICT DO NOTHING`);
    const a = new Client({ connectionString: database.url });
    const b = new Client({ connectionString: database.url });
    await a.connect();
    await b.connect();
    try {
      const before = await version();
      await a.query('BEGIN');
      await b.query('BEGIN');
      await a.query(`UPDATE funding_parameter SET per_pupil = 2 WHERE calendar_year = 2091`);
      await b.query(`UPDATE funding_parameter SET per_pupil = 2 WHERE calendar_year = 2092`);
      // a now waits for b's row; b commits (bumping the version) and releases it; then a commits
      const aWaits = a.query(`UPDATE funding_parameter SET per_pupil = 3 WHERE calendar_year = 2092`);
      await b.query('COMMIT');
      await aWaits;
      await a.query('COMMIT');
      expect(await version()).toBe(before + 2n);
    } finally {
      await a.end();
      await b.end();
    }
  });
});
