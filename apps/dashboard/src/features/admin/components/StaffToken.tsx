import { useId, useState } from 'react';
import { adminStrings as t } from '../strings.nl';
import { readStaffToken, writeStaffToken } from '../utils/upload';

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The staff token, kept in sessionStorage (this tab only). */
export function useStaffToken(): [string, (token: string) => void] {
  const [token, setToken] = useState(() => readStaffToken(storage()));
  const update = (next: string) => {
    writeStaffToken(storage(), next);
    setToken(next.trim());
  };
  return [token, update];
}

export function StaffTokenForm({
  token,
  onChange,
}: {
  readonly token: string;
  readonly onChange: (t: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(token);
  return (
    <form
      className="filters"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        onChange(draft);
      }}
    >
      <h2 id={`${id}-title`} className="visually-hidden">
        {t.token.title}
      </h2>
      <div className="field field--grow">
        <label htmlFor={id}>{t.token.label}</label>
        <input
          id={id}
          type="password"
          autoComplete="off"
          value={draft}
          aria-describedby={`${id}-help`}
          onChange={(e) => setDraft(e.target.value)}
        />
        <span id={`${id}-help`} className="source">
          {t.token.help}
        </span>
      </div>
      <button type="submit" className="button">
        {t.token.save}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setDraft('');
          onChange('');
        }}
      >
        {t.token.forget}
      </button>
      <p role="status" className="muted">
        {token !== '' ? t.token.saved : t.token.none}
      </p>
    </form>
  );
}
