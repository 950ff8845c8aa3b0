import { useId, useRef, useState, type FormEvent } from 'react';
import { GraphQLRequestError } from '../../../graphql/client';
import { createUserAccount } from '../hooks/useAccountActions';
import type { AccountRow } from '../hooks/useAccountsQueries';
import { accountsAdminStrings as t } from '../strings.nl';
import {
  type AccountField,
  type FieldErrors,
  mapAccountErrors,
  MIN_PASSWORD_LENGTH,
  type Role,
  ROLES,
  roleLabel,
  toCreateVariables,
  toggle,
  validateNewAccount,
} from '../utils/accounts';
import { type ChosenSchool, SchoolTypeahead } from './SchoolTypeahead';

const FIELD_ORDER: readonly AccountField[] = ['email', 'displayName', 'password', 'roles', 'schoolIds'];

/** "Nieuw account": email, name, temporary password, roles and (for a school editor) schools. */
export function NewAccountForm({ onCreated }: { readonly onCreated: (account: AccountRow) => void }) {
  const id = useId();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [roles, setRoles] = useState<readonly Role[]>([]);
  const [schools, setSchools] = useState<readonly ChosenSchool[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const editor = roles.includes('school-editor');

  const fieldId = (field: AccountField) => `${id}-${field}`;
  const errorId = (field: AccountField) => `${id}-${field}-error`;
  const describedBy = (field: AccountField, hint?: string) =>
    [hint, errors[field] ? errorId(field) : null].filter(Boolean).join(' ') || undefined;

  /** Moves focus to the first field with a problem (its input, or the first control of its group). */
  function focusFirstError(found: FieldErrors) {
    const first = FIELD_ORDER.find((field) => found[field] !== undefined);
    if (first === undefined) return;
    const target = formRef.current?.querySelector<HTMLElement>(
      `#${CSS.escape(fieldId(first))}, [data-field="${first}"] input`,
    );
    target?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    setGeneral(null);
    const form = { email, displayName, password, roles, schoolIds: schools.map((s) => s.id) };
    const found = validateNewAccount(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError(found);
      return;
    }
    setBusy(true);
    try {
      const created = await createUserAccount(toCreateVariables(form));
      setEmail('');
      setDisplayName('');
      setPassword('');
      setRoles([]);
      setSchools([]);
      setErrors({});
      setDone(t.form.created(created.email));
      onCreated(created);
    } catch (cause) {
      const error = cause instanceof GraphQLRequestError ? cause : new GraphQLRequestError(String(cause));
      const mapped = mapAccountErrors(error.errors, error.status, error.message);
      setErrors(mapped.fields);
      setGeneral(mapped.general === null ? null : t.form.failed(mapped.general));
      focusFirstError(mapped.fields);
    } finally {
      setBusy(false);
    }
  }

  const errorText = (field: AccountField) =>
    errors[field] ? (
      <p id={errorId(field)} className="accounts-admin__error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form
      ref={formRef}
      className="accounts-admin__form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <h3 id={`${id}-title`}>{t.form.title}</h3>
      <p className="muted">{t.form.intro}</p>
      <div className="accounts-admin__fields">
        <div className="field">
          <label htmlFor={fieldId('email')}>{t.form.email}</label>
          <input
            id={fieldId('email')}
            type="email"
            autoComplete="off"
            required
            value={email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy('email')}
            onChange={(e) => setEmail(e.target.value)}
          />
          {errorText('email')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('displayName')}>{t.form.name}</label>
          <input
            id={fieldId('displayName')}
            type="text"
            autoComplete="off"
            value={displayName}
            aria-invalid={errors.displayName ? true : undefined}
            aria-describedby={describedBy('displayName')}
            onChange={(e) => setDisplayName(e.target.value)}
          />
          {errorText('displayName')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('password')}>{t.form.password}</label>
          <input
            id={fieldId('password')}
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            value={password}
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy('password', `${id}-password-hint`)}
            onChange={(e) => setPassword(e.target.value)}
          />
          <p id={`${id}-password-hint`} className="muted accounts-admin__hint">
            {t.form.passwordHint(MIN_PASSWORD_LENGTH)}
          </p>
          {errorText('password')}
        </div>
      </div>
      <fieldset className="checks" data-field="roles" aria-describedby={describedBy('roles')}>
        <legend>{t.form.roles}</legend>
        <ul className="checks__list">
          {ROLES.map((role) => (
            <li key={role}>
              <label className="checks__option">
                <input
                  type="checkbox"
                  checked={roles.includes(role)}
                  onChange={() => setRoles((current) => toggle(current, role))}
                />{' '}
                {roleLabel(role)}
              </label>
            </li>
          ))}
        </ul>
        {errorText('roles')}
      </fieldset>
      {editor ? (
        <div data-field="schoolIds">
          <SchoolTypeahead chosen={schools} onChange={setSchools} error={errors.schoolIds} />
        </div>
      ) : null}
      {general ? (
        <p role="alert" className="state state--error">
          {general}
        </p>
      ) : null}
      <p role="status" aria-live="polite" className="accounts-admin__done">
        {done}
      </p>
      <div className="dialog__actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t.form.busy : t.form.submit}
        </button>
      </div>
    </form>
  );
}
