import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { schemaDrift } from '../src/database/schema-drift';
import { createTestDatabase } from './test-database';

const CHECK_JS = path.resolve(__dirname, '..', 'dist', 'scripts', 'check-generated.js');

describe('migrations match the entities (what check-generated enforces)', () => {
  it('on PostgreSQL: nothing to generate after migrating an empty database, and a change is caught', async () => {
    const database = await createTestDatabase({ empty: true });
    try {
      expect(await schemaDrift(database.url)).toEqual([]);
      const client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query('DROP INDEX school_kind_idx');
      await client.query('ALTER TABLE sop_partner ALTER COLUMN label DROP NOT NULL');
      await client.end();
      const drift = await schemaDrift(database.url);
      expect(drift.join('\n')).toContain('school_kind_idx');
      expect(drift.join('\n')).toContain('"label" SET NOT NULL');
    } finally {
      await database.drop();
    }
  });

  it('on the embedded PostgreSQL (a throwaway cluster): check-generated passes', () => {
    const result = spawnSync(process.execPath, [CHECK_JS, '--embedded'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toContain('Migraties en entiteiten komen overeen (ingebouwde PostgreSQL).');
    expect(result.stderr).toContain('schema.gql is actueel.');
    expect(result.status).toBe(0);
  });
});
