import { useState } from 'react';
import { useSession } from '../hooks/useSession';
import { accountStrings as t } from '../strings.nl';
import { LoginDialog } from './LoginDialog';

/** Header: "Inloggen", or the signed-in account with "Uitloggen". */
export function AccountMenu() {
  const { user, logout } = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (user === undefined) return <div className="account" aria-hidden="true" />;
  if (user === null) {
    return (
      <div className="account">
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          {t.login}
        </button>
        {open ? <LoginDialog onClose={() => setOpen(false)} /> : null}
      </div>
    );
  }
  return (
    <div className="account">
      <span className="account__who">
        {t.signedInAs(user.email)}
        {user.roles.length > 0 ? ` (${user.roles.map((r) => t.roles[r] ?? r).join(', ')})` : null}
      </span>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          logout().then(
            () => setBusy(false),
            () => {
              setBusy(false);
              setError(t.errors.logout);
            },
          );
        }}
      >
        {busy ? t.loggingOut : t.logout}
      </button>
      {error ? (
        <p role="alert" className="warning">
          {error}
        </p>
      ) : null}
    </div>
  );
}
