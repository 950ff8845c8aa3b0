import { useEffect, useId, useRef, useState } from 'react';
import { DemoBadge } from '../../../components/states';
import { useSchoolOptionsQuery } from '../hooks/useAccountsQueries';
import { accountsAdminStrings as t } from '../strings.nl';
import { searchTextOf } from '../utils/accounts';

export interface ChosenSchool {
  readonly id: string;
  readonly name: string;
}

/** Wait this long after the last key before asking the API. */
const DEBOUNCE_MS = 300;

/**
 * Picks schools for a school editor: type a word of the name or place, the `schools` text filter answers with a
 * short list, "Toevoegen" adds one; the chosen schools are listed with "Verwijderen". Buttons only (no custom
 * combobox), so it works with keyboard and screen reader as plain controls.
 */
export function SchoolTypeahead({
  chosen,
  onChange,
  error,
}: {
  readonly chosen: readonly ChosenSchool[];
  readonly onChange: (schools: readonly ChosenSchool[]) => void;
  readonly error: string | undefined;
}) {
  const id = useId();
  const [input, setInput] = useState('');
  const [text, setText] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const timer = setTimeout(() => setText(searchTextOf(input)), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const query = useSchoolOptionsQuery(text);
  const chosenIds = new Set(chosen.map((s) => s.id));
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');

  let status = '';
  if (text !== null) {
    if (query.status === 'loading') status = t.picker.searching;
    else if (query.status === 'error') status = t.picker.failed(query.error.message);
    else if (query.data.schools.length === 0) status = t.picker.noResults(text);
    else if (query.data.totalCount > query.data.schools.length)
      status = t.picker.more(query.data.schools.length, query.data.totalCount);
  }

  return (
    <fieldset className="checks accounts-admin__schools" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t.form.schools}</legend>
      <div className="field">
        <label htmlFor={`${id}-search`}>{t.picker.search}</label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          autoComplete="off"
          value={input}
          aria-describedby={describedBy}
          onChange={(e) => setInput(e.target.value)}
        />
        <p id={`${id}-hint`} className="muted accounts-admin__hint">
          {t.picker.hint}
        </p>
      </div>
      <p className="accounts-admin__status" role="status" aria-live="polite">
        {status}
      </p>
      {query.status === 'success' && query.data.schools.length > 0 ? (
        <ul className="accounts-admin__options" aria-label={t.picker.results}>
          {query.data.schools.map((school) => {
            const picked = chosenIds.has(school.id);
            return (
              <li key={school.id}>
                <span>
                  {school.name}
                  {school.place ? <span className="muted"> ({school.place})</span> : null}{' '}
                  {school.isDemo ? <DemoBadge /> : null}
                </span>
                {/* One button that toggles, so focus stays put after a choice. */}
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={picked ? t.picker.removeLabel(school.name) : t.picker.addLabel(school.name)}
                  onClick={() =>
                    onChange(
                      picked
                        ? chosen.filter((s) => s.id !== school.id)
                        : [...chosen, { id: school.id, name: school.name }],
                    )
                  }
                >
                  {picked ? t.picker.remove : t.picker.add}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="accounts-admin__subtitle" id={`${id}-chosen`}>
        {t.picker.chosen}
      </p>
      {chosen.length === 0 ? (
        <p className="muted">{t.picker.noneChosen}</p>
      ) : (
        <ul className="accounts-admin__options" aria-labelledby={`${id}-chosen`}>
          {chosen.map((school) => (
            <li key={school.id}>
              <span>{school.name}</span>
              <button
                type="button"
                className="button button--secondary"
                aria-label={t.picker.removeLabel(school.name)}
                onClick={() => {
                  onChange(chosen.filter((s) => s.id !== school.id));
                  // the button leaves the list: keep focus in the picker
                  searchRef.current?.focus();
                }}
              >
                {t.picker.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p id={`${id}-error`} className="accounts-admin__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
