import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { DemoBadge } from '../../../components/states';
import { filterSchools, EMPTY_FILTER, type SchoolRow } from '../../schools/utils/schools';
import { compareStrings as t } from '../strings.nl';

export function SchoolPicker({
  schools,
  selected,
  max,
  onToggle,
  onClear,
}: {
  readonly schools: readonly SchoolRow[];
  readonly selected: readonly string[];
  readonly max: number;
  readonly onToggle: (id: string) => void;
  readonly onClear: () => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const shown = filterSchools(schools, { ...EMPTY_FILTER, text });
  const full = selected.length >= max;
  return (
    <fieldset className="picker">
      <legend>{t.picker.legend(max)}</legend>
      <div className="picker__bar">
        <div className="field field--grow">
          <label htmlFor={`${id}-filter`}>{t.picker.filter}</label>
          <input id={`${id}-filter`} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <p className="picker__count" role="status" aria-live="polite">
          {t.picker.selected(selected.length)}
          {full ? ` ${t.picker.full(max)}` : ''}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={onClear}
          disabled={selected.length === 0}
        >
          {t.picker.clear}
        </button>
      </div>
      <ul className="picker__list">
        {shown.map((school) => {
          const checked = selected.includes(school.id);
          return (
            <li key={school.id}>
              <label className="picker__option">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && full}
                  onChange={() => onToggle(school.id)}
                />
                <span>
                  {school.name} <span className="muted">({school.place ?? school.kind})</span>
                </span>
                {school.isDemo ? <DemoBadge /> : null}
              </label>{' '}
              <Link className="picker__profile" to={`/scholen/${encodeURIComponent(school.id)}`}>
                {t.picker.profileShort}
                <span className="visually-hidden"> {t.picker.profileOf(school.name)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
