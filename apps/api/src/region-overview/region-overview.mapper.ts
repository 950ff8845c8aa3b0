import { type CatalogEntry } from '../common/catalog-sql';
import {
  type CoverageCount,
  type CoverageItem,
  type DataHealth,
  type FundingDistribution,
  type FundingStats,
  type HealthList,
  type TrendLine,
} from './models/region-overview.model';
import { type CoverageRow, type FundingRow, type HealthRow, type TrendRow } from './region-overview.service';

const share = (withItem: number, schools: number): number | null => (schools > 0 ? withItem / schools : null);
const key = (kind: string, code: string): string => `${kind}|${code}`;

function toCount(row: CoverageRow): CoverageCount {
  return {
    werkgebiedCode: row.is_region ? null : row.werkgebied_code,
    werkgebiedName: row.is_region ? null : row.werkgebied_name,
    schools: row.schools,
    withItem: row.with_item,
    share: share(row.with_item, row.schools),
    pupils: row.pupils,
  };
}

export function toCoverageItems(
  catalog: CatalogEntry[],
  rows: CoverageRow[],
  minimumSchools: number,
): CoverageItem[] {
  const byItem = new Map<string, CoverageRow[]>();
  for (const row of rows) {
    const list = byItem.get(key(row.kind, row.code)) ?? [];
    list.push(row);
    byItem.set(key(row.kind, row.code), list);
  }
  return catalog.map((entry) => {
    const itemRows = byItem.get(key(entry.kind, entry.code)) ?? [];
    const region = itemRows.find((r) => r.is_region);
    const areas = itemRows.filter((r) => !r.is_region).map(toCount);
    return {
      kind: entry.kind,
      code: entry.code,
      label: entry.label,
      region: region
        ? toCount(region)
        : { werkgebiedCode: null, werkgebiedName: null, schools: 0, withItem: 0, share: null, pupils: 0 },
      werkgebieden: areas,
      gaps: areas.filter((a) => a.withItem < minimumSchools),
      pupilsInGaps: region?.pupils_in_gaps ?? 0,
    };
  });
}

function toStats(row: FundingRow | undefined, group: string): FundingStats {
  return {
    group,
    schools: row?.n ?? 0,
    min: row?.min ?? null,
    q1: row?.q1 ?? null,
    median: row?.median ?? null,
    q3: row?.q3 ?? null,
    max: row?.max ?? null,
    outliers: (row?.outliers ?? []).map((o) => ({
      id: o.id,
      name: o.name,
      werkgebiedCode: o.werkgebiedCode,
      value: o.value,
      detail: null,
    })),
  };
}

export function toFunding(rows: FundingRow[]): FundingDistribution {
  return {
    overall: toStats(
      rows.find((r) => r.dim === 'all'),
      'all',
    ),
    byKind: rows.filter((r) => r.dim === 'kind').map((r) => toStats(r, r.grp)),
    bySize: rows.filter((r) => r.dim === 'size').map((r) => toStats(r, r.grp)),
  };
}

/**
 * `unpublished`: whether the caller may see drafts (SWV staff). Anyone else gets the number of SOPs awaiting
 * review without naming the schools, and warnings of published SOPs only.
 */
export function toDataHealth(rows: HealthRow[], unpublished: boolean): DataHealth {
  const visible = unpublished
    ? rows
    : rows.filter((r) => r.category !== 'warnings' || r.detail === 'published');
  const list = (category: HealthRow['category']): HealthList => {
    const schools = visible
      .filter((r) => r.category === category)
      .map((r) => ({
        id: r.id,
        name: r.name,
        werkgebiedCode: r.werkgebied_code,
        value: r.value,
        detail: r.detail,
      }));
    return { count: schools.length, schools };
  };
  return {
    withoutPublishedSop: list('missing'),
    staleSops: list('stale'),
    unresolvedWarnings: list('warnings'),
    awaitingReview: unpublished
      ? list('review')
      : { count: rows.filter((r) => r.category === 'review').length, schools: [] },
    withoutWerkgebied: list('no-werkgebied'),
    withoutCoordinates: list('no-coordinates'),
    estimatedWerkgebied: list('estimated-werkgebied'),
    // Named for staff only (they resolve it under Beheer); others see how many.
    uncertainKind: unpublished
      ? list('uncertain-kind')
      : { count: rows.filter((r) => r.category === 'uncertain-kind').length, schools: [] },
  };
}

export function toTrends(catalog: CatalogEntry[], rows: TrendRow[]): TrendLine[] {
  return catalog.map((entry) => ({
    kind: entry.kind,
    code: entry.code,
    label: entry.label,
    points: rows
      .filter((r) => r.kind === entry.kind && r.code === entry.code)
      .map((r) => ({
        schoolYear: r.school_year,
        schools: r.schools,
        withItem: r.with_item,
        share: share(r.with_item, r.schools),
      })),
  }));
}
