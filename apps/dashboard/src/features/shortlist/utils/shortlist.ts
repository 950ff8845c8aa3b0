/**
 * The adviseur's shortlist ("bewaard"): schools kept while searching, in this browser only (localStorage), with
 * what the search knew about each (distance from the searched address, what matched) so the printed list keeps it.
 */

export const SHORTLIST_KEY = 'sop-atlas.bewaard';
/** A short list: enough for a conversation with parents, small enough to print on a page or two. */
export const MAX_SAVED = 12;
/** Vergelijken shows at most this many schools side by side. */
export const MAX_COMPARED = 6;

/** A point on the map (WGS84). */
export interface LatLon {
  readonly latitude: number;
  readonly longitude: number;
}

/** The place a search looked around: its label as searched (postcode or address) and where the search put it. */
export interface SearchPoint extends LatLon {
  readonly label: string;
}

export interface SavedSchool {
  readonly id: string;
  readonly name: string;
  /** Distance from `near` when saved from a search around an address; null otherwise. */
  readonly distanceKm: number | null;
  /** The postcode or address searched around. */
  readonly near: string | null;
  /**
   * Where the search placed `near` (the point its distances were measured from), so a shared link can carry it;
   * null without a search around an address, and for schools saved before the list kept it.
   */
  readonly nearPoint: LatLon | null;
  /** What the search found in the SOP, e.g. "Autisme: Binnen het team". */
  readonly matched: readonly string[];
}

function isCoordinate(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;
}

function readLatLon(value: unknown): LatLon | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const latitude = v['latitude'];
  const longitude = v['longitude'];
  return isCoordinate(latitude, 90) && isCoordinate(longitude, 180) ? { latitude, longitude } : null;
}

function isSaved(value: unknown): value is Omit<SavedSchool, 'nearPoint'> & { readonly nearPoint?: unknown } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['id'] === 'string' &&
    v['id'] !== '' &&
    typeof v['name'] === 'string' &&
    (v['distanceKm'] === null || (typeof v['distanceKm'] === 'number' && Number.isFinite(v['distanceKm']))) &&
    (v['near'] === null || typeof v['near'] === 'string') &&
    Array.isArray(v['matched']) &&
    v['matched'].every((m) => typeof m === 'string')
  );
}

/** The stored list; anything unreadable (another version, a hand edit) is left out, each school once, at most MAX. */
export function readShortlist(raw: string | null): SavedSchool[] {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const seen = new Set<string>();
  const list: SavedSchool[] = [];
  for (const item of parsed) {
    if (!isSaved(item) || seen.has(item.id)) continue;
    seen.add(item.id);
    list.push({
      id: item.id,
      name: item.name,
      distanceKm: item.distanceKm,
      near: item.near,
      // lists saved before the point was kept have none: they open as before, without it
      nearPoint: item.near === null ? null : readLatLon(item.nearPoint),
      matched: [...item.matched],
    });
  }
  return list.slice(0, MAX_SAVED);
}

export function isOnShortlist(list: readonly SavedSchool[], id: string): boolean {
  return list.some((s) => s.id === id);
}

/** Saves a school, or removes it when it is on the list; a full list stays as it is. */
export function toggleSaved(list: readonly SavedSchool[], school: SavedSchool): SavedSchool[] {
  if (isOnShortlist(list, school.id)) return list.filter((s) => s.id !== school.id);
  if (list.length >= MAX_SAVED) return [...list];
  return [...list, school];
}

function schoolParams(ids: readonly string[]): string {
  return ids.map((id) => `school=${encodeURIComponent(id)}`).join('&');
}

/** Vergelijken with the first schools of the list (it shows at most MAX_COMPARED). */
export function compareUrl(list: readonly SavedSchool[]): string {
  return `/vergelijken?${schoolParams(list.slice(0, MAX_COMPARED).map((s) => s.id))}`;
}

/** Query parameters of a shared link: the searched place's label and its point (`latitude,longitude`). */
export const FROM_PARAM = 'vanaf';
export const POINT_PARAM = 'punt';
/** A label longer than any address, cut off: a hand-made link cannot fill the page. */
const MAX_LABEL = 120;

/**
 * The search point a shared link carries: the place most of the list's distances were measured from (the first
 * such place on a tie); null when no school was saved from a search around an address with its point.
 */
