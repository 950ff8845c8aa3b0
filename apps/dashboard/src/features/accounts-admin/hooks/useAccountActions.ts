import { mutate } from '../../../graphql/mutate';
import {
  CreateUserAccountMutation,
  SetUserAccountDisabledMutation,
  UnlockUserAccountMutation,
} from '../graphql/accounts.graphql';
import type { NewAccountForm } from '../utils/accounts';
import type { AccountRow } from './useAccountsQueries';

/** Creates an account (admin); the API checks the input again and answers BAD_USER_INPUT per argument. */
export async function createUserAccount(form: NewAccountForm): Promise<AccountRow> {
  const data = await mutate(CreateUserAccountMutation, {
    email: form.email,
    displayName: form.displayName,
    password: form.password,
    roles: [...form.roles],
    schoolIds: [...form.schoolIds],
  });
  return data.createUserAccount;
}

/** Disables (ends its sessions) or re-enables an account. */
export async function setUserAccountDisabled(userId: string, disabled: boolean): Promise<AccountRow> {
  const data = await mutate(SetUserAccountDisabledMutation, { userId, disabled });
  return data.setUserAccountDisabled;
}

/** Clears the failed logins and the lockout of an account. */
export async function unlockUserAccount(userId: string): Promise<AccountRow> {
  const data = await mutate(UnlockUserAccountMutation, { userId });
  return data.unlockUserAccount;
}
