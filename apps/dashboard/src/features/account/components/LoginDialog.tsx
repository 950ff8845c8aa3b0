import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { GraphQLRequestError } from '../../../graphql/client';
import { useAuthProvidersQuery } from '../hooks/useAuthProvidersQuery';
import { useSession } from '../hooks/useSession';
import { accountStrings as t } from '../strings.nl';
import { oidcLoginHref } from '../utils/oidc-login';
import { loginErrorMessage } from '../utils/session';

/**
 * A modal dialog (native `<dialog>`: focus trap and Escape) with email and password and, when the API offers one,
 * a link to sign in with the organisation's account (e.g. "Inloggen met Microsoft") that returns to this page.
 * `notice`: why the last organisation login gave no session (opened from `?login=oidc-…`).
 */
export function LoginDialog({
  onClose,
  notice = null,
}: {
  readonly onClose: () => void;
  readonly notice?: string | null;
}) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const location = useLocation();
  const providers = useAuthProvidersQuery();
  const { login } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (email.trim() === '' || password === '') return setError(t.errors.required);
    setBusy(true);
    setError(null);
    login(email.trim(), password).then(
      () => {
        setBusy(false);
        onClose();
      },
      (cause: unknown) => {
        setBusy(false);
        setError(
          cause instanceof GraphQLRequestError
            ? loginErrorMessage(cause.errors, cause.status, t.errors, cause.message)
            : t.errors.network,
        );
      },
    );
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{t.title}</h2>
        <p className="muted">{t.intro}</p>
        {notice !== null ? (
          <div role="alert" className="warning">
            <strong>{t.oidc.title}.</strong> {notice}
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-email`}>{t.email}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="username"
            value={email}
            required
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t.password}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            value={password}
            required
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error ? (
          <p role="alert" className="warning">
            {error}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? t.busy : t.submit}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t.cancel}
          </button>
        </div>
        {providers.status === 'success' && providers.data.length > 0 ? (
          <div className="dialog__actions">
            <span className="muted">{t.orWith}</span>
            {providers.data.map((provider) => (
              <a
                key={provider.id}
                className="button button--secondary"
                href={oidcLoginHref(provider.loginUrl, location)}
              >
                {provider.label}
              </a>
            ))}
          </div>
        ) : null}
      </form>
    </dialog>
  );
}
