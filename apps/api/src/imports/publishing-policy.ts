/** The SWV's publishing policy: whether imported documents without warnings are published directly. */
import { type EntityManager } from 'typeorm';
import { type Identity } from '../common/auth/identity';
import { recordAudit } from '../audit/audit.service';
import { SwvSettingEntity } from './swv-setting.entity';

export const PUBLISH_CLEAN_IMPORTS = 'publish-clean-imports';

/** True when staff chose "publish documents without warnings directly" (default: off, every import a draft). */
export async function publishCleanImports(manager: EntityManager): Promise<boolean> {
  const row = await manager.findOneBy(SwvSettingEntity, { key: PUBLISH_CLEAN_IMPORTS });
  return row?.value === true;
}

/** Sets the policy and records the change in the audit trail (`setting.changed`, old and new value). */
export async function setPublishCleanImports(
  manager: EntityManager,
  value: boolean,
  actor: Identity | null,
  actorLabel: string,
): Promise<boolean> {
  const before = await publishCleanImports(manager);
  await manager.query(
    `INSERT INTO swv_setting (key, value, updated_at, updated_by) VALUES ($1, $2::jsonb, now(), $3)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), updated_by = EXCLUDED.updated_by`,
    [PUBLISH_CLEAN_IMPORTS, JSON.stringify(value), actorLabel],
  );
  if (before !== value) {
    await recordAudit(manager, {
      actorLabel,
      actor,
      action: 'setting.changed',
      path: PUBLISH_CLEAN_IMPORTS,
      oldValue: before,
      newValue: value,
    });
  }
  return value;
}
