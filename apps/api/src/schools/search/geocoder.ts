import { type Point } from './search-criteria';

/**
 * What `near: { postcode | address }` needs from geocoding. Bound to the geocoding capability's
 * `GeocodingService` in `SearchModule`; absent → postcode/address searches answer a clear error.
 */
export interface SearchGeocoder {
  geocode(query: string): Promise<GeocodedPoint | null>;
}

/** A geocoded place: the point, a readable label and who found it (`pdok` exact, anything else an estimate). */
export interface GeocodedPoint extends Point {
  label: string;
  provider: string;
}

export const SEARCH_GEOCODER = Symbol('SEARCH_GEOCODER');
