/**
 * Pure URL builders for the API's downloads: spreadsheet exports (`/api/exports/<table>.<csv|xlsx>`) with the same
 * query parameters as the page's GraphQL variables, the printable region report, report jobs and open data.
 */

export type ExportFormat = 'csv' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export const OPEN_DATA_INDEX_URL = '/api/open-data/index.json';
export const OPEN_DATA_ZIP_URL = '/api/open-data/sops.zip';
export const REPORT_JOBS_URL = '/api/reports/region';

type ParamValue = string | number | null | undefined | object;

/** Query string of the set values; objects become JSON (the API checks them against its GraphQL input types). */
export function queryString(params: Readonly<Record<string, ParamValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    if (typeof value === 'object') {
      if (Object.keys(value).length === 0) continue;
      search.set(key, JSON.stringify(value));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** Scholen zoeken: `filter`, `near` and `sort` as in the `schools` query. */
export function schoolsExportUrl(
  format: ExportFormat,
  variables: { readonly filter: object | null; readonly near: object | null; readonly sort: object | null },
): string {
  return `/api/exports/schools.${format}${queryString({ filter: variables.filter, near: variables.near, sort: variables.sort })}`;
}

/** Vergelijken: the ids in the order shown, and the school year if one is chosen. */
export function compareExportUrl(
  format: ExportFormat,
  ids: readonly string[],
  schoolYear: string | null,
): string {
  return `/api/exports/compare.${format}${queryString({ ids: ids.join(','), schoolYear })}`;
}

/** Regio-overzicht: the coverage matrix of a school year (and werkgebied). */
export function coverageExportUrl(
  format: ExportFormat,
  schoolYear: string,
  werkgebied: string | null,
  minimumSchools: number | null = null,
): string {
  return `/api/exports/coverage.${format}${queryString({ schoolYear, werkgebied, minimumSchools })}`;
}

/** Funding per school for a calendar year. */
export function fundingExportUrl(format: ExportFormat, calendarYear: number): string {
  return `/api/exports/funding.${format}${queryString({ calendarYear })}`;
}

/** The calendar year whose 1 October count belongs to a school year (`2023-2024` → 2023). */
export function calendarYearOfSchoolYear(schoolYear: string): number | null {
  const match = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  return match ? Number(match[1]) : null;
}

/** The printable (public) region report. */
export function regionReportHtmlUrl(schoolYear: string, werkgebied: string | null): string {
  return `/api/reports/region.html${queryString({ schoolYear, werkgebied })}`;
}

export interface ReportJob {
  readonly id: string;
  readonly status: 'queued' | 'running' | 'done' | 'failed';
  readonly progress: number;
  readonly error: string | null;
  readonly statusUrl: string;
  readonly pdfUrl: string | null;
}

const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A report job as `POST /api/reports/region` and `GET /api/reports/jobs/:id` answer it; null when malformed. */
export function readReportJob(body: unknown): ReportJob | null {
  if (!isRecord(body) || typeof body['id'] !== 'string' || typeof body['statusUrl'] !== 'string') return null;
  const status = JOB_STATUSES.find((s) => s === body['status']);
  if (status === undefined) return null;
  const progress = typeof body['progress'] === 'number' ? Math.max(0, Math.min(100, body['progress'])) : 0;
  return {
    id: body['id'],
    status,
    progress,
    error: typeof body['error'] === 'string' ? body['error'] : null,
    statusUrl: body['statusUrl'],
    pdfUrl: typeof body['pdfUrl'] === 'string' ? body['pdfUrl'] : null,
  };
}
