/** Pure transforms for the regionOverview charts: coverage matrix, gaps, funding per pupil, trend lines. */
import { catalogLabel, type CatalogKind, WERKGEBIEDEN } from '@sop-atlas/sop-model';
import type { RegionOverviewQuery } from '../../../graphql/generated/graphql';
import { yearsBetween } from '../../../utils/school-years';
import { regionStrings } from '../strings.nl';

type Overview = RegionOverviewQuery['regionOverview'];
export type CoverageItemView = Overview['items'][number];
export type TrendView = Overview['trends'][number];
export type FundingStatsView = Overview['funding']['overall'];

const CATALOG_KINDS: readonly CatalogKind[] = ['hgw', 'expertise', 'partner', 'facility'];

export function itemLabel(kind: string, code: string, fallback: string): string {
  const known = CATALOG_KINDS.find((k) => k === kind);
  return (known ? catalogLabel(known, code) : undefined) ?? fallback;
}

/** The school years with published SOPs, from the trend lines, newest first. */
export function yearsWithData(trends: readonly TrendView[]): string[] {
  const years = trends.flatMap((t) => t.points.filter((p) => p.schools > 0).map((p) => p.schoolYear));
  return [...new Set(years)].sort().reverse();
}

/** The latest school year with published SOPs, from the trend lines; null when there is none. */
export function latestYearWithData(trends: readonly TrendView[]): string | null {
  return yearsWithData(trends)[0] ?? null;
}

/**
 * Why the overview shows another year than the one asked for: the asked year and the years between it and the shown
 * (newest with SOPs) one have no published SOPs, so none is skipped without a reason. Null when it shows the year asked.
 */
export function fallbackNote(wanted: string, shown: string): string | null {
  if (wanted === shown) return null;
  const silent = wanted > shown ? [...yearsBetween(shown, wanted), wanted] : [wanted];
  return regionStrings.insights.fallback(silent, shown);
}

/** One matrix row: an item with its share (0..1) per werkgebied code, and the region share. */
export type CoverageRow = Readonly<Record<string, string | number | null>> & {
  readonly label: string;
  readonly code: string;
  readonly kind: string;
};

export interface CoverageMatrix {
  readonly rows: readonly CoverageRow[];
  /** Werkgebieden as columns, catalog order. */
  readonly columns: readonly { readonly key: string; readonly label: string }[];
}

/** Items of the given kinds × werkgebieden, shares as values (null = no schools with an SOP there). */
export function coverageMatrix(items: readonly CoverageItemView[], kinds: readonly string[]): CoverageMatrix {
  const present = new Set(items.flatMap((i) => i.werkgebieden.map((w) => w.werkgebiedCode)));
  const columns = WERKGEBIEDEN.filter((w) => present.has(w.code)).map((w) => ({
    key: w.code,
    label: w.name,
  }));
  const rows = items
    .filter((i) => kinds.includes(i.kind))
    .map((i): CoverageRow => {
      const row: Record<string, string | number | null> = {
        label: itemLabel(i.kind, i.code, i.label),
        code: i.code,
        kind: i.kind,
        regio: i.region.share,
      };
      for (const c of columns)
        row[c.key] = i.werkgebieden.find((w) => w.werkgebiedCode === c.key)?.share ?? null;
      return row as CoverageRow;
    });
  return { rows, columns };
}

export interface GapRow {
  readonly key: string;
  readonly kind: string;
  readonly code: string;
  readonly label: string;
  readonly werkgebieden: readonly { readonly code: string | null; readonly name: string }[];
  readonly pupilsInGaps: number;
}

/** Items with at least one werkgebied where too few schools have them, most pupils affected first. */
export function gapRows(items: readonly CoverageItemView[], kinds: readonly string[]): GapRow[] {
  return items
    .filter((i) => kinds.includes(i.kind) && i.gaps.length > 0)
    .map((i) => ({
      key: `${i.kind}:${i.code}`,
      kind: i.kind,
      code: i.code,
      label: itemLabel(i.kind, i.code, i.label),
      werkgebieden: i.gaps.map((g) => ({
        code: g.werkgebiedCode,
        name: g.werkgebiedName ?? g.werkgebiedCode ?? '',
      })),
      pupilsInGaps: i.pupilsInGaps,
    }))
    .sort((a, b) => b.pupilsInGaps - a.pupilsInGaps || a.label.localeCompare(b.label, 'nl'));
}

export interface FundingDatum {
  readonly group: string;
  readonly min: number | null;
  readonly q1: number | null;
  readonly median: number | null;
  readonly q3: number | null;
  readonly max: number | null;
  readonly schools: number;
}

/**
 * Sort key of a size band by its lower bound in pupils (`<100` → 0, `100-199` → 100, `400+` → 400), so the bands
 * read small to large instead of as text (where `<100` sorts last); anything else after them.
 */
export function sizeBandStart(group: string): number {
  if (/^<\s*\d+$/.test(group)) return 0;
  const start = /^(\d+)\s*(?:-\s*\d+|\+)$/.exec(group);
  return start ? Number(start[1]) : Number.POSITIVE_INFINITY;
}

