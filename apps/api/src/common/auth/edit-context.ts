import { type EntityManager } from 'typeorm';
import { type Identity } from './identity';

/** The database role of edit transactions: owns no table, so row-level security applies to it. */
export const APP_DB_ROLE = 'sop_atlas_app';

/**
 * Marks the current transaction with the caller (read by the RLS policies and the audit trigger) and switches it to
 * the application role, so PostgreSQL checks every write to `sop` and its row tables against the caller's schools
 * and roles: the second wall behind the API's access rules. Everything is `LOCAL`: it ends with the transaction.
 * Call first thing inside `dataSource.transaction(...)`; reads that must see rows RLS would hide (e.g. locking a
 * row to report a precise error) go before this call.
 */
export async function enterEditContext(
  manager: EntityManager,
  identity: Identity,
  reason: string | null = null,
): Promise<void> {
  await manager.query(
    `SELECT set_config('sop_atlas.user_id', $1, true), set_config('sop_atlas.roles', $2, true),
            set_config('sop_atlas.actor', $3, true), set_config('sop_atlas.reason', $4, true)`,
    [identity.userId ?? '', identity.roles.join(','), identity.label, reason ?? ''],
  );
  await manager.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
}
