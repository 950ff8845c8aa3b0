/** Pure transforms for find results: API edges → rows with distance and the SOP items that matched. */
import {
  catalogLabel,
  EXPERTISE_AVAILABILITIES,
  FACILITY_STATUSES,
  FREQUENCIES,
  frequencyRank,
  type Frequency,
  HGW_STATUSES,
} from '@sop-atlas/sop-model';
import type { FindSchoolsQuery, LocationSource } from '../../../graphql/generated/graphql';
import { locationNote } from '../../school/utils/location';
import { toSchoolRow, type SchoolRow } from './schools';
import type { SearchFilters } from './search-params';

export type FoundEdge = FindSchoolsQuery['schools']['edges'][number];
type FoundSop = FoundEdge['node']['sops'][number];

export interface MatchedItem {
  readonly key: string;
  /** Catalog label, e.g. "Autisme". */
  readonly label: string;
  /** What the SOP says, e.g. "Binnen het team". */
  readonly detail: string;
}

export interface FoundRow extends SchoolRow {
  readonly distanceKm: number | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** The coordinates are an estimate (made without PDOK): shown as "locatie bij benadering". */
  readonly locationApproximate: boolean;
  /** Where the coordinates come from; null without coordinates. */
  readonly locationSource: LocationSource | null;
  /** "Locatie: …" where the point is not PDOK's point for the address (an estimate, a pin of the SWV); else null. */
  readonly locationNote: string | null;
  readonly matched: readonly MatchedItem[];
}

/** The SOP the SOP filters looked at: the chosen school year, else the newest published one. */
export function sopForFilters(sops: readonly FoundSop[], schoolYear: string): FoundSop | null {
  if (schoolYear !== '') return sops.find((s) => s.schoolYear === schoolYear) ?? null;
  const published = sops.filter((s) => s.status === 'PUBLISHED');
  return [...published].sort((a, b) => b.schoolYear.localeCompare(a.schoolYear))[0] ?? null;
}

function label<C extends string>(scale: readonly { code: C; label: string }[], code: string | null): string {
  return scale.find((s) => s.code === code)?.label ?? code ?? '–';
}

function isFrequency(value: string | null): value is Frequency {
  return FREQUENCIES.some((f) => f.code === value);
}

/** The SOP items that satisfy the filters (for highlighting); empty without SOP filters or SOP items. */
export function matchedItems(sop: FoundSop | null, f: SearchFilters): MatchedItem[] {
  if (sop === null) return [];
  const items: MatchedItem[] = [];
  for (const row of sop.expertise ?? []) {
    if (row.code === null || !f.expertise.includes(row.code)) continue;
    const ok =
      row.availabilityKind === 'in-team' || (!f.expertiseInTeamOnly && row.availabilityKind === 'ingekocht');
    if (ok)
      items.push({
        key: `expertise:${row.code}`,
        label: catalogLabel('expertise', row.code) ?? row.code,
        detail: label(EXPERTISE_AVAILABILITIES, row.availabilityKind),
      });
  }
  for (const row of sop.facilities ?? []) {
    if (row.code === null || !f.facilities.includes(row.code) || row.status !== 'aanwezig') continue;
    items.push({
      key: `facility:${row.code}`,
      label: catalogLabel('facility', row.code) ?? row.code,
      detail: label(FACILITY_STATUSES, row.status),
    });
  }
  for (const row of sop.partners ?? []) {
    if (row.code === null || row.code !== f.partner || !isFrequency(row.frequency)) continue;
    if (!isFrequency(f.partnerMinimum) || frequencyRank(row.frequency) < frequencyRank(f.partnerMinimum))
      continue;
    items.push({
      key: `partner:${row.code}`,
      label: catalogLabel('partner', row.code) ?? row.code,
      detail: label(FREQUENCIES, row.frequency),
    });
  }
  for (const row of sop.hgw ?? []) {
    if (row.code === null || row.code !== f.hgw || row.status !== f.hgwStatus) continue;
    items.push({
      key: `hgw:${row.code}`,
      label: catalogLabel('hgw', row.code) ?? row.code,
      detail: label(HGW_STATUSES, row.status),
    });
  }
  return items;
}

/** Result rows in the API's order (it sorts), each with its distance and matched items. */
export function toFoundRows(edges: readonly FoundEdge[], f: SearchFilters): FoundRow[] {
  return edges.map((edge) => ({
    ...toSchoolRow(edge.node),
    distanceKm: edge.distanceKm,
    latitude: edge.node.latitude,
    longitude: edge.node.longitude,
    locationApproximate: edge.node.locationApproximate,
    locationSource: edge.node.locationSource ?? null,
    locationNote: locationNote(edge.node.locationSource),
    matched: matchedItems(sopForFilters(edge.node.sops, f.schoolYear), f),
  }));
}

/** `1.234` km with one decimal, Dutch: `0,8 km`. */
export function formatKm(km: number | null): string | null {
  if (km === null || !Number.isFinite(km)) return null;
  return `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(km)} km`;
}

export interface MapPoint {
  readonly id: string;
  readonly name: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly isDemo: boolean;
  readonly selected: boolean;
  readonly approximate: boolean;
  /** Where the point comes from when it is not PDOK's point for the address ("Locatie: …"); else null. */
  readonly locationNote: string | null;
}

/** Schools with coordinates, for the map. */
export function mapPoints(rows: readonly FoundRow[], selected: readonly string[]): MapPoint[] {
  return rows.flatMap((r) =>
    r.latitude !== null && r.longitude !== null
      ? [
          {
            id: r.id,
            name: r.name,
            latitude: r.latitude,
            longitude: r.longitude,
            isDemo: r.isDemo,
            selected: selected.includes(r.id),
            approximate: r.locationApproximate,
            locationNote: r.locationNote,
          },
        ]
      : [],
  );
}

/** The place searched around (the home address), as the API geocoded it. */
export type SearchCentre = NonNullable<FindSchoolsQuery['schools']['centre']>;

/** South-west and north-east corners of a circle (for fitting the map to the radius ring). */
export function circleBounds(centre: {
  readonly latitude: number;
  readonly longitude: number;
  readonly radiusKm: number;
}): [[number, number], [number, number]] {
  const dLat = centre.radiusKm / 111.195;
  const dLon = centre.radiusKm / (111.195 * Math.max(Math.cos((centre.latitude * Math.PI) / 180), 0.01));
  return [
    [centre.latitude - dLat, centre.longitude - dLon],
    [centre.latitude + dLat, centre.longitude + dLon],
  ];
}
