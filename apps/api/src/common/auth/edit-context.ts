import { type EntityManager } from 'typeorm';
import { type Identity } from './identity';

/**
 * The database role of the running app (every runtime connection starts as it, see `data-source-options.ts`) and
 * of edit transactions: owns no table, so row-level security applies to it.
 */
export const APP_DB_ROLE = 'sop_atlas_app';

/**
 * Names the caller of the current transaction: `sop_atlas.credential` (the session or service token: the RLS
 * policies resolve the caller's account and roles from it inside the database, so the app cannot claim roles it
 * was not given), and for the audit trigger `sop_atlas.user_id`, `sop_atlas.roles`, `sop_atlas.actor`,
 * `sop_atlas.reason`. `LOCAL`: it ends with the transaction.
 */
export async function tagTransaction(
  manager: EntityManager,
  identity: Pick<Identity, 'userId' | 'roles' | 'label' | 'credential'>,
  reason: string | null = null,
): Promise<void> {
  await manager.query(
    `SELECT set_config('sop_atlas.user_id', $1, true), set_config('sop_atlas.roles', $2, true),
            set_config('sop_atlas.actor', $3, true), set_config('sop_atlas.reason', $4, true),
            set_config('sop_atlas.credential', $5, true)`,
    [
      identity.userId ?? '',
      identity.roles.join(','),
      identity.label,
      reason ?? '',
      identity.credential ?? '',
    ],
  );
}

/**
 * Tags the transaction with the caller and makes sure it runs as the application role, so PostgreSQL checks every
 * write to `sop` and its row tables against the caller's schools and roles: the second wall behind the API's
 * access rules. Call inside `dataSource.transaction(...)`; reads that must see rows RLS would hide (e.g. locking a
 * row to report a precise error) go before this call. A caller without credential (the CLI, connected as the
 * database owner, whom RLS does not bind) keeps its role.
 */
export async function enterEditContext(
  manager: EntityManager,
  identity: Identity,
  reason: string | null = null,
): Promise<void> {
  await tagTransaction(manager, identity, reason);
  if (identity.credential !== null) await manager.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
}
