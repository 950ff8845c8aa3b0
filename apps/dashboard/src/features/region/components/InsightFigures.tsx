import { Link } from 'react-router-dom';
import { formatNumber } from '../../../utils/format';
import { type RegionOverviewData } from '../hooks/useRegionOverviewQuery';
import { regionStrings } from '../strings.nl';
import { type FigureState, figureSearchUrl } from '../utils/overview';

const t = regionStrings.insights;

interface Figure {
  readonly label: string;
  readonly value: number;
  /** How the figure is counted (shown below it). */
  readonly note: string;
  /** The SOP state of the schools behind it; null: no list to link to. */
  readonly state: FigureState | null;
}

/**
 * The headline figures of the SOP data of a school year. Each figure with a list behind it links to Scholen zoeken
 * with the same scope, school year and SOP state (the API counts both with one definition, `sop-state-sql.ts`).
 */
export function InsightFigures({
  data,
  werkgebied,
  staff,
}: {
  readonly data: RegionOverviewData;
  readonly werkgebied: string | null;
  /** Concept SOPs are listed for SWV staff only; anyone else sees their number. */
  readonly staff: boolean;
}) {
  const h = data.dataHealth;
  const items: readonly Figure[] = [
    { label: t.schools, value: data.schools, note: t.notes.schools, state: '' },
    {
      label: t.withSop,
      value: data.schoolsWithSop,
      note: t.notes.withSop(data.schoolYear),
      state: 'gepubliceerd',
    },
    {
      label: t.withoutSop,
      value: h.withoutPublishedSop.count,
      note: t.notes.withoutSop(data.schoolYear),
      state: 'zonder',
    },
    { label: t.stale, value: h.staleSops.count, note: t.notes.stale, state: 'verouderd' },
    { label: t.warnings, value: h.unresolvedWarnings.count, note: t.notes.warnings, state: null },
    {
      label: t.review(data.schoolYear),
      value: h.awaitingReview.count,
      note: t.notes.review,
      state: staff ? 'concept' : null,
    },
    // Only when the overview leaves schools out: never silently.
    ...(data.schoolsLeftOut > 0
      ? [{ label: t.leftOut, value: data.schoolsLeftOut, note: t.notes.leftOut, state: null }]
      : []),
  ];
  return (
    <>
      <dl className="figures" aria-label={t.figures}>
        {items.map((f) => (
          <div key={f.label} className="figure">
            <dt>{f.label}</dt>
            <dd className="figure__value">
              {f.state === null ? (
                formatNumber(f.value)
              ) : (
                <Link to={figureSearchUrl(f.state, data.schoolYear, werkgebied)} className="figure__link">
                  {formatNumber(f.value)}
                  <span className="visually-hidden"> {t.showSchools(f.label)}</span>
                </Link>
              )}
            </dd>
            <dd className="figure__note">{f.note}</dd>
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
