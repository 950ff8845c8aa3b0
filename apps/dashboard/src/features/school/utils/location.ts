/** Where a school's point on the map comes from, in words: for the profile, the search list and the map. */
import type { LocationSource } from '../../../graphql/generated/graphql';
import { schoolStrings as t } from '../strings.nl';

/** The source of a school's point for the profile: every source (an estimate says so), and no point at all. */
export function locationText(source: LocationSource | null | undefined): string {
  if (source == null) return t.location.none;
  const text = t.location.source[source];
  return source === 'GESCHAT' ? `${text} (${t.location.approximate})` : text;
}

/**
 * The note beside a point on the map and in the search list ("Locatie: door het SWV op de kaart gezet"), only where
 * the point is not PDOK's point for the address: an estimate (already marked "locatie bij benadering" there) or a
 * pin staff dropped. Null otherwise (PDOK, demo points, no point).
 */
export function locationNote(source: LocationSource | null | undefined): string | null {
  return source === 'GESCHAT' || source === 'MANUAL' ? t.location.note(t.location.source[source]) : null;
}
