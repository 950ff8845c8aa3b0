import { SCHOOL_KINDS } from '@sop-atlas/sop-model';
import { type ReactNode, useId, useMemo } from 'react';
import { errorCode } from '../../../graphql/errors';
import { Link, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate, formatNumber } from '../../../utils/format';
import { useDocumentTitle } from '../../../utils/useDocumentTitle';
import { useSession } from '../../account/hooks/useSession';
import { isStaff, mayEditSchool } from '../../account/utils/session';
import { type SchoolProfileData, useSchoolProfileQuery } from '../hooks/useSchoolProfileQuery';
import { useSchoolSopQuery } from '../hooks/useSchoolSopQuery';
import { schoolStrings as t } from '../strings.nl';
import {
  apiFundingSummary,
  documentWarnings,
  expertiseRows,
  facilityRows,
  fundingSummary,
  hgwRows,
  historyTable,
  partnerRows,
  previousYear,
  pupilSeries,
  sopDates,
  splitOffers,
  type SopView,
  staleWarning,
  yearChanges,
} from '../utils/profile';
import { ChangesTable } from './ChangesTable';
import { FundingFigures } from './FundingSection';
import { HistoryTable } from './HistoryTable';
import { PupilChart } from './PupilChart';
import { SopRowsTable } from './SopRowsTable';
import { SopSection, SopText } from './TextSection';
import { locationText } from '../utils/location';
import { WerkgebiedChooser } from './WerkgebiedChooser';

type School = SchoolProfileData['school'];
type Parameters = SchoolProfileData['fundingParameters'];

const SECTION_IDS = [
  ['visie', t.sections.vision],
  ['structuur', t.sections.structure],
  ['hgw', t.sections.hgw],
  ['expertise', t.sections.expertise],
  ['deskundigen', t.sections.partners],
  ['aanbod', t.sections.extraOffers],
  ['voorzieningen', t.sections.facilities],
  ['extra-ondersteuning', t.sections.extraSupport],
  ['grenzen', t.sections.limits],
  ['financien', t.sections.funding],
  ['evaluatie', t.sections.evaluation],
  ['veranderingen', t.sections.changes],
] as const;

function OriginBadge({ isDemo }: { readonly isDemo: boolean }) {
  return isDemo ? (
    <span className="badge badge--demo" title={t.demoBadgeTitle}>
      {t.demoBadge}
    </span>
  ) : (
    <span className="badge badge--real" title={t.realBadgeTitle}>
      {t.realBadge}
    </span>
  );
}

