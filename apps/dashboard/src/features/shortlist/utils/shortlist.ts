/**
 * The adviseur's shortlist ("bewaard"): schools kept while searching, in this browser only (localStorage), with
 * what the search knew about each (distance from the searched address, what matched) so the printed list keeps it.
 */

export const SHORTLIST_KEY = 'sop-atlas.bewaard';
/** A short list: enough for a conversation with parents, small enough to print on a page or two. */
export const MAX_SAVED = 12;
/** Vergelijken shows at most this many schools side by side. */
export const MAX_COMPARED = 6;

export interface SavedSchool {
  readonly id: string;
  readonly name: string;
  /** Distance from `near` when saved from a search around an address; null otherwise. */
  readonly distanceKm: number | null;
  /** The postcode or address searched around. */
  readonly near: string | null;
  /** What the search found in the SOP, e.g. "Autisme: Binnen het team". */
  readonly matched: readonly string[];
}

function isSaved(value: unknown): value is SavedSchool {
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

/** A link to send: the same schools, opened on any browser (without the distances and matches of this one). */
export function shareUrl(origin: string, list: readonly SavedSchool[]): string {
  return `${origin}/bewaard?${schoolParams(list.map((s) => s.id))}`;
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
    (id) => saved.find((s) => s.id === id) ?? { id, name: '', distanceKm: null, near: null, matched: [] },
  );
}
