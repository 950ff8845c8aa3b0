import { FREQUENCIES, HGW_PRINCIPLES, HGW_STATUSES, PARTNER_KINDS } from '@sop-atlas/sop-model';
import { useId } from 'react';
import { schoolYearOptions } from '../../../utils/school-years';
import { schoolsStrings as t } from '../strings.nl';
import { type DemoChoice, type SearchFilters } from '../utils/search-params';

function intOrNull(value: string): number | null {
  return /^\d+$/.test(value) ? Number(value) : null;
}

/** The "Meer filters" part of the search form: partner, HGW, pupils, school year, demo data. */
export function MoreFilters({
  filters,
  set,
}: {
  readonly filters: SearchFilters;
  readonly set: (patch: Partial<SearchFilters>) => void;
}) {
  const id = useId();
  const moreOpen =
    filters.partner !== '' ||
    filters.hgw !== '' ||
    filters.pupilsMin !== null ||
    filters.pupilsMax !== null ||
    filters.schoolYear !== '' ||
    filters.demo !== 'alle' ||
    filters.kinds.length > 1;
  return (
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
              const demo = (['alle', 'demo', 'echt'] as const).find((d: DemoChoice) => d === e.target.value);
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
  );
}
