import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DemoBadge, EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate, formatNumber } from '../../../utils/format';
import { useDocumentTitle } from '../../../utils/useDocumentTitle';
import { formatKm } from '../../schools/utils/find';
import { kindLabel, sopState } from '../../schools/utils/schools';
import { schoolsStrings } from '../../schools/strings.nl';
import { useShortlist } from '../hooks/useShortlist';
import { type ShortlistSchool, useShortlistSchools } from '../hooks/useShortlistSchools';
import { shortlistStrings as t } from '../strings.nl';
import {
  compareUrl,
  MAX_COMPARED,
  readSearchPoint,
  type SavedSchool,
  type SearchPoint,
  shareUrl,
  shownDistance,
  shownList,
} from '../utils/shortlist';

function SopLine({ school }: { readonly school: ShortlistSchool }) {
  const latest = [...school.sops].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))[0] ?? null;
  if (latest === null) return <span className="tag tag--missing">{t.sopNone}</span>;
  // the API's one definition of stale (the overview's figure, the status filter, the profile)
  const state = sopState(school);
  return (
    <>
      {t.sopOf(latest.schoolYear, schoolsStrings.sop.status[latest.status])}{' '}
      {state === 'verouderd' ? (
        <span className="tag tag--stale">{t.sopStale}</span>
      ) : (
        <span className="muted">· {t.sopCurrent}</span>
      )}
    </>
  );
}

function SchoolCard({
  saved,
  school,
  from,
  onRemove,
}: {
  readonly saved: SavedSchool;
  /** Undefined while it loads, null when the API no longer knows it. */
  readonly school: ShortlistSchool | null | undefined;
  /** The search point of a shared link: the distance is measured from there. */
  readonly from: SearchPoint | null;
  readonly onRemove: (() => void) | null;
}) {
  const id = useId();
  const name = school?.name ?? saved.name;
  const distance = shownDistance(saved, school, from);
  const km = distance === null ? null : formatKm(distance.km);
  const address = school
    ? [
        [school.street, school.houseNumber].filter(Boolean).join(' '),
        [school.postcode, school.place].filter(Boolean).join(' '),
      ]
        .filter((part) => part !== '')
        .join(', ')
    : '';
  return (
    <li className="shortlist__item">
      <article aria-labelledby={`${id}-name`}>
        <h2 id={`${id}-name`} className="shortlist__name">
          {school ? <Link to={`/scholen/${encodeURIComponent(school.id)}`}>{name}</Link> : name || t.unknown}
          {school?.isDemo ? (
            <>
              {' '}
              <DemoBadge />
            </>
          ) : null}
        </h2>
        {school === undefined ? (
          <LoadingState />
        ) : school === null ? (
          <p className="muted">{t.notFound}</p>
        ) : (
          <dl className="details shortlist__details">
            <div className="details__row">
              <dt>{t.address}</dt>
              <dd>{address || t.unknown}</dd>
            </div>
            <div className="details__row">
              <dt>{t.contact}</dt>
              <dd>
                {school.phone ? <span>{`${t.phone}: ${school.phone}`}</span> : null}
                {school.email ? (
                  <span>
                    {' '}
                    {t.email}: <a href={`mailto:${school.email}`}>{school.email}</a>
                  </span>
                ) : null}
                {school.website ? (
                  <span>
                    {' '}
                    {t.website}: <a href={school.website}>{school.website}</a>
                  </span>
                ) : null}
                {!school.phone && !school.email && !school.website ? t.unknown : null}
              </dd>
            </div>
            <div className="details__row">
              <dt>{t.kind}</dt>
              <dd>
                {kindLabel(school.kind)}
                {school.werkgebied ? ` · ${t.werkgebied} ${school.werkgebied.name}` : null}
                {school.latestPupilCount && !school.latestPupilCount.suppressed
                  ? ` · ${formatNumber(school.latestPupilCount.total)} ${t.pupils.toLowerCase()} (${formatDate(school.latestPupilCount.referenceDate)})`
                  : null}
              </dd>
            </div>
            {km !== null && distance !== null ? (
              <div className="details__row">
                <dt>{t.distance}</dt>
                <dd>{t.distanceFrom(km, distance.from)}</dd>
              </div>
            ) : null}
            {saved.matched.length > 0 ? (
              <div className="details__row">
                <dt>{t.matched}</dt>
                <dd>{saved.matched.join('; ')}</dd>
              </div>
            ) : null}
            <div className="details__row">
              <dt>{t.sop}</dt>
              <dd>
                <SopLine school={school} />
              </dd>
            </div>
          </dl>
        )}
        {onRemove ? (
          <button
            type="button"
            className="button button--secondary no-print"
            aria-label={t.remove(name)}
            onClick={onRemove}
          >
            {t.removeShort}
          </button>
        ) : null}
      </article>
    </li>
  );
}

/** The adviseur's shortlist: print it, share it as a link, or compare it side by side. */
export function ShortlistPage() {
  useDocumentTitle(t.title);
  const { list: saved, remove, clear } = useShortlist();
  const [params] = useSearchParams();
  const sharedIds = params.getAll('school');
  const own = sharedIds.length === 0;
  // a shared link may carry the point its distances were measured from (older links do not)
  const sharedFrom = useMemo(() => (own ? null : readSearchPoint(params)), [own, params]);
  const list = shownList(saved, sharedIds);
  const ids = useMemo(() => list.map((s) => s.id), [list]);
  const query = useShortlistSchools(ids);
  const shareId = useId();
  const [copied, setCopied] = useState(false);
  // passing a shared list on keeps its search point (the schools there carry no point of their own)
  const link = shareUrl(window.location.origin, list, sharedFrom);

  return (
    <section className="page shortlist">
      <h1>{t.title}</h1>
      <p className="lead">{own ? t.intro : sharedFrom ? t.sharedFrom(sharedFrom.label) : t.shared}</p>
      {list.length === 0 ? (
        <EmptyState>
          {t.empty} <Link to="/scholen">{t.toSearch}</Link>
        </EmptyState>
      ) : (
        <>
          <div className="compare-bar no-print">
            {list.length >= 2 ? (
              <Link className="button" to={compareUrl(list)}>
                {list.length > MAX_COMPARED ? t.compareFirst(MAX_COMPARED) : t.compare(list.length)}
              </Link>
            ) : null}
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              {t.print}
            </button>
            {own ? (
              <button type="button" className="button button--secondary" onClick={clear}>
                {t.clear}
              </button>
            ) : null}
          </div>
          <div className="field no-print">
            <label htmlFor={shareId}>{t.shareLabel}</label>
            <div className="shortlist__share">
              <input id={shareId} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  void navigator.clipboard?.writeText(link).then(() => setCopied(true));
                }}
              >
                {t.copy}
              </button>
            </div>
            {copied ? <p role="status">{t.copied}</p> : null}
          </div>
          {query.status === 'loading' ? <LoadingState /> : null}
          {query.status === 'error' ? (
            <ErrorState message={query.error.message} onRetry={query.refetch} />
          ) : null}
          {query.status === 'success' ? (
            <ol className="shortlist__list">
              {list.map((entry) => (
                <SchoolCard
                  key={entry.id}
                  saved={entry}
                  school={query.data.get(entry.id)}
                  from={sharedFrom}
                  onRemove={own ? () => remove(entry.id) : null}
                />
              ))}
            </ol>
          ) : null}
          <p className="muted print-only">{t.printedOn(formatDate(new Date()))}</p>
        </>
      )}
    </section>
  );
}
