import { type Point } from './search-criteria';

/**
 * What `near: { postcode | address }` needs from geocoding. Bound to the geocoding capability's
 * `GeocodingService` in `SearchModule`; absent → postcode/address searches answer a clear error.
 */
export interface SearchGeocoder {
  geocode(query: string): Promise<Point | null>;
}

export const SEARCH_GEOCODER = Symbol('SEARCH_GEOCODER');
