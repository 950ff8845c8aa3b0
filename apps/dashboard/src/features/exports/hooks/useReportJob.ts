import { useCallback, useEffect, useRef, useState } from 'react';
import { CSRF_HEADERS } from '../../../graphql/client';
import { exportStrings as t } from '../strings.nl';
import { readReportJob, REPORT_JOBS_URL, type ReportJob } from '../utils/export-urls';

export type ReportJobState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'starting' }
  | { readonly kind: 'job'; readonly job: ReportJob }
  | { readonly kind: 'error'; readonly message: string };

const POLL_MS = 1000;

function httpMessage(status: number): string {
  if (status === 401) return t.report.errors.unauthorized;
  if (status === 403) return t.report.errors.forbidden;
  if (status === 429) return t.report.errors.busy;
  return t.report.errors.status(status);
}

async function readJob(response: Response): Promise<ReportJobState> {
  if (!response.ok) return { kind: 'error', message: httpMessage(response.status) };
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const job = readReportJob(body);
  return job ? { kind: 'job', job } : { kind: 'error', message: t.report.errors.status(response.status) };
}

/** Starts a PDF report job (session cookie + CSRF header) and polls its progress until done or failed. */
export function useReportJob(): [ReportJobState, (schoolYear: string, werkgebied: string | null) => void] {
  const [state, setState] = useState<ReportJobState>({ kind: 'idle' });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const statusUrl =
    state.kind === 'job' && (state.job.status === 'queued' || state.job.status === 'running')
      ? state.job.statusUrl
      : null;
  useEffect(() => {
    if (statusUrl === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(statusUrl, { credentials: 'same-origin', signal: controller.signal })
        .then(readJob)
        .then(
          (next) => {
            if (!controller.signal.aborted) setState(next);
          },
          () => {
            if (!controller.signal.aborted) setState({ kind: 'error', message: t.report.errors.network });
          },
        );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // A new poll after every answer (the state object changes even when the progress does not).
  }, [statusUrl, state]);

  const start = useCallback((schoolYear: string, werkgebied: string | null) => {
    setState({ kind: 'starting' });
    fetch(REPORT_JOBS_URL, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', ...CSRF_HEADERS },
      body: JSON.stringify({ schoolYear, werkgebied }),
    })
      .then(readJob)
      .then(
        (next) => {
          if (alive.current) setState(next);
        },
        () => {
          if (alive.current) setState({ kind: 'error', message: t.report.errors.network });
        },
      );
  }, []);

  return [state, start];
}