function GeneralDetails({ school }: { readonly school: School }) {
  const latest = [...school.pupilCounts].sort((a, b) => b.referenceDate.localeCompare(a.referenceDate))[0];
  const address = [
    [school.street, school.houseNumber].filter(Boolean).join(' '),
    [school.postcode, school.place].filter(Boolean).join(' '),
  ]
    .filter((part) => part !== '')
    .join(', ');
  const rows: readonly (readonly [string, ReactNode])[] = [
    [t.general.vestigingscode, school.vestigingscode],
    [t.general.kind, SCHOOL_KINDS.find((k) => k.code === school.kind)?.label ?? school.kind],
    [t.general.denomination, school.denomination],
    [t.general.board, [school.boardName, school.boardNumber].filter(Boolean).join(' · ') || null],
    [t.general.address, address || null],
    [t.general.location, locationText(school.locationSource)],
    [t.general.werkgebied, school.werkgebied?.name ?? null],
    [t.general.contact, [school.phone, school.email].filter(Boolean).join(' · ') || null],
    [
      t.general.pupils,
      latest
        ? `${latest.suppressed ? '<5' : formatNumber(latest.total)} (${formatDate(latest.referenceDate)})`
        : null,
    ],
  ];
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div key={label} className="details__row">
          <dt>{label}</dt>
          <dd>{value ?? <span className="muted">{t.notFilled}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

function SopBody({
  school,
  parameters,
  sop,
  previous,
  prevYear,
}: {
  readonly school: School;
  readonly parameters: Parameters;
  readonly sop: SopView;
  readonly previous: SopView | null;
  readonly prevYear: string | null;
}) {
  // The API's figures when it has them (pupils of 1 October of the calendar year); else computed here.
  const funding = apiFundingSummary(sop.funding) ?? fundingSummary(sop, school.pupilCounts, parameters);
  const { offers, hints } = splitOffers(sop);
  const changes = previous ? yearChanges(previous, sop) : [];
  const whole = documentWarnings(sop.warnings);
  return (
    <>
      {whole.length > 0 ? (
        <div className="state state--warn" role="note">
          <p className="state__title">{t.documentWarnings}</p>
          <ul>
            {whole.map((w) => (
              <li key={`${w.code}-${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <SopSection id="visie" title={t.sections.vision} sop={sop} path="vision">
        <SopText text={sop.vision} />
      </SopSection>
      <SopSection id="structuur" title={t.sections.structure} sop={sop} path="supportStructure">
        <SopText text={sop.supportStructure} />
      </SopSection>
      <SopSection id="hgw" title={t.sections.hgw} sop={sop} path="hgw" ownOnly>
        <SopRowsTable caption={t.sections.hgw} rows={hgwRows(sop)} />
      </SopSection>
      <SopSection id="expertise" title={t.sections.expertise} sop={sop} path="expertise" ownOnly>
        <SopRowsTable caption={t.sections.expertise} rows={expertiseRows(sop)} />
      </SopSection>
      <SopSection id="deskundigen" title={t.sections.partners} sop={sop} path="partners" ownOnly>
        <SopRowsTable caption={t.sections.partners} rows={partnerRows(sop)} />
      </SopSection>
      <SopSection id="aanbod" title={t.sections.extraOffers} sop={sop} path="extraOfferNote">
        <h3>{t.offers}</h3>
        {offers.length === 0 ? (
          <p className="muted">{t.noOffers}</p>
        ) : (
          <ul className="offers">
            {offers.map((o) => (
              <li key={o.key}>
                {o.offer}
                {o.period ? <span className="muted"> · {t.period(o.period)}</span> : null}
                {o.sources.length > 0 ? <span className="source"> · {o.sources.join('; ')}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {sop.extraOfferNote ? <SopText text={sop.extraOfferNote} /> : null}
        {hints.length > 0 ? (
          <details className="hints">
            <summary>{t.hints}</summary>
            <ul>
              {hints.map((o) => (
                <li key={o.key}>{o.offer}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </SopSection>
      <SopSection id="voorzieningen" title={t.sections.facilities} sop={sop} path="facilities" ownOnly>
        <SopRowsTable caption={t.sections.facilities} rows={facilityRows(sop)} />
      </SopSection>
      <SopSection id="extra-ondersteuning" title={t.sections.extraSupport} sop={sop} path="extraSupport">
        <SopText text={sop.extraSupport} />
      </SopSection>
      <SopSection id="grenzen" title={t.sections.limits} sop={sop} path="limits">
        <SopText text={sop.limits} />
      </SopSection>
      <SopSection id="financien" title={t.sections.funding} sop={sop} path="funding">
        <FundingFigures summary={funding} />
      </SopSection>
      <SopSection id="evaluatie" title={t.sections.evaluation} sop={sop} path="evaluation">
        <SopText text={sop.evaluation} />
      </SopSection>
      <section className="sop-section" id="veranderingen" aria-labelledby="veranderingen-title">
        <h2 id="veranderingen-title">{t.sections.changes}</h2>
        <ChangesTable previousYear={previous ? prevYear : null} changes={changes} />
        <HistoryTable {...historyTable(school.history)} />
      </section>
    </>
  );
}

function ChosenSop({
  school,
  parameters,
  year,
  years,
}: {
  readonly school: School;
  readonly parameters: Parameters;
  readonly year: string;
  readonly years: readonly string[];
}) {
  const prevYear = previousYear(years, year);
  const query = useSchoolSopQuery(school.id, year, prevYear);
  if (query.status === 'loading') return <LoadingState />;
  if (query.status === 'error') return <ErrorState message={query.error.message} onRetry={query.refetch} />;
  const sop = query.data.current;
  const dates = sopDates(sop);
  return (
    <>
      <p className="sop-meta">
        {t.status[sop.status]}
        {/* the document's own date (as it states it) beside the day it was published here */}
        {` · ${dates.own}`}
        {dates.published ? ` · ${dates.published}` : null}
        {' · '}
        {sop.sourceDocument ? (
          <a href={sop.sourceDocument.url} target="_blank" rel="noreferrer">
            {t.openDocument(sop.sourceDocument.fileName)}
          </a>
        ) : (
          <span className="muted">{t.noDocument}</span>
        )}
      </p>
      <SopBody
        school={school}
        parameters={parameters}
        sop={sop}
        previous={query.data.previous}
        prevYear={prevYear}
      />
    </>
  );
}

export function SchoolProfilePage({ id }: { readonly id: string }) {
  const query = useSchoolProfileQuery(id);
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  const school = query.status === 'success' ? query.data.school : null;
  useDocumentTitle(school ? school.name : t.titleFallback);
  const years = useMemo(
    () => (school ? [...new Set(school.sops.map((s) => s.schoolYear))].sort().reverse() : []),
    [school],
  );
  const wanted = params.get('jaar');
  const year = wanted !== null && years.includes(wanted) ? wanted : (years[0] ?? null);

  if (query.status === 'loading')
    return (
      <section className="page">
        <h1>{t.titleFallback}</h1>
        <LoadingState />
      </section>
    );
  // An id that names no school: a not-found page (retrying cannot help), with the way back to the search.
  if (query.status === 'error' && errorCode(query.error) === 'NOT_FOUND')
    return (
      <section className="page">
        <h1>{t.notFoundTitle}</h1>
        <p>{t.notFound}</p>
        <p>
          <Link to="/scholen">{t.back}</Link>
        </p>
      </section>
    );
  if (query.status === 'error')
    return (
      <section className="page">
        <h1>{t.titleFallback}</h1>
        <ErrorState message={query.error.message} onRetry={query.refetch} />
      </section>
    );
  const data = query.data;
  // Stale as the overview's "Verouderd SOP" and the search's status filter count it: the API's one definition.
  const stale = staleWarning(data.school.staleSop ?? null);
  return (
    <article className="page profile">
      <p>
        <Link to="/scholen">{t.back}</Link>
      </p>
      <header className="profile__header">
        <h1>
          {data.school.name} <OriginBadge isDemo={data.school.isDemo} />
        </h1>
        <div className="profile__actions">
          {years.length > 0 && year !== null ? (
            <div className="field">
              <label htmlFor={selectId}>{t.year}</label>
              <select
                id={selectId}
                value={year}
                onChange={(e) => setParams({ jaar: e.target.value }, { replace: true })}
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <Link
            className="button button--secondary"
            to={`/vergelijken?school=${encodeURIComponent(data.school.id)}`}
          >
            {t.compare}
          </Link>
          {mayEditSchool(user ?? null, data.school.id) ? (
            <Link
              className="button button--secondary"
              to={`/beheer/scholen/${encodeURIComponent(data.school.id)}`}
            >
              {t.edit}
            </Link>
          ) : null}
        </div>
      </header>
      {stale !== null ? (
        <p className="state state--warn" role="note">
          {stale}
        </p>
      ) : null}
      {data.school.demoNotice ? (
        <p className="state state--warn" role="note">
          {data.school.demoNotice}
        </p>
      ) : null}
      <section className="sop-section" aria-labelledby="algemeen-title">
        <h2 id="algemeen-title">{t.sections.general}</h2>
        <GeneralDetails school={data.school} />
        {isStaff(user ?? null) ? (
          <WerkgebiedChooser
            key={data.school.werkgebied?.code ?? ''}
            schoolId={data.school.id}
            current={data.school.werkgebied?.code ?? null}
            source={data.school.werkgebiedSource ?? null}
            onSaved={query.refetch}
          />
        ) : null}
      </section>
      <PupilChart data={pupilSeries(data.school.pupilCounts)} />
      {year === null ? (
        <EmptyState>{t.noSops}</EmptyState>
      ) : (
        <>
          <nav aria-label={t.toc} className="toc">
            <ul>
              {SECTION_IDS.map(([anchor, label]) => (
                <li key={anchor}>
                  <a href={`#${anchor}`}>{label}</a>
                </li>
              ))}
            </ul>
          </nav>
          <ChosenSop
            key={year}
            school={data.school}
            parameters={data.fundingParameters}
            year={year}
            years={years}
          />
        </>
      )}
    </article>
  );
}
