import { type Identity } from '../common/auth/identity';
import { type AccountRow } from './accounts.service';
import { type Me } from './models/me.model';
import { type UserAccount } from './models/user-account.model';

export function toMe(identity: Identity): Me {
  return {
    id: identity.subject,
    email: identity.label,
    roles: [...identity.roles],
    schoolIds: [...identity.schoolIds],
  };
}

export function toUserAccount(row: AccountRow): UserAccount {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    roles: row.roles,
    schoolIds: row.school_ids,
    failedLoginCount: row.failed_login_count,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}
