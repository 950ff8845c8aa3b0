import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StartupError } from '../common/errors/startup-error';
import { type AppConfig } from '../config/app-config';
import { JOB_TOKEN_KEY_NAME, type JobKey, jobKeyHash } from '../jobs/job-key';
import { dataSourceOptions } from './data-source-options';
import { runMigrationsLocked } from './migrate';

/** The owner's connection string: `DATABASE_OWNER_URL`, else the one database URL of a local set-up. */
export function ownerUrlOf(config: AppConfig, runtimeUrl: string): string {
  return config.databaseOwnerUrl ?? runtimeUrl;
}

export async function openOwnerDataSource(url: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 2 }));
  await dataSource.initialize();
  return dataSource;
}

/**
 * What only the owner may do, before the app serves: apply pending migrations and tell the database the settings
 * its security functions rely on (the service credential's hash, whether OpenID Connect logins are open). With a
 * URL whose role may not (the runtime role alone, no `DATABASE_OWNER_URL`) pending migrations stop the start with a
 * Dutch message; the settings are then left as `npm run sop -- migrate` last wrote them.
 */
export async function prepareDatabase(
  dataSource: DataSource,
  config: AppConfig,
  /**
   * `settings: false` for the CLI's data commands: they run with their own environment, whose STAFF_TOKEN (often
   * unset) must not replace the one the running app was started with.
   */
  options: { migrate?: boolean; settings?: boolean } = {},
): Promise<string[]> {
  let applied: string[] = [];
  // No check before the lock: two replicas starting on a new database would both create TypeORM's table.
  if (options.migrate !== false) {
    try {
      // under the migration lock: replicas starting together migrate once
      applied = (await runMigrationsLocked(dataSource)).map((m) => m.name);
    } catch (error) {
      if ((error as { code?: string }).code === '42501') {
        throw new StartupError(
          'De database heeft openstaande migraties en de rol van DATABASE_URL mag het schema niet wijzigen: ' +
            'zet DATABASE_OWNER_URL of draai eerst npm run sop -- migrate met de eigenaar',
        );
      }
      throw error;
    }
  }
  if (options.settings !== false) await syncSecuritySettings(dataSource, config);
  return applied;
}

/**
 * Writes the service credential's hash, the worker key's hash (`JOB_TOKEN`, ADR 0011) and the OIDC switch, when this
 * connection's role may.
 */
export async function syncSecuritySettings(dataSource: DataSource, config: AppConfig): Promise<boolean> {
  const [may] = await dataSource.query<{ ok: boolean }[]>(
    `SELECT has_schema_privilege('sop_atlas_private', 'USAGE')
        AND has_table_privilege('sop_atlas_private.service_credential', 'INSERT, DELETE') AS ok`,
  );
  if (may?.ok !== true) return false;
  await dataSource.transaction(async (manager) => {
    if (config.staffToken === null) {
      await manager.query(`DELETE FROM sop_atlas_private.service_credential WHERE name = 'STAFF_TOKEN'`);
    } else {
      await manager.query(
        `INSERT INTO sop_atlas_private.service_credential (name, token_hash) VALUES ('STAFF_TOKEN', $1)
         ON CONFLICT (name) DO UPDATE SET token_hash = EXCLUDED.token_hash`,
        [createHash('sha256').update(config.staffToken).digest('hex')],
      );
    }
    const [keys] = await manager.query<{ present: boolean }[]>(
      `SELECT to_regclass('sop_atlas_private.job_key') IS NOT NULL AS present`,
    );
    if (keys?.present !== true) {
      // not migrated yet (MIGRATE_ON_START=0 before `migrate` ran): written by that migrate run
    } else if (config.jobToken === null) {
      await manager.query(`DELETE FROM sop_atlas_private.job_key WHERE name = $1`, [JOB_TOKEN_KEY_NAME]);
    } else {
      await manager.query(
        `INSERT INTO sop_atlas_private.job_key (name, key_hash) VALUES ($1, $2)
         ON CONFLICT (name) DO UPDATE SET key_hash = EXCLUDED.key_hash, seen_at = now()`,
        [JOB_TOKEN_KEY_NAME, jobKeyHash(config.jobToken)],
      );
    }
    await manager.query(
      `INSERT INTO sop_atlas_private.switch (name, enabled) VALUES ('oidc', $1)
       ON CONFLICT (name) DO UPDATE SET enabled = EXCLUDED.enabled`,
      [config.oidc !== null],
    );
  });
  return true;
}

/** Keys of processes that have not shown they hold them for this long are taken to be gone. */
const STALE_PROCESS_KEYS = `interval '1 day'`;

/**
 * Registers a process's own worker key (no `JOB_TOKEN`), when this connection's role may write the private schema
 * (the owner: embedded default, one DATABASE_URL, or DATABASE_OWNER_URL), and prunes keys of processes gone for a
 * day (a live process shows its key every hour, `JobCredentials`). False when the role may not: batch uploads are
 * then refused by this process.
 */
export async function registerProcessJobKey(dataSource: DataSource, key: JobKey): Promise<boolean> {
  if (key.value === null || key.name === null) return false;
  const [may] = await dataSource.query<{ ok: boolean | null }[]>(
    `SELECT CASE WHEN has_schema_privilege('sop_atlas_private', 'USAGE')
                 THEN to_regclass('sop_atlas_private.job_key') IS NOT NULL
                      AND has_table_privilege('sop_atlas_private.job_key', 'INSERT, DELETE')
                 ELSE false END AS ok`,
  );
  if (may?.ok !== true) return false;
  const hash = jobKeyHash(key.value);
  await dataSource.transaction(async (manager) => {
    await manager.query(
      `DELETE FROM sop_atlas_private.job_key
       WHERE name LIKE 'process:%' AND seen_at < now() - ${STALE_PROCESS_KEYS}`,
    );
    await manager.query(`INSERT INTO sop_atlas_private.job_key (name, key_hash) VALUES ($1, $2)`, [
      key.name,
      hash,
    ]);
  });
  return true;
}
