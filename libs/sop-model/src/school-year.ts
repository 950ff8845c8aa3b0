/** School years run 1 August to 31 July and are written `2023-2024`. */

export function schoolYearStart(schoolYear: string): number {
  const match = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  if (!match || Number(match[2]) !== Number(match[1]) + 1) {
    throw new RangeError(`ongeldig schooljaar '${schoolYear}' (verwacht bijvoorbeeld 2023-2024)`);
  }
  return Number(match[1]);
}

export function schoolYearFromStart(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}

/** The school year a date falls in (UTC). */
export function schoolYearOf(date: Date): string {
  const year = date.getUTCFullYear();
  return schoolYearFromStart(date.getUTCMonth() >= 7 ? year : year - 1);
}

/** Whole school years between an SOP's year and the reference year (0 = current). */
export function schoolYearAge(sopYear: string, referenceYear: string): number {
  return schoolYearStart(referenceYear) - schoolYearStart(sopYear);
}

/** An SOP is stale when it is more than `maxAgeYears` school years older than the reference year. */
export function isStale(sopYear: string, referenceYear: string, maxAgeYears: number): boolean {
  return schoolYearAge(sopYear, referenceYear) > maxAgeYears;
}

/** The running school year of `today` and the `count - 1` before it, newest first. */
export function recentSchoolYears(today: Date, count: number): string[] {
  const running = schoolYearStart(schoolYearOf(today));
  return Array.from({ length: count }, (_, i) => schoolYearFromStart(running - i));
}

/**
 * The year an SOP speaks for, for staleness: its school year's first year, or the calendar year of the document's
 * own date when that is earlier (a document adopted in 2021 and labelled 2023-2024 is as old as 2021). The API's
 * SQL (`apps/api/src/schools/sop-state-sql.ts`) states the same rule; `apps/api/test/queries/sop-document-date.spec.ts` holds the two equal.
 */
export function sopAsOfYear(schoolYear: string, documentDate: string | null | undefined): number {
  const start = schoolYearStart(schoolYear);
  const dated = documentDate ? Number(documentDate.slice(0, 4)) : Number.NaN;
  return Number.isInteger(dated) && dated < start ? dated : start;
}
