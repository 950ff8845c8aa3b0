import { type Identity } from '../common/auth/identity';
import { type Me } from './models/me.model';

export function toMe(identity: Identity): Me {
  return {
    id: identity.subject,
    email: identity.label,
    roles: [...identity.roles],
    schoolIds: [...identity.schoolIds],
  };
}
