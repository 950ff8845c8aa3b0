import fs from 'node:fs';
import { Client } from 'pg';
import { adminDatabaseUrl, TEMPLATE_ENV } from './test-env';

export default async function globalTeardown(): Promise<void> {
  const fallback = globalThis.sopAtlasTestFallback;
  try {
    const name = process.env[TEMPLATE_ENV];
    if (name && !fallback) {
      const admin = new Client({ connectionString: adminDatabaseUrl() });
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    }
  } finally {
    if (fallback) {
      // the whole throwaway cluster goes, template and all
      await fallback.server.stop();
      fs.rmSync(fallback.dir, { recursive: true, force: true });
      globalThis.sopAtlasTestFallback = undefined;
    }
  }
}
