import { recentSchoolYears, schoolYearFromStart, schoolYearOf, schoolYearStart } from '@sop-atlas/sop-model';

function startOrNull(schoolYear: string): number | null {
  const match = /^(\d{4})-(\d{4})$/.exec(schoolYear);
  return match && Number(match[2]) === Number(match[1]) + 1 ? Number(match[1]) : null;
}

/**
 * The school years a "Schooljaar" selector offers, newest first: the running school year and the `count - 1` before
 * it, and a later year (the coming one) only when SOPs for it exist already. A year that has not started and has no
 * SOPs is never offered.
 */
export function schoolYearOptions(today: Date, yearsWithData: readonly string[] = [], count = 6): string[] {
  const running = schoolYearStart(schoolYearOf(today));
  const coming = yearsWithData
    .filter((y) => (startOrNull(y) ?? running) > running)
    .sort()
    .reverse();
  return [...new Set([...coming, ...recentSchoolYears(today, count)])];
}

/** School years strictly between `older` and `newer` (`2024-2025`, `2026-2027` → `['2025-2026']`). */
export function yearsBetween(older: string, newer: string): string[] {
  const from = schoolYearStart(older);
  const to = schoolYearStart(newer);
  return Array.from({ length: Math.max(0, to - from - 1) }, (_, i) => schoolYearFromStart(from + 1 + i));
}