export function searchPointOf(list: readonly SavedSchool[]): SearchPoint | null {
  const counts = new Map<string, { point: SearchPoint; count: number }>();
  for (const s of list) {
    if (s.near === null || s.nearPoint === null || s.distanceKm === null) continue;
    const point = { label: s.near, latitude: s.nearPoint.latitude, longitude: s.nearPoint.longitude };
    const key = `${point.label}|${point.latitude}|${point.longitude}`;
    const seen = counts.get(key);
    if (seen) seen.count += 1;
    else counts.set(key, { point, count: 1 });
  }
  let best: { point: SearchPoint; count: number } | null = null;
  for (const entry of counts.values()) if (best === null || entry.count > best.count) best = entry;
  return best?.point ?? null;
}

/**
 * A link to send: the same schools, opened on any browser, with the search point their distances were measured
 * from (so the recipient sees the same distances "vanaf <adres>"); the matches stay in this browser. Coordinates
 * are written in full (JavaScript's shortest round-trip form), so the recipient measures from exactly that point.
 */
export function shareUrl(
  origin: string,
  list: readonly SavedSchool[],
  /** The point to carry instead of the list's own (a shared list passed on keeps the point it came with). */
  from: SearchPoint | null = null,
): string {
  const point = from ?? searchPointOf(list);
  const pointParams =
    point === null
      ? ''
      : `&${FROM_PARAM}=${encodeURIComponent(point.label)}&${POINT_PARAM}=${point.latitude},${point.longitude}`;
  return `${origin}/bewaard?${schoolParams(list.map((s) => s.id))}${pointParams}`;
}

/** The search point of a shared link; null for a link without one (older links) or with a broken one. */
export function readSearchPoint(params: URLSearchParams): SearchPoint | null {
  const label = (params.get(FROM_PARAM) ?? '').trim().slice(0, MAX_LABEL);
  const match = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(params.get(POINT_PARAM) ?? '');
  if (label === '' || !match) return null;
  const point = readLatLon({ latitude: Number(match[1]), longitude: Number(match[2]) });
  return point === null ? null : { label, ...point };
}

/** Mean earth radius in km (IUGG), as the API's search measures (`EARTH_RADIUS_KM` in school-search.service.ts). */
const EARTH_RADIUS_KM = 6371.0088;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Straight-line (haversine) distance in km, the formula the API's search uses for `distanceKm`. */
export function haversineKm(from: LatLon, to: LatLon): number {
  const h =
    Math.sin(radians(to.latitude - from.latitude) / 2) ** 2 +
    Math.cos(radians(from.latitude)) *
      Math.cos(radians(to.latitude)) *
      Math.sin(radians(to.longitude - from.longitude) / 2) ** 2;
  return EARTH_RADIUS_KM * 2 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The distance a card shows and where it was measured from. A shared link with a search point measures every
 * school from that point (its coordinates from the API; none for a school without coordinates); otherwise the
 * distance saved in this browser, if any.
 */
export function shownDistance(
  saved: SavedSchool,
  /** The school as the API knows it (undefined while it loads). */
  school: { readonly latitude?: number | null; readonly longitude?: number | null } | null | undefined,
  shared: SearchPoint | null,
): { readonly km: number; readonly from: string } | null {
  if (shared !== null) {
    const latitude = school?.latitude;
    const longitude = school?.longitude;
    if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
    return { km: haversineKm(shared, { latitude, longitude }), from: shared.label };
  }
  if (saved.distanceKm === null || saved.near === null) return null;
  return { km: saved.distanceKm, from: saved.near };
}

/**
 * The list a page shows: the schools of a shared link (`?school=`), with what this browser saved about them;
 * without a shared link, this browser's list.
 */
export function shownList(
  saved: readonly SavedSchool[],
  sharedIds: readonly string[],
): readonly SavedSchool[] {
  if (sharedIds.length === 0) return saved;
  const unique = [...new Set(sharedIds)].slice(0, MAX_SAVED);
  return unique.map(
    (id) =>
      saved.find((s) => s.id === id) ?? {
        id,
        name: '',
        distanceKm: null,
        near: null,
        nearPoint: null,
        matched: [],
      },
  );
}
