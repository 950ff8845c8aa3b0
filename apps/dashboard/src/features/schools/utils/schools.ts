/** Pure transforms for the school list: API nodes → display rows, filtering and sorting. */
import { SCHOOL_KINDS, type SchoolKind, WERKGEBIEDEN } from '@sop-atlas/sop-model';
import type { SchoolsPageQuery, SopStatus } from '../../../graphql/generated/graphql';

export type SchoolNode = SchoolsPageQuery['schools']['edges'][number]['node'];

export interface SchoolRow {
  readonly id: string;
  readonly name: string;
  readonly place: string | null;
  readonly werkgebiedCode: string | null;
  readonly werkgebiedName: string | null;
  readonly kind: SchoolKind;
  readonly kindLabel: string;
  /** Latest known pupil count; null when unknown or suppressed (`<5`, see `pupilsSuppressed`). */
  readonly pupils: number | null;
  readonly pupilsSuppressed: boolean;
  /** DUO reference date of `pupils` (`yyyy-mm-dd`). */
  readonly pupilsDate: string | null;
  readonly isDemo: boolean;
  /** The newest non-archived SOP, or null when the school has none. */
  readonly latestSop: { readonly schoolYear: string; readonly status: SopStatus } | null;
  readonly sopState: SopState;
}

/** `actueel`, `verouderd` (older than the allowed age) or `ontbreekt`. */
export type SopState = 'actueel' | 'verouderd' | 'ontbreekt';

/**
 * A school's SOP state in the running school year: `ontbreekt` without a published SOP, `verouderd` when the API
 * says so (`School.staleSop`: the definition behind the overview's "Verouderd SOP" and the status filter, which
 * also counts from the document's own date), else `actueel`.
 */
export function sopState(node: Pick<SchoolNode, 'sops' | 'staleSop'>): SopState {
  if (!node.sops.some((s) => s.status === 'PUBLISHED')) return 'ontbreekt';
  return node.staleSop ? 'verouderd' : 'actueel';
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });

export function kindLabel(kind: SchoolKind): string {
  return SCHOOL_KINDS.find((k) => k.code === kind)?.label ?? kind;
}

export function toSchoolRow(node: SchoolNode): SchoolRow {
  const latestSop = [...node.sops].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))[0] ?? null;
  return {
    id: node.id,
    name: node.name,
    place: node.place ?? node.gemeenteName ?? null,
    werkgebiedCode: node.werkgebied?.code ?? null,
    werkgebiedName: node.werkgebied?.name ?? null,
    kind: node.kind,
    kindLabel: kindLabel(node.kind),
    pupils: node.latestPupilCount?.total ?? null,
    pupilsSuppressed: node.latestPupilCount?.suppressed ?? false,
    pupilsDate: node.latestPupilCount?.referenceDate ?? null,
    isDemo: node.isDemo,
    latestSop: latestSop ? { schoolYear: latestSop.schoolYear, status: latestSop.status } : null,
    sopState: sopState(node),
  };
}

/** Rows sorted by name (Dutch collation, numbers in natural order). */
export function toSchoolRows(nodes: readonly SchoolNode[]): SchoolRow[] {
  return nodes.map((n) => toSchoolRow(n)).sort((a, b) => collator.compare(a.name, b.name));
}

export interface SchoolFilter {
  /** Free text matched against name and place, case- and accent-insensitive. */
  readonly text: string;
  /** Werkgebied code, `''` for all, `'onbekend'` for schools without one. */
  readonly werkgebied: string;
  /** School kind, `''` for all. */
  readonly kind: SchoolKind | '';
}

export const EMPTY_FILTER: SchoolFilter = { text: '', werkgebied: '', kind: '' };
export const UNKNOWN_WERKGEBIED = 'onbekend';

function fold(text: string): string {
  return text
    .toLocaleLowerCase('nl-NL')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

export function filterSchools(rows: readonly SchoolRow[], filter: SchoolFilter): SchoolRow[] {
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.kind !== '' && row.kind !== filter.kind) return false;
    if (filter.werkgebied === UNKNOWN_WERKGEBIED && row.werkgebiedCode !== null) return false;
    if (
      filter.werkgebied !== '' &&
      filter.werkgebied !== UNKNOWN_WERKGEBIED &&
      row.werkgebiedCode !== filter.werkgebied
    )
      return false;
    if (words.length === 0) return true;
    const haystack = fold(`${row.name} ${row.place ?? ''} ${row.werkgebiedName ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** Werkgebied options for a filter: the 10 SPPOH werkgebieden in catalog order. */
export const WERKGEBIED_OPTIONS: readonly { readonly code: string; readonly name: string }[] =
  WERKGEBIEDEN.map((w) => ({ code: w.code, name: w.name }));
