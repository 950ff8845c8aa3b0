import { Link } from 'react-router-dom';
import { formatNumber } from '../../../utils/format';
import { type RegionOverviewData } from '../hooks/useRegionOverviewQuery';
import { regionStrings } from '../strings.nl';

const t = regionStrings.insights;

/** The headline figures of the SOP data of a school year. */
export function InsightFigures({ data }: { readonly data: RegionOverviewData }) {
  const h = data.dataHealth;
  const items: readonly (readonly [string, number])[] = [
    [t.schools, data.schools],
    [t.withSop, data.schoolsWithSop],
    [t.withoutSop, h.withoutPublishedSop.count],
    [t.stale, h.staleSops.count],
    [t.warnings, h.unresolvedWarnings.count],
    [t.review(data.schoolYear), h.awaitingReview.count],
    // Only when the overview leaves schools out: never silently.
    ...(data.schoolsLeftOut > 0 ? [[t.leftOut, data.schoolsLeftOut] as const] : []),
  ];
  return (
    <>
      <dl className="figures" aria-label={t.figures}>
        {items.map(([label, value]) => (
          <div key={label} className="figure">
            <dt>{label}</dt>
            <dd className="figure__value">{formatNumber(value)}</dd>
          </div>
        ))}
      </dl>
      {h.withoutWerkgebied.count > 0 ? (
        <p className="state">
          {t.leftOutNote(h.withoutWerkgebied.count)}{' '}
          {h.withoutWerkgebied.schools.map((s, i) => (
            <span key={s.id}>
              {i > 0 ? ', ' : null}
              <Link to={`/scholen/${encodeURIComponent(s.id)}`}>{s.name}</Link>
              {s.detail ? ` (${s.detail})` : null}
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}
