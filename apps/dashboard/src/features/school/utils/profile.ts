/** Pure transforms for the Schoolprofiel: SOP rows with their source and warnings, funding, pupils, changes. */
import {
  catalogLabel,
  type CatalogKind,
  EXPERTISE_AVAILABILITIES,
  expectedFunding,
  FACILITY_STATUSES,
  FREQUENCIES,
  fundingDeviation,
  type FundingDeviation,
  fundingPerPupil,
  HGW_STATUSES,
  type ScaleValue,
  schoolYearStart,
} from '@sop-atlas/sop-model';
import { formatDate, formatEuro } from '../../../utils/format';
import type { SopFieldsFragment } from '../../../graphql/generated/graphql';
import { schoolStrings as t } from '../strings.nl';

export type SopView = SopFieldsFragment;
export type ProvenanceView = SopView['provenance'][number];
export type WarningView = SopView['warnings'][number];

/** Whether `path` is `base` itself or a field below it (`expertise[2]` covers `expertise[2].availability`). */
export function pathWithin(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}.`) || path.startsWith(`${base}[`);
}

/** Where a value was read, in words: `p. 3, r. 12–14`, `tabel 2, rij 4`, `handmatig ingevoerd`. */
export function formatSource(
  entry: Pick<ProvenanceView, 'source' | 'page' | 'line' | 'lineEnd' | 'table' | 'row' | 'cell'>,
): string {
  if (entry.source === 'manual') return t.source.manual;
  if (entry.source === 'demo') return t.source.demo;
  const parts: string[] = [];
  if (entry.page !== null) parts.push(t.source.page(entry.page));
  if (entry.table !== null) parts.push(t.source.table(entry.table));
  if (entry.row !== null) parts.push(t.source.row(entry.row));
  if (entry.cell !== null) parts.push(t.source.cell(entry.cell));
  if (entry.line !== null) parts.push(t.source.line(entry.line, entry.lineEnd));
  return parts.length === 0 ? t.source.none : parts.join(', ');
}

/** The distinct source descriptions of a field and everything below it. */
export function sourcesFor(provenance: readonly ProvenanceView[], base: string): string[] {
  const texts = provenance
    .filter((p) => pathWithin(p.path, base))
    .map((p) => (p.excerpt ? `${formatSource(p)}: “${p.excerpt.trim()}”` : formatSource(p)));
  return [...new Set(texts)];
}

/** Open warnings about a field (resolved ones are history, not a warning). */
export function warningsFor(warnings: readonly WarningView[], base: string): WarningView[] {
  return warnings.filter((w) => w.resolvedAt === null && w.path !== '' && pathWithin(w.path, base));
}

/** Warnings about the document as a whole (no field path). */
export function documentWarnings(warnings: readonly WarningView[]): WarningView[] {
  return warnings.filter((w) => w.resolvedAt === null && w.path === '');
}

function scaleLabel<C extends string>(scale: readonly ScaleValue<C>[], code: string | null): string | null {
  if (code === null) return null;
  return scale.find((s) => s.code === code)?.label ?? code;
}

export interface ProfileRow {
  readonly key: string;
  /** Field path of the row, e.g. `hgw[2]`. */
  readonly path: string;
  /** Catalog label when the code is known, else the school's own label. */
  readonly label: string;
  /** The value in words; null when not filled in or ambiguous. */
  readonly value: string | null;
  /** Both (or all) readings when the source was ambiguous; the UI never picks one. */
  readonly candidates: readonly string[];
  /** Expertise only: whether it is in the team or bought in. */
  readonly availabilityKind: string | null;
  readonly sources: readonly string[];
  readonly warnings: readonly string[];
}

interface RawRow {
  readonly code: string | null;
  readonly label: string;
}

function rowLabel(kind: CatalogKind, row: RawRow): string {
  return (row.code !== null ? catalogLabel(kind, row.code) : undefined) ?? row.label;
}

function buildRows<R extends RawRow>(
  sop: SopView,
  section: 'hgw' | 'expertise' | 'partners' | 'facilities',
  kind: CatalogKind,
  rows: readonly R[],
  read: (row: R) => { value: string | null; candidates: readonly string[]; availabilityKind: string | null },
): ProfileRow[] {
  return rows.map((row, i) => {
    const path = `${section}[${i}]`;
    const { value, candidates, availabilityKind } = read(row);
    const ambiguous = candidates.length > 1;
    return {
      key: path,
      path,
      label: rowLabel(kind, row),
      value: ambiguous ? null : value,
      candidates: ambiguous ? candidates : [],
      availabilityKind,
      sources: sourcesFor(sop.provenance, path),
      warnings: warningsFor(sop.warnings, path).map((w) => w.message),
    };
  });
}

export function hgwRows(sop: SopView): ProfileRow[] {
  return buildRows(sop, 'hgw', 'hgw', sop.hgw, (r) => ({
    value: scaleLabel(HGW_STATUSES, r.status),
    candidates: r.candidates.map((c) => scaleLabel(HGW_STATUSES, c) ?? c),
    availabilityKind: null,
  }));
}

export function expertiseRows(sop: SopView): ProfileRow[] {
  return buildRows(sop, 'expertise', 'expertise', sop.expertise, (r) => {
    const kindLabel = scaleLabel(EXPERTISE_AVAILABILITIES, r.availabilityKind);
    const written = r.availability?.trim() ?? '';
    return {
      value: written !== '' && written !== kindLabel ? `${kindLabel ?? ''} (${written})` : kindLabel,
      candidates: [],
      availabilityKind: r.availabilityKind,
    };
  });
}

export function partnerRows(sop: SopView): ProfileRow[] {
  return buildRows(sop, 'partners', 'partner', sop.partners, (r) => ({
    value: scaleLabel(FREQUENCIES, r.frequency),
    candidates: r.candidates.map((c) => scaleLabel(FREQUENCIES, c) ?? c),
    availabilityKind: null,
  }));
}

export function facilityRows(sop: SopView): ProfileRow[] {
  return buildRows(sop, 'facilities', 'facility', sop.facilities, (r) => ({
    value: scaleLabel(FACILITY_STATUSES, r.status),
    candidates: r.candidates.map((c) => scaleLabel(FACILITY_STATUSES, c) ?? c),
    availabilityKind: null,
  }));
}

export interface OfferRow {
  readonly key: string;
  readonly offer: string;
  readonly period: string | null;
  readonly sources: readonly string[];
}

/** Extra offers of the school apart from the template's example hints. */
export function splitOffers(sop: SopView): { offers: OfferRow[]; hints: OfferRow[] } {
  const rows = sop.extraOffers.map((o, i) => ({
    key: `extraOffers[${i}]`,
    offer: o.offer,
    period: o.period,
    isHint: o.isHint,
    sources: sourcesFor(sop.provenance, `extraOffers[${i}]`),
  }));
  const strip = ({ isHint: _isHint, ...rest }: (typeof rows)[number]): OfferRow => rest;
  return { offers: rows.filter((r) => !r.isHint).map(strip), hints: rows.filter((r) => r.isHint).map(strip) };
}

// --- Pupils ------------------------------------------------------------------------------------------------

export interface PupilCountView {
  readonly referenceDate: string;
  readonly total: number | null;
  readonly suppressed: boolean;
}

export interface PupilDatum {
  /** The reference date as people read it (`1 oktober 2023`): the chart's axis and table show it as it is. */
  readonly date: string;
  readonly pupils: number | null;
}

/** Pupil counts oldest first, one point per reference date (suppressed counts stay unknown, never 0). */
export function pupilSeries(counts: readonly PupilCountView[]): PupilDatum[] {
  return [...counts]
    .sort((a, b) => a.referenceDate.localeCompare(b.referenceDate))
    .map((c) => ({ date: formatDate(c.referenceDate), pupils: c.suppressed ? null : c.total }));
}

/**
 * The pupil count belonging to a school year: the count on the latest reference date on or before 1 October of the
 * year's start (DUO's peildatum), else the oldest count after it.
 */
export function pupilsForYear(counts: readonly PupilCountView[], schoolYear: string): PupilCountView | null {
  let start: number;
  try {
    start = schoolYearStart(schoolYear);
  } catch {
    return null;
  }
  const peildatum = `${start}-10-01`;
  const known = counts.filter((c) => !c.suppressed && c.total !== null);
  const sorted = [...known].sort((a, b) => a.referenceDate.localeCompare(b.referenceDate));
  const before = sorted.filter((c) => c.referenceDate <= peildatum);
  return before[before.length - 1] ?? sorted[0] ?? null;
}

// --- Funding -----------------------------------------------------------------------------------------------

export interface FundingParameterView {
  readonly calendarYear: number;
  readonly basePerLocation: number;
  readonly perPupil: number;
}

export interface FundingSummary {
  readonly stated: number | null;
  readonly year: number | null;
  readonly pupils: PupilCountView | null;
  readonly parameters: FundingParameterView | null;
  readonly expected: number | null;
  readonly perPupil: number | null;
  readonly deviation: FundingDeviation | null;
}

/** The API's own funding figures of an SOP (`Sop.funding`), in the summary shape; null when it has none. */
export function apiFundingSummary(funding: SopView['funding']): FundingSummary | null {
  if (funding === null) return null;
  return {
    stated: funding.statedAmount,
    year: funding.calendarYear,
    pupils:
      funding.referenceDate === null
        ? null
        : {
            referenceDate: funding.referenceDate,
            total: funding.pupils,
            suppressed: funding.pupils === null,
          },
    parameters: funding.parameters ? { calendarYear: funding.calendarYear, ...funding.parameters } : null,
    expected: funding.expectedAmount,
    perPupil: funding.perPupil,
    deviation: funding.deviation,
  };
}

/** Stated, expected (formula of the funding's calendar year) and per-pupil funding of one SOP, computed here. */
export function fundingSummary(
  sop: Pick<SopView, 'fundingAmount' | 'fundingYear' | 'schoolYear'>,
  counts: readonly PupilCountView[],
  parameters: readonly FundingParameterView[],
): FundingSummary {
  const pupils = pupilsForYear(counts, sop.schoolYear);
  const params =
    sop.fundingYear === null ? null : (parameters.find((p) => p.calendarYear === sop.fundingYear) ?? null);
  const expected = params ? expectedFunding(params, pupils?.total ?? null) : null;
  return {
    stated: sop.fundingAmount,
    year: sop.fundingYear,
    pupils,
    parameters: params,
    expected,
    perPupil: fundingPerPupil(sop.fundingAmount, pupils?.total ?? null),
    deviation: fundingDeviation(sop.fundingAmount, expected),
  };
}

// --- Year-over-year ----------------------------------------------------------------------------------------

export interface YearChange {
  readonly section: string;
  readonly label: string;
  readonly before: string | null;
  readonly after: string | null;
}

function rowValue(row: ProfileRow): string | null {
  if (row.candidates.length > 0) return row.candidates.join(t.or);
  return row.availabilityKind !== null
    ? scaleLabel(EXPERTISE_AVAILABILITIES, row.availabilityKind)
    : row.value;
}

function diffRows(
  section: string,
  before: readonly ProfileRow[],
  after: readonly ProfileRow[],
): YearChange[] {
  const byLabel = new Map(before.map((r) => [r.label, rowValue(r)]));
  const changes: YearChange[] = [];
  for (const row of after) {
    const now = rowValue(row);
    const was = byLabel.has(row.label) ? (byLabel.get(row.label) ?? null) : null;
    if (was !== now) changes.push({ section, label: row.label, before: was, after: now });
    byLabel.delete(row.label);
  }
  for (const [label, was] of byLabel) {
    if (was !== null) changes.push({ section, label, before: was, after: null });
  }
  return changes;
}

/** What changed between two SOPs of a school, per catalog item (labels from the catalogs). */
export function yearChanges(before: SopView, after: SopView): YearChange[] {
  const s = t.sections;
  const changes = [
    ...diffRows(s.hgw, hgwRows(before), hgwRows(after)),
    ...diffRows(s.expertise, expertiseRows(before), expertiseRows(after)),
    ...diffRows(s.partners, partnerRows(before), partnerRows(after)),
    ...diffRows(s.facilities, facilityRows(before), facilityRows(after)),
  ];
  if (before.fundingAmount !== after.fundingAmount) {
    changes.push({
      section: s.funding,
      label: t.funding.stated,
      before: before.fundingAmount === null ? null : formatEuro(before.fundingAmount),
      after: after.fundingAmount === null ? null : formatEuro(after.fundingAmount),
    });
  }
  return changes;
}

/** The school year before `schoolYear` among the school's SOP years (newest first or any order). */
export function previousYear(years: readonly string[], schoolYear: string): string | null {
  const older = years.filter((y) => y < schoolYear).sort();
  return older[older.length - 1] ?? null;
}

// --- All years per item (School.history) -------------------------------------------------------------------

export interface HistoryItemView {
  readonly kind: string;
  readonly code: string;
  readonly label: string;
  readonly values: readonly { readonly schoolYear: string; readonly value: string | null }[];
}

export interface HistoryTableRow {
  readonly key: string;
  readonly kind: string;
  readonly label: string;
  /** Dutch value per year of `years` (null = not in that SOP). */
  readonly values: readonly (string | null)[];
  /** Whether the value differs between any two years it is known in. */
  readonly changed: boolean;
}

const HISTORY_SCALES: Readonly<Record<string, readonly ScaleValue<string>[]>> = {
  hgw: HGW_STATUSES,
  expertise: EXPERTISE_AVAILABILITIES,
  partner: FREQUENCIES,
  facility: FACILITY_STATUSES,
};
const HISTORY_KINDS: readonly CatalogKind[] = ['hgw', 'expertise', 'partner', 'facility'];

/** Items × school years (oldest first) with Dutch values and whether each item changed over the years. */
export function historyTable(history: readonly HistoryItemView[]): {
  years: string[];
  rows: HistoryTableRow[];
} {
  const years = [...new Set(history.flatMap((h) => h.values.map((v) => v.schoolYear)))].sort();
  const rows = HISTORY_KINDS.flatMap((kind) =>
    history
      .filter((h) => h.kind === kind)
      .map((h) => {
        const values = years.map((y) => {
          const raw = h.values.find((v) => v.schoolYear === y)?.value ?? null;
          return raw === null ? null : (scaleLabel(HISTORY_SCALES[kind] ?? [], raw) ?? raw);
        });
        const known = values.filter((v): v is string => v !== null);
        return {
          key: `${h.kind}:${h.code}`,
          kind: h.kind,
          label: catalogLabel(kind, h.code) ?? h.label,
          values,
          changed: new Set(known).size > 1,
        };
      }),
  );
  return { years, rows };
}

type DateKind = 'ADOPTED' | 'MR_ADVICE' | 'DRAFTED';

function ownDate(date: string, kind: DateKind | null): string {
  return (kind ? t.documentDate[kind] : t.documentDate.dated)(formatDate(date));
}

/** An SOP's dates for its meta line: the document's own date (labelled as the document's) and the day it was published here. */
export function sopDates(sop: {
  readonly schoolYear: string;
  readonly documentDate?: string | null;
  readonly documentDateKind?: DateKind | null;
  readonly publishedAt?: string | null;
}): { own: string; published: string | null } {
  const own = sop.documentDate
    ? ownDate(sop.documentDate, sop.documentDateKind ?? null)
    : t.documentDate.none(sop.schoolYear);
  return { own, published: sop.publishedAt ? t.publishedHere(formatDate(sop.publishedAt)) : null };
}

/** The profile's stale warning, from the API's `School.staleSop` (the definition the overview and search share). */
export function staleWarning(
  stale: {
    readonly schoolYear: string;
    readonly documentDate: string | null;
    readonly documentDateKind: DateKind | null;
    readonly asOfYear: number;
    readonly staleYears: number;
  } | null,
): string | null {
  if (stale === null) return null;
  if (stale.documentDate !== null && Number(stale.documentDate.slice(0, 4)) === stale.asOfYear)
    return t.staleDated(
      stale.schoolYear,
      ownDate(stale.documentDate, stale.documentDateKind),
      stale.staleYears,
    );
  return t.stale(stale.schoolYear, stale.staleYears);
}
