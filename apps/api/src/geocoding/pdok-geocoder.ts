import { type Geocoder, type GeocodeResult, GeocoderUnavailableError, parsePostcode } from './geocoder';

/** The fields asked for: the default list of the Locatieserver lacks `centroide_ll`. */
export const PDOK_FIELDS = 'id,type,weergavenaam,postcode,gemeentecode,wijknaam,centroide_ll';

interface PdokDoc {
  weergavenaam?: unknown;
  postcode?: unknown;
  gemeentecode?: unknown;
  wijknaam?: unknown;
  centroide_ll?: unknown;
}

const POINT = /^POINT\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/;

/** `POINT(4.30 52.07)` (longitude first) → `{ latitude: 52.07, longitude: 4.30 }`; null when unreadable. */
export function parsePoint(value: unknown): { latitude: number; longitude: number } | null {
  if (typeof value !== 'string') return null;
  const match = POINT.exec(value.trim());
  if (!match) return null;
  const longitude = Number(match[1]);
  const latitude = Number(match[2]);
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/**
 * PDOK Locatieserver v3.1 `free` endpoint (the classic geocoder): `q`, `fq=type:postcode` for a postcode and
 * `fq=type:adres` otherwise, `fl` with `centroide_ll`, `rows=1`. Network failures, timeouts, HTTP errors and
 * unreadable replies throw `GeocoderUnavailableError`; `numFound: 0` is a plain null.
 */
export class PdokGeocoder implements Geocoder {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  requestUrl(query: string): URL {
    const url = new URL('free', this.baseUrl);
    url.searchParams.set('q', query.trim());
    url.searchParams.set('fq', parsePostcode(query)?.pc6 ? 'type:postcode' : 'type:adres');
    url.searchParams.set('fl', PDOK_FIELDS);
    url.searchParams.set('rows', '1');
    return url;
  }

  async geocode(query: string): Promise<GeocodeResult | null> {
    let body: unknown;
    try {
      const response = await this.fetchImpl(this.requestUrl(query), {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (!response.ok) throw new GeocoderUnavailableError('pdok', `HTTP ${response.status}`);
      body = await response.json();
    } catch (error) {
      if (error instanceof GeocoderUnavailableError) throw error;
      // AbortSignal.timeout rejects with a DOMException named TimeoutError (not always `instanceof Error`).
      const name = (error as { name?: unknown } | null)?.name;
      throw new GeocoderUnavailableError(
        'pdok',
        name === 'TimeoutError'
          ? `geen antwoord binnen ${this.timeoutMs} ms`
          : `niet bereikbaar (${String(error)})`,
        true,
      );
    }
    const response = (body as { response?: { numFound?: unknown; docs?: unknown } } | null)?.response;
    if (typeof response?.numFound !== 'number' || !Array.isArray(response.docs))
      throw new GeocoderUnavailableError('pdok', 'onleesbaar antwoord (geen response.numFound/docs)');
    const doc = response.docs[0] as PdokDoc | undefined;
    if (response.numFound === 0 || doc === undefined) return null;
    const point = parsePoint(doc.centroide_ll);
    if (point === null) throw new GeocoderUnavailableError('pdok', 'antwoord zonder leesbaar centroide_ll');
    return {
      ...point,
      label: text(doc.weergavenaam) ?? query.trim(),
      postcode: text(doc.postcode),
      gemeenteCode: text(doc.gemeentecode),
      wijk: text(doc.wijknaam),
      provider: 'pdok',
    };
  }
}
