import { useEffect, useRef, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { GraphQLRequestError } from '../../../graphql/client';
import { setUserAccountDisabled, unlockUserAccount } from '../hooks/useAccountActions';
import { type AccountRow, useUserAccountsQuery } from '../hooks/useAccountsQueries';
import { accountsAdminStrings as t } from '../strings.nl';
import { formatDateTime, isLocked, mapAccountErrors, roleLabels } from '../utils/accounts';

function messageOf(cause: unknown): string {
  const error = cause instanceof GraphQLRequestError ? cause : new GraphQLRequestError(String(cause));
  const mapped = mapAccountErrors(error.errors, error.status, error.message);
  return t.actions.failed(mapped.general ?? Object.values(mapped.fields).join(' '));
}

/** Every account, with "Uitschakelen"/"Inschakelen" (after a confirm step) and "Ontgrendelen" when locked. */
export function AccountsTable({
  refreshKey,
  selfId,
}: {
  readonly refreshKey: number;
  /** The signed-in admin: no "Uitschakelen" on their own row (it would lock them out). */
  readonly selfId: string | null;
}) {
  const query = useUserAccountsQuery(refreshKey);
  const [changed, setChanged] = useState<ReadonlyMap<string, AccountRow>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => setChanged(new Map()), [query.data]);

  if (query.status === 'loading') return <LoadingState />;
  if (query.status === 'error') return <ErrorState message={query.error.message} onRetry={query.refetch} />;
  if (query.data.length === 0) return <EmptyState>{t.table.empty}</EmptyState>;
  const rows = query.data.map((row) => changed.get(row.id) ?? row);
  const now = new Date();

  const update = (row: AccountRow, message: string) => {
    setChanged((current) => new Map(current).set(row.id, row));
    setAnnouncement(message);
  };

  return (
    <div>
      <div className="table-scroll">
        <table className="data-table accounts-admin__table">
          <caption>{t.table.caption(rows.length)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.table.email}</th>
              <th scope="col">{t.table.name}</th>
              <th scope="col">{t.table.roles}</th>
              <th scope="col">{t.table.schools}</th>
              <th scope="col" className="num">
                {t.table.failed}
              </th>
              <th scope="col">{t.table.lockedUntil}</th>
              <th scope="col">{t.table.status}</th>
              <th scope="col">{t.table.actions}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((account) => (
              <AccountTableRow
                key={account.id}
                account={account}
                now={now}
                self={account.id === selfId}
                onChanged={update}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p className="accounts-admin__done" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={query.refetch}>
          {t.table.refresh}
        </button>
      </div>
    </div>
  );
}

function AccountTableRow({
  account,
  now,
  self,
  onChanged,
}: {
  readonly account: AccountRow;
  readonly now: Date;
  readonly self: boolean;
  readonly onChanged: (row: AccountRow, message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  /** Bumped when focus should go back to the row's toggle (after confirm, cancel or unlock). */
  const [refocus, setRefocus] = useState(0);
  const disabled = account.disabledAt !== null;
  const locked = isLocked(account.lockedUntil, now);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (refocus > 0) toggleRef.current?.focus();
  }, [refocus]);

  async function run(action: () => Promise<AccountRow>, message: (email: string) => string) {
    setBusy(true);
    setError(null);
    try {
      const row = await action();
      setConfirming(false);
      setRefocus((n) => n + 1);
      onChanged(row, message(row.email));
    } catch (cause) {
      setError(messageOf(cause));
    } finally {
      setBusy(false);
    }
  }

  const cancel = () => {
    setConfirming(false);
    setRefocus((n) => n + 1);
  };

  return (
    <tr className={disabled ? 'accounts-admin__row--disabled' : undefined}>
      <th scope="row">{account.email}</th>
      <td>{account.displayName}</td>
      <td>{roleLabels(account.roles)}</td>
      <td>
        {account.schools.length === 0 ? t.table.noSchools : account.schools.map((s) => s.name).join(', ')}
      </td>
      <td className="num">{account.failedLoginCount}</td>
      <td>{locked ? (formatDateTime(account.lockedUntil) ?? t.table.notLocked) : t.table.notLocked}</td>
      <td>
        <span className={`tag ${disabled ? 'accounts-admin__tag--off' : 'accounts-admin__tag--on'}`}>
          {disabled ? t.table.disabled : t.table.active}
        </span>
      </td>
      <td>
        {confirming ? (
          <div
            className="accounts-admin__confirm"
            role="group"
            aria-label={
              disabled ? t.actions.enableLabel(account.email) : t.actions.disableLabel(account.email)
            }
            onKeyDown={(e) => {
              if (e.key === 'Escape') cancel();
            }}
          >
            <p>
              {disabled ? t.actions.confirmEnable(account.email) : t.actions.confirmDisable(account.email)}
            </p>
            <button
              ref={confirmRef}
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void run(
                  () => setUserAccountDisabled(account.id, !disabled),
                  disabled ? t.actions.doneEnabled : t.actions.doneDisabled,
                )
              }
            >
              {busy ? t.actions.busy : disabled ? t.actions.confirmYesEnable : t.actions.confirmYesDisable}
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={cancel}>
              {t.actions.cancel}
            </button>
          </div>
        ) : (
          <div className="accounts-admin__actions">
            {self ? (
              <span className="muted">{t.actions.self}</span>
            ) : (
              <button
                ref={toggleRef}
                type="button"
                className="button button--secondary"
                aria-label={
                  disabled ? t.actions.enableLabel(account.email) : t.actions.disableLabel(account.email)
                }
                onClick={() => {
                  setError(null);
                  setConfirming(true);
                }}
              >
                {disabled ? t.actions.enable : t.actions.disable}
              </button>
            )}
            {locked ? (
              <button
                type="button"
                className="button button--secondary"
                aria-label={t.actions.unlockLabel(account.email)}
                disabled={busy}
                onClick={() => void run(() => unlockUserAccount(account.id), t.actions.doneUnlocked)}
              >
                {t.actions.unlock}
              </button>
            ) : null}
          </div>
        )}
        {error ? (
          <p role="alert" className="accounts-admin__error">
            {error}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
