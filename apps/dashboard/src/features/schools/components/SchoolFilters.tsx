import { EXPERTISE_AREAS, FACILITIES, SCHOOL_KINDS } from '@sop-atlas/sop-model';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { schoolsStrings as t } from '../strings.nl';
import { WERKGEBIED_OPTIONS } from '../utils/schools';
import {
  ALL_WERKGEBIEDEN,
  EMPTY_SEARCH,
  type SearchFilters,
  SOP_STATES,
  SORT_FIELDS,
  type SortField,
} from '../utils/search-params';
import { useSession } from '../../account/hooks/useSession';
import { isStaff } from '../../account/utils/session';
import { CheckboxGroup } from './CheckboxGroup';
import { MoreFilters } from './MoreFilters';

const RADII = [1, 2, 3, 5, 10, 20] as const;
const TEXT_DELAY_MS = 300;

/** The search form of Scholen zoeken: text, place and radius, werkgebied, kind, sort, SOP items, more filters. */
export function SchoolFilters({
  filters,
  onChange,
  nearError = null,
}: {
  readonly filters: SearchFilters;
  readonly onChange: (next: SearchFilters) => void;
  /** Why the API refused the postcode or address (shown at that field). */
  readonly nearError?: string | null;
}) {
  const id = useId();
  // Concept SOPs are listed for SWV staff only (the API refuses the filter to anyone else).
  const staff = isStaff(useSession().user ?? null);
  // The address box is geocoded by the API, so it is sent on "Zoeken" (or leaving the box), not per keystroke.
  const [near, setNear] = useState(filters.near);
  useEffect(() => setNear(filters.near), [filters.near]);
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  // Free text searches the SOP texts on the server: sent after a short pause in typing, not per keystroke.
  const [text, setText] = useState(filters.text);
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => setText(filters.text), [filters.text]);
  useEffect(() => {
    if (text === filters.text) return undefined;
    const timer = window.setTimeout(() => latest.current({ ...filters, text }), TEXT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, filters]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ near, text });
  };

  return (
    <form className="filters filters--find" role="search" onSubmit={submit}>
      <div className="filters__row">
        <div className="field field--grow">
          <label htmlFor={`${id}-text`}>{t.filters.text}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={text}
            placeholder={t.filters.textPlaceholder}
            autoComplete="off"
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-near`}>{t.filters.near}</label>
          <input
            id={`${id}-near`}
            type="search"
            value={near}
            placeholder={t.filters.nearPlaceholder}
            autoComplete="postal-code"
            aria-invalid={nearError ? true : undefined}
            aria-describedby={nearError ? `${id}-near-error` : undefined}
            onChange={(e) => setNear(e.target.value)}
            onBlur={() => (near !== filters.near ? set({ near }) : undefined)}
          />
          {nearError ? (
            <p id={`${id}-near-error`} className="draft-field__error" role="alert">
              {t.filters.nearError(nearError)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-radius`}>{t.filters.radius}</label>
          <select
            id={`${id}-radius`}
            value={filters.radiusKm}
            onChange={(e) => set({ radiusKm: Number(e.target.value), near })}
          >
            {[...new Set([...RADII, filters.radiusKm])]
              .sort((a, b) => a - b)
              .map((km) => (
                <option key={km} value={km}>
                  {t.filters.radiusOption(km)}
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t.filters.search}
        </button>
      </div>
      <div className="filters__row">
        <div className="field">
          <label htmlFor={`${id}-werkgebied`}>{t.filters.werkgebied}</label>
          <select
            id={`${id}-werkgebied`}
            value={filters.werkgebieden[0] ?? (filters.inRegion ? ALL_WERKGEBIEDEN : '')}
            onChange={(e) =>
              set({
                inRegion: e.target.value === ALL_WERKGEBIEDEN,
                werkgebieden:
                  e.target.value === '' || e.target.value === ALL_WERKGEBIEDEN ? [] : [e.target.value],
              })
            }
          >
            <option value="">{t.filters.allWerkgebieden}</option>
            <option value={ALL_WERKGEBIEDEN}>{t.filters.inRegion}</option>
            {WERKGEBIED_OPTIONS.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sop`}>{t.filters.sopState}</label>
          <select
            id={`${id}-sop`}
            value={filters.sopState}
            onChange={(e) => set({ sopState: SOP_STATES.find((v) => v === e.target.value) ?? '' })}
          >
            <option value="">{t.filters.anySopState}</option>
            {SOP_STATES.filter((v) => v !== 'concept' || staff || filters.sopState === 'concept').map((v) => (
              <option key={v} value={v}>
                {t.filters.sopStates[v]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t.filters.kind}</label>
          <select
            id={`${id}-kind`}
            value={filters.kinds.length === 1 ? (filters.kinds[0] ?? '') : ''}
            onChange={(e) => {
              const kind = SCHOOL_KINDS.find((k) => k.code === e.target.value);
              set({ kinds: kind ? [kind.code] : [] });
            }}
          >
            <option value="">{t.filters.allKinds}</option>
            {SCHOOL_KINDS.map((k) => (
              <option key={k.code} value={k.code}>
                {k.label} ({k.code})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t.filters.sort}</label>
          <select
            id={`${id}-sort`}
            value={filters.sort}
            onChange={(e) => {
              const sort = SORT_FIELDS.find((s) => s === e.target.value);
              set({ sort: sort ?? '' });
            }}
          >
            {(['', ...SORT_FIELDS] as const).map((s: SortField | '') => (
              <option key={s} value={s}>
                {t.filters.sortOptions[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filters__groups">
        <CheckboxGroup
          legend={t.filters.expertise}
          items={EXPERTISE_AREAS}
          chosen={filters.expertise}
          onChange={(expertise) => set({ expertise })}
        >
          <label className="checks__option">
            <input
              type="checkbox"
              checked={filters.expertiseMatch === 'ALL'}
              onChange={(e) => set({ expertiseMatch: e.target.checked ? 'ALL' : 'ANY' })}
            />{' '}
            {t.filters.expertiseAll}
          </label>
          <label className="checks__option">
            <input
              type="checkbox"
              checked={!filters.expertiseInTeamOnly}
              onChange={(e) => set({ expertiseInTeamOnly: !e.target.checked })}
            />{' '}
            {t.filters.boughtIn}
          </label>
        </CheckboxGroup>
        <CheckboxGroup
          legend={t.filters.facilities}
          items={FACILITIES}
          chosen={filters.facilities}
          onChange={(facilities) => set({ facilities })}
        />
      </div>
      <MoreFilters filters={filters} set={set} />
      <div className="filters__row">
        <button type="button" className="button button--secondary" onClick={() => onChange(EMPTY_SEARCH)}>
          {t.filters.reset}
        </button>
      </div>
    </form>
  );
}
