import { useId } from 'react';
import { useSession } from '../../account/hooks/useSession';
import { isStaff } from '../../account/utils/session';
import { useReportJob } from '../hooks/useReportJob';
import { exportStrings as t } from '../strings.nl';
import { OPEN_DATA_INDEX_URL, OPEN_DATA_ZIP_URL, regionReportHtmlUrl } from '../utils/export-urls';

/** Regio-overzicht: the printable report, a PDF report job for staff (progress, download) and open data. */
export function ReportSection({
  schoolYear,
  werkgebied,
  werkgebiedName,
}: {
  readonly schoolYear: string;
  readonly werkgebied: string | null;
  readonly werkgebiedName: string | null;
}) {
  const id = useId();
  const { user } = useSession();
  const staff = isStaff(user ?? null);
  const [state, start] = useReportJob();
  const job = state.kind === 'job' ? state.job : null;
  return (
    <section className="sop-section report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.report.title}</h2>
      <p className="muted">{t.report.intro(schoolYear, werkgebiedName ?? t.report.region)}</p>
      <div className="export-links">
        <a
          className="button button--secondary"
          href={regionReportHtmlUrl(schoolYear, werkgebied)}
          target="_blank"
          rel="noopener"
        >
          {t.report.print}
          <span className="visually-hidden">{t.report.newTab}</span>
        </a>
        {staff ? (
          <button
            type="button"
            className="button"
            disabled={state.kind === 'starting' || job?.status === 'queued' || job?.status === 'running'}
            onClick={() => start(schoolYear, werkgebied)}
          >
            {state.kind === 'starting'
              ? t.report.starting
              : job?.status === 'done'
                ? t.report.again
                : t.report.start}
          </button>
        ) : null}
      </div>
      {!staff ? <p className="muted">{t.report.needStaff}</p> : null}
      {job ? (
        <div className={job.status === 'failed' ? 'state state--error' : 'state'} role="status">
          <label htmlFor={`${id}-progress`}>{t.report.progress}</label>{' '}
          <progress id={`${id}-progress`} max={100} value={job.progress}>
            {job.progress}%
          </progress>{' '}
          <span>{job.progress}%</span>
          <p>
            {t.report.statuses[job.status]}
            {job.error ? ` ${job.error}` : null}
          </p>
          {job.pdfUrl ? (
            <a className="button" href={job.pdfUrl} download>
              {t.report.download}
            </a>
          ) : null}
        </div>
      ) : null}
      {state.kind === 'error' ? (
        <p className="state state--error" role="alert">
          {state.message}
        </p>
      ) : null}
      <h3>{t.openData.title}</h3>
      <p className="muted">{t.openData.intro}</p>
      <ul className="export-list">
        <li>
          <a href={OPEN_DATA_INDEX_URL}>{t.openData.index}</a>
        </li>
        <li>
          <a href={OPEN_DATA_ZIP_URL} download>
            {t.openData.zip}
          </a>
        </li>
      </ul>
    </section>
  );
}
