import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useSession } from '../hooks/useSession';
import { accountStrings as t } from '../strings.nl';
import { LOGIN_PARAM, oidcLoginMessage } from '../utils/oidc-login';
import { LoginDialog } from './LoginDialog';

/**
 * Header: "Inloggen", or the signed-in account with "Uitloggen". A page opened by a refused organisation login
 * (`?login=oidc-…`) opens the login dialog with the reason, and the parameter leaves the address bar.
 */
export function AccountMenu() {
  const { user, logout } = useSession();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [searchParams, setSearchParams] = useSearchParams();

  useEffect(() => {
    const message = oidcLoginMessage(`?${searchParams.toString()}`, t.oidc.errors);
    if (message === null) return;
    setNotice(message);
    setOpen(true);
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(LOGIN_PARAM);
        return next;
      },
      { replace: true },
    );
  }, [searchParams, setSearchParams]);

  if (user === undefined) return <div className="account" aria-hidden="true" />;
  if (user === null) {
    return (
      <div className="account">
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          {t.login}
        </button>
        {open ? (
          <LoginDialog
            notice={notice}
            onClose={() => {
              setOpen(false);
              setNotice(null);
            }}
          />
        ) : null}
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
