import { SCHOOL_KINDS, type SchoolKind } from '@sop-atlas/sop-model';
import { useId } from 'react';
import { schoolsStrings as t } from '../strings.nl';
import { EMPTY_FILTER, type SchoolFilter, UNKNOWN_WERKGEBIED, WERKGEBIED_OPTIONS } from '../utils/schools';

function isKind(value: string): value is SchoolKind {
  return SCHOOL_KINDS.some((k) => k.code === value);
}

export function SchoolFilters({
  filter,
  onChange,
}: {
  readonly filter: SchoolFilter;
  readonly onChange: (next: SchoolFilter) => void;
}) {
  const id = useId();
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field field--grow">
        <label htmlFor={`${id}-text`}>{t.filters.text}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filter.text}
          placeholder={t.filters.textPlaceholder}
          autoComplete="off"
          onChange={(e) => onChange({ ...filter, text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-werkgebied`}>{t.filters.werkgebied}</label>
        <select
          id={`${id}-werkgebied`}
          value={filter.werkgebied}
          onChange={(e) => onChange({ ...filter, werkgebied: e.target.value })}
        >
          <option value="">{t.filters.allWerkgebieden}</option>
          {WERKGEBIED_OPTIONS.map((w) => (
            <option key={w.code} value={w.code}>
              {w.name}
            </option>
          ))}
          <option value={UNKNOWN_WERKGEBIED}>{t.filters.unknownWerkgebied}</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t.filters.kind}</label>
        <select
          id={`${id}-kind`}
          value={filter.kind}
          onChange={(e) => onChange({ ...filter, kind: isKind(e.target.value) ? e.target.value : '' })}
        >
          <option value="">{t.filters.allKinds}</option>
          {SCHOOL_KINDS.map((k) => (
            <option key={k.code} value={k.code}>
              {k.label} ({k.code})
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button button--secondary" onClick={() => onChange(EMPTY_FILTER)}>
        {t.filters.reset}
      </button>
    </form>
  );
}
