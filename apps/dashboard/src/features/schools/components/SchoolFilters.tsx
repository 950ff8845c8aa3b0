import {
  EXPERTISE_AREAS,
  FACILITIES,
  FREQUENCIES,
  HGW_PRINCIPLES,
  HGW_STATUSES,
  PARTNER_KINDS,
  SCHOOL_KINDS,
} from '@sop-atlas/sop-model';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { schoolYearOptions } from '../../../utils/school-years';
import { schoolsStrings as t } from '../strings.nl';
import { WERKGEBIED_OPTIONS } from '../utils/schools';
import {
  type DemoChoice,
  EMPTY_SEARCH,
  type SearchFilters,
  SORT_FIELDS,
  type SortField,
} from '../utils/search-params';

const RADII = [1, 2, 3, 5, 10, 20] as const;
const TEXT_DELAY_MS = 300;

function toggle(list: readonly string[], code: string, on: boolean): string[] {
  return on ? [...list.filter((c) => c !== code), code] : list.filter((c) => c !== code);
}

function intOrNull(value: string): number | null {
  return /^\d+$/.test(value) ? Number(value) : null;
}

function CheckboxGroup({
  legend,
  items,
  chosen,
  onChange,
  children,
}: {
  readonly legend: string;
  readonly items: readonly { readonly code: string; readonly label: string }[];
  readonly chosen: readonly string[];
  readonly onChange: (next: string[]) => void;
  readonly children?: ReactNode;
}) {
  return (
    <fieldset className="checks">
      <legend>{legend}</legend>
      <ul className="checks__list">
        {items.map((item) => (
          <li key={item.code}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(item.code)}
                onChange={(e) => onChange(toggle(chosen, item.code, e.target.checked))}
              />{' '}
              {item.label}
            </label>
          </li>
        ))}
      </ul>
      {children}
    </fieldset>
  );
}

export function SchoolFilters({
  filters,
  onChange,
}: {
  readonly filters: SearchFilters;
  readonly onChange: (next: SearchFilters) => void;
}) {
  const id = useId();
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
  const moreOpen =
    filters.partner !== '' ||
    filters.hgw !== '' ||
    filters.pupilsMin !== null ||
    filters.pupilsMax !== null ||
    filters.schoolYear !== '' ||
    filters.demo !== 'alle' ||
    filters.kinds.length > 1;

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
            onChange={(e) => setNear(e.target.value)}
            onBlur={() => (near !== filters.near ? set({ near }) : undefined)}
          />
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
            value={filters.werkgebieden[0] ?? ''}
            onChange={(e) => set({ werkgebieden: e.target.value === '' ? [] : [e.target.value] })}
          >
            <option value="">{t.filters.allWerkgebieden}</option>
            {WERKGEBIED_OPTIONS.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
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
      <details className="filters__more" open={moreOpen}>
        <summary>{t.filters.more}</summary>
        <div className="filters__row">
          <div className="field">
            <label htmlFor={`${id}-partner`}>{t.filters.partner}</label>
            <select
              id={`${id}-partner`}
              value={filters.partner}
              onChange={(e) => set({ partner: e.target.value })}
            >
              <option value="">{t.filters.anyPartner}</option>
              {PARTNER_KINDS.map((p) => (
                <option key={p.code} value={p.code}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-partner-min`}>{t.filters.partnerMinimum}</label>
            <select
              id={`${id}-partner-min`}
              value={filters.partnerMinimum}
              disabled={filters.partner === ''}
              onChange={(e) => set({ partnerMinimum: e.target.value })}
            >
              {FREQUENCIES.filter((f) => f.code !== 'niet-van-toepassing').map((f) => (
                <option key={f.code} value={f.code}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-hgw`}>{t.filters.hgw}</label>
            <select id={`${id}-hgw`} value={filters.hgw} onChange={(e) => set({ hgw: e.target.value })}>
              <option value="">{t.filters.anyHgw}</option>
              {HGW_PRINCIPLES.map((h) => (
                <option key={h.code} value={h.code}>
                  {h.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-hgw-status`}>{t.filters.hgwStatus}</label>
            <select
              id={`${id}-hgw-status`}
              value={filters.hgwStatus}
              disabled={filters.hgw === ''}
              onChange={(e) => set({ hgwStatus: e.target.value })}
            >
              {HGW_STATUSES.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="filters__row">
          <div className="field">
            <label htmlFor={`${id}-min`}>{t.filters.pupilsMin}</label>
            <input
              id={`${id}-min`}
              type="number"
              min={0}
              inputMode="numeric"
              value={filters.pupilsMin ?? ''}
              onChange={(e) => set({ pupilsMin: intOrNull(e.target.value) })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-max`}>{t.filters.pupilsMax}</label>
            <input
              id={`${id}-max`}
              type="number"
              min={0}
              inputMode="numeric"
              value={filters.pupilsMax ?? ''}
              onChange={(e) => set({ pupilsMax: intOrNull(e.target.value) })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-year`}>{t.filters.schoolYear}</label>
            <select
              id={`${id}-year`}
              value={filters.schoolYear}
              onChange={(e) => set({ schoolYear: e.target.value })}
            >
              <option value="">{t.filters.latestSop}</option>
              {schoolYearOptions(new Date(), filters.schoolYear ? [filters.schoolYear] : []).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-demo`}>{t.filters.demo}</label>
            <select
              id={`${id}-demo`}
              value={filters.demo}
              onChange={(e) => {
                const demo = (['alle', 'demo', 'echt'] as const).find(
                  (d: DemoChoice) => d === e.target.value,
                );
                set({ demo: demo ?? 'alle' });
              }}
            >
              {(['alle', 'demo', 'echt'] as const).map((d) => (
                <option key={d} value={d}>
                  {t.filters.demoOptions[d]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
      <div className="filters__row">
        <button type="button" className="button button--secondary" onClick={() => onChange(EMPTY_SEARCH)}>
          {t.filters.reset}
        </button>
      </div>
    </form>
  );
}
