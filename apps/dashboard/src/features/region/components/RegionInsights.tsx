import { ExportLinks } from '../../exports/components/ExportLinks';
import { ReportSection } from '../../exports/components/ReportSection';
import { exportStrings } from '../../exports/strings.nl';
import { coverageExportUrl } from '../../exports/utils/export-urls';
import {
  schoolYearFromStart,
  schoolYearOf,
  schoolYearStart,
  WERKGEBIED_CODES,
  WERKGEBIEDEN,
} from '@sop-atlas/sop-model';
import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ErrorState, LoadingState } from '../../../components/states';
import { useRegionOverviewQuery } from '../hooks/useRegionOverviewQuery';
import { regionStrings } from '../strings.nl';
import { fallbackNote, yearsWithData } from '../utils/overview';
import { schoolYearOptions } from '../../../utils/school-years';
import { CoverageGaps } from './CoverageGaps';
import { CoverageHeatmap } from './CoverageHeatmap';
import { CoverageTrends } from './CoverageTrends';
import { FundingExport } from './FundingExport';
import { FundingPerPupil } from './FundingPerPupil';
import { FundingScatter } from './FundingScatter';
import { InsightFigures } from './InsightFigures';
import { useSession } from '../../account/hooks/useSession';
import { isStaff } from '../../account/utils/session';

const t = regionStrings.insights;

/** The SOP-based part of the Regio-overzicht (`regionOverview`): figures, coverage, gaps, funding, trends. */
export function RegionInsights() {
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const yearId = useId();
  const running = schoolYearOf(new Date());
  const coming = schoolYearFromStart(schoolYearStart(running) + 1);
  const wanted = params.get('jaar');
  // a year in the URL may be the coming one (its SOPs can be published before it starts); the options follow the data
  const explicit = wanted !== null && schoolYearOptions(new Date(), [coming]).includes(wanted);
  const year = explicit ? wanted : running;
  const gebied = WERKGEBIED_CODES.find((c) => c === params.get('gebied')) ?? null;
  const query = useRegionOverviewQuery(year, explicit, gebied);
  const dataYears = query.status === 'success' ? yearsWithData(query.data.trends) : [];
  const years = schoolYearOptions(new Date(), explicit ? [...dataYears, year] : dataYears);
  const note = query.status === 'success' ? fallbackNote(year, query.data.schoolYear) : null;
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <section className="insights" aria-labelledby={`${yearId}-title`}>
      <div className="profile__header">
        <h2 id={`${yearId}-title`}>{t.figures}</h2>
        <div className="field">
          <label htmlFor={yearId}>{t.year}</label>
          <select
            id={yearId}
            value={query.status === 'success' ? query.data.schoolYear : year}
            onChange={(e) => setParam('jaar', e.target.value)}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${yearId}-gebied`}>{t.werkgebied}</label>
          <select
            id={`${yearId}-gebied`}
            value={gebied ?? ''}
            onChange={(e) => setParam('gebied', e.target.value)}
          >
            <option value="">{t.allWerkgebieden}</option>
            {WERKGEBIEDEN.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {query.status === 'loading' ? <LoadingState /> : null}
      {query.status === 'error' ? <ErrorState message={query.error.message} onRetry={query.refetch} /> : null}
      {query.status === 'success' ? (
        <>
          {note ? <p className="muted">{note}</p> : null}
          <InsightFigures data={query.data} werkgebied={gebied} staff={isStaff(user ?? null)} />
          <CoverageHeatmap data={query.data} kind="expertise" title={t.coverage.expertiseTitle} />
          <CoverageHeatmap data={query.data} kind="facility" title={t.coverage.facilityTitle} />
          <ExportLinks
            what={exportStrings.what.coverage}
            url={(format) => coverageExportUrl(format, query.data.schoolYear, gebied)}
          />
          <CoverageGaps data={query.data} />
          <FundingPerPupil data={query.data} />
          <FundingExport schoolYear={query.data.schoolYear} />
          <FundingScatter />
          <CoverageTrends data={query.data} />
          <ReportSection
            schoolYear={query.data.schoolYear}
            werkgebied={gebied}
            werkgebiedName={WERKGEBIEDEN.find((w) => w.code === gebied)?.name ?? null}
          />
        </>
      ) : null}
    </section>
  );
}
