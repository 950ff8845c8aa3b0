/**
 * The SOP state of a school in a school year, as SQL conditions on a school row: one definition for the region
 * overview's data-health figures ("Zonder gepubliceerd SOP", "Verouderd SOP", concepts) and the search's `status`
 * filter, so every figure's link lands on a list with exactly that many schools.
 *
 * - `published`: a published SOP of that school year.
 * - `missing`: no published SOP of that school year.
 * - `stale`: the latest published SOP up to that school year starts more than `staleYears` years before it
 *   (schools without any published SOP are `missing`, not stale).
 * - `draft`: an SOP of that school year is a concept or awaits review.
 *
 * `school` is the school table's alias; `year` (text, `2025-2026`), `start` (int, 2025) and `staleYears` (int)
 * give SQL expressions, usually parameters: called only when the state needs them (an unused parameter has no type
 * PostgreSQL can infer).
 */
export type SopStateName = 'published' | 'missing' | 'stale' | 'draft';

export function sopStateSql(
  state: SopStateName,
  sql: { school: string; year: () => string; start: () => string; staleYears: () => string },
): string {
  const { school } = sql;
  if (state === 'stale') {
    return `(SELECT split_part(max(x.school_year), '-', 1)::int FROM sop x WHERE x.school_id = ${school}.id
      AND x.status = 'published' AND x.school_year <= ${sql.year()}) < ${sql.start()}::int - ${sql.staleYears()}::int`;
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
