import { type EntityManager } from 'typeorm';
import { type Identity } from './identity';

/** The database role of edit transactions: owns no table, so row-level security applies to it. */
export const APP_DB_ROLE = 'sop_atlas_app';

/**
 * Names the caller of the current transaction (`sop_atlas.user_id`, `sop_atlas.roles`, `sop_atlas.actor`,
 * `sop_atlas.reason`): the audit trigger on `sop` records changes made in it, the RLS policies read it. `LOCAL`: it
 * ends with the transaction. Use it alone where the transaction also writes tables the app role may not (imports).
 */
export async function tagTransaction(
  manager: EntityManager,
  identity: Pick<Identity, 'userId' | 'roles' | 'label'>,
  reason: string | null = null,
): Promise<void> {
  await manager.query(
    `SELECT set_config('sop_atlas.user_id', $1, true), set_config('sop_atlas.roles', $2, true),
            set_config('sop_atlas.actor', $3, true), set_config('sop_atlas.reason', $4, true)`,
    [identity.userId ?? '', identity.roles.join(','), identity.label, reason ?? ''],
  );
}

/**
 * Tags the transaction with the caller and switches it to the application role, so PostgreSQL checks every write
 * to `sop` and its row tables against the caller's schools and roles: the second wall behind the API's access
 * rules. Call inside `dataSource.transaction(...)`; reads that must see rows RLS would hide (e.g. locking a row to
 * report a precise error) go before this call.
 */
export async function enterEditContext(
  manager: EntityManager,
  identity: Identity,
  reason: string | null = null,
): Promise<void> {
  await tagTransaction(manager, identity, reason);
  await manager.query(`SET LOCAL ROLE ${APP_DB_ROLE}`);
}