/** Funding per pupil per group (overall first, then size bands small to large) for box plots. */
export function fundingData(
  overall: FundingStatsView,
  bySize: readonly FundingStatsView[],
  overallLabel: string,
): FundingDatum[] {
  const bands = [...bySize].sort((a, b) => sizeBandStart(a.group) - sizeBandStart(b.group));
  return [{ ...overall, group: overallLabel }, ...bands].map((s) => ({
    group: s.group,
    min: s.min,
    q1: s.q1,
    median: s.median,
    q3: s.q3,
    max: s.max,
    schools: s.schools,
  }));
}

export interface OutlierRow {
  readonly id: string;
  readonly name: string;
  readonly value: number | null;
  readonly group: string;
}

/** Schools outside the 1.5×IQR fences, named, highest funding per pupil first (each school once). */
export function outlierRows(
  overall: FundingStatsView,
  bySize: readonly FundingStatsView[],
  overallLabel: string,
): OutlierRow[] {
  const seen = new Set<string>();
  const rows: OutlierRow[] = [];
  for (const stats of [overall, ...bySize]) {
    for (const o of stats.outliers) {
      if (seen.has(o.id)) continue;
      seen.add(o.id);
      rows.push({
        id: o.id,
        name: o.name,
        value: o.value,
        group: stats === overall ? overallLabel : stats.group,
      });
    }
  }
  return rows.sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
}

export type TrendDatum = Readonly<Record<string, string | number | null>> & { readonly schoolYear: string };

/** Trend lines of one kind as chart rows: one per school year, one share (0..1) per item code. */
export function trendData(
  trends: readonly TrendView[],
  kind: string,
): { data: TrendDatum[]; series: { key: string; label: string }[] } {
  const lines = trends.filter((t) => t.kind === kind);
  const years = [...new Set(lines.flatMap((t) => t.points.map((p) => p.schoolYear)))].sort();
  const data = years.map((schoolYear) => {
    const row: Record<string, string | number | null> = { schoolYear };
    for (const line of lines)
      row[line.code] = line.points.find((p) => p.schoolYear === schoolYear)?.share ?? null;
    return row as TrendDatum;
  });
  return { data, series: lines.map((l) => ({ key: l.code, label: itemLabel(l.kind, l.code, l.label) })) };
}

/** The search URL behind a matrix cell or gap: the werkgebied plus the item as a find filter. */
export function searchUrlFor(kind: string, code: string, werkgebied: string | null): string {
  const params = new URLSearchParams();
  if (werkgebied !== null) params.set('werkgebied', werkgebied);
  if (kind === 'expertise') params.set('expertise', code);
  else if (kind === 'facility') params.set('voorziening', code);
  else if (kind === 'partner') params.set('partner', code);
  else if (kind === 'hgw') params.set('hgw', code);
  return `/scholen?${params.toString()}`;
}

/** The SOP states a headline figure of the Regio-overzicht counts (the search's `sop=` filter); '' = every school. */
export type FigureState = '' | 'gepubliceerd' | 'zonder' | 'verouderd' | 'concept';

/**
 * The search behind a headline figure: the same scope (one werkgebied, or every werkgebied of SPPOH), the same
 * school year and the same SOP state, so the list has exactly as many schools as the figure says.
 */
export function figureSearchUrl(state: FigureState, schoolYear: string, werkgebied: string | null): string {
  const params = new URLSearchParams();
  params.set('werkgebied', werkgebied ?? 'sppoh');
  if (state !== '') {
    params.set('sop', state);
    params.set('jaar', schoolYear);
  }
  return `/scholen?${params.toString()}`;
}

export interface FundingPoint {
  readonly id: string;
  readonly name: string;
  readonly pupils: number;
  readonly perPupil: number;
  readonly [key: string]: string | number;
}

interface FundingNode {
  readonly id: string;
  readonly name: string;
  readonly funding: { readonly perPupil: number | null; readonly pupils: number | null } | null;
}

/** Schools with both a known pupil count and a funding per pupil, as scatter points (size → euro per pupil). */
export function fundingPoints(nodes: readonly FundingNode[]): FundingPoint[] {
  return nodes.flatMap((n) =>
    n.funding !== null && n.funding.pupils !== null && n.funding.perPupil !== null
      ? [{ id: n.id, name: n.name, pupils: n.funding.pupils, perPupil: n.funding.perPupil }]
      : [],
  );
}

/** The search URL behind a funding bar: the size band as a pupil range, sorted by funding per pupil. */
export function searchUrlForBand(group: string): string {
  const params = new URLSearchParams();
  const below = /^<\s*(\d+)$/.exec(group);
  const range = /^(\d+)\s*-\s*(\d+)$/.exec(group);
  const above = /^(\d+)\s*\+$/.exec(group);
  if (below) params.set('max-leerlingen', String(Number(below[1]) - 1));
  else if (range) {
    params.set('min-leerlingen', range[1] ?? '0');
    params.set('max-leerlingen', range[2] ?? '0');
  } else if (above) params.set('min-leerlingen', above[1] ?? '0');
  params.set('sortering', 'FUNDING_PER_PUPIL');
  return `/scholen?${params.toString()}`;
}
