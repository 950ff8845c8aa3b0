/**
 * The SOP state of a school in a school year, as SQL conditions on a school row: one definition for the region
 * overview's data-health figures ("Zonder gepubliceerd SOP", "Verouderd SOP", concepts) and the search's `status`
 * filter, so every figure's link lands on a list with exactly that many schools.
 *
 * - `published`: a published SOP of that school year.
 * - `missing`: no published SOP of that school year.
 * - `stale`: the newest published SOP up to that school year speaks for a year more than `staleYears` years before
 *   it (schools without any published SOP are `missing`, not stale). The year an SOP speaks for is its school
 *   year's first year, or the calendar year of the document's own date when that is earlier (`sopAsOfYearSql`, the
 *   same rule as `sopAsOfYear` in sop-model).
 * - `draft`: an SOP of that school year is a concept or awaits review.
 *
 * `school` is the school table's alias; `year` (text, `2025-2026`), `start` (int, 2025) and `staleYears` (int)
 * give SQL expressions, usually parameters: called only when the state needs them (an unused parameter has no type
 * PostgreSQL can infer).
 */
export type SopStateName = 'published' | 'missing' | 'stale' | 'draft';

/** The year the SOP row `sop` speaks for (int): see `sopAsOfYear` in sop-model. */
export function sopAsOfYearSql(sop: string): string {
  return `least(split_part(${sop}.school_year, '-', 1)::int, extract(year FROM ${sop}.document_date)::int)`;
}

/**
 * The year the newest published SOP up to school year `year` of school `school` speaks for (null without one): the
 * one figure behind `stale`, also for the age the overview lists.
 */
export function latestSopAsOfYearSql(school: string, year: string): string {
  return `(SELECT ${sopAsOfYearSql('x')} FROM sop x WHERE x.school_id = ${school}.id
      AND x.status = 'published' AND x.school_year <= ${year} ORDER BY x.school_year DESC LIMIT 1)`;
}

export function sopStateSql(
  state: SopStateName,
  sql: { school: string; year: () => string; start: () => string; staleYears: () => string },
): string {
  const { school } = sql;
  if (state === 'stale') {
    return `${latestSopAsOfYearSql(school, sql.year())} < ${sql.start()}::int - ${sql.staleYears()}::int`;
  }
  const year = sql.year();
  const publishedInYear = `EXISTS (SELECT 1 FROM sop x WHERE x.school_id = ${school}.id
    AND x.status = 'published' AND x.school_year = ${year})`;
  switch (state) {
    case 'published':
      return publishedInYear;
    case 'missing':
      return `NOT ${publishedInYear}`;
    case 'draft':
      return `EXISTS (SELECT 1 FROM sop x WHERE x.school_id = ${school}.id
        AND x.status IN ('draft', 'in-review') AND x.school_year = ${year})`;
  }
}
