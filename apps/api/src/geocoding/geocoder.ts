/** One place found for a query: WGS84 point plus what the provider knows about it. */
export interface GeocodeResult {
  latitude: number;
  longitude: number;
  /** Human-readable, e.g. `Laan van Meerdervoort 1, 2517AA 's-Gravenhage`. */
  label: string;
  /** `2517AA` (no space) when known. */
  postcode: string | null;
  /** CBS gemeente code, e.g. `0518`. */
  gemeenteCode: string | null;
  wijk: string | null;
  /** `pdok` or `local`. */
  provider: string;
}

/** The geocoding port: a query (address, postcode or place) → the best place, or null when nothing matches. */
export interface Geocoder {
  geocode(query: string): Promise<GeocodeResult | null>;
}

/** The provider could not answer (network, timeout, HTTP error, unreadable reply): try another one. */
export class GeocoderUnavailableError extends Error {
  constructor(
    readonly provider: string,
    message: string,
    /** No answer at all (time-out, network): asking again at once would only wait again. */
    readonly unreachable = false,
  ) {
    super(`${provider}: ${message}`);
    this.name = 'GeocoderUnavailableError';
  }
}

const PC6 = /^\s*(\d{4})\s*([A-Za-z]{2})\s*$/;
const PC4 = /^\s*(\d{4})\s*$/;

/** `2517 aa` → `{ pc4: '2517', pc6: '2517AA' }`; a bare `2517` → pc6 null; anything else → null. */
export function parsePostcode(query: string): { pc4: string; pc6: string | null } | null {
  const six = PC6.exec(query);
  if (six) return { pc4: six[1] as string, pc6: `${six[1] as string}${(six[2] as string).toUpperCase()}` };
  const four = PC4.exec(query);
  return four ? { pc4: four[1] as string, pc6: null } : null;
}

/** The query as a cache key: trimmed, single spaces, lower case. */
export function normaliseQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ').toLowerCase();
}
