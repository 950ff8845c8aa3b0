import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { WerkgebiedTableService } from './werkgebied-table.service';
import { GeocodeCacheEntity } from './geocode-cache.entity';
import { type Geocoder, type GeocodeResult, GeocoderUnavailableError, normaliseQuery } from './geocoder';
import { LocalGeocoder } from './local-geocoder';
import { PdokGeocoder } from './pdok-geocoder';

/** Longest query sent to a provider. */
export const MAX_GEOCODE_QUERY = 200;
/** After PDOK gave no answer at all (time-out, network), the local geocoder answers at once for this long. */
export const PDOK_RETRY_AFTER_MS = 60_000;

/**
 * Geocoding for the rest of the API (e.g. the `near` filter): `GEOCODER=pdok` asks PDOK Locatieserver (answers,
 * also "not found", cached in `geocode_cache`) and falls back to the local geocoder when PDOK cannot answer;
 * `GEOCODER=local` (default under NODE_ENV=test) stays offline. Local answers are not cached: they follow the data.
 * When PDOK gives no answer at all, it is left alone for PDOK_RETRY_AFTER_MS (searches answer locally at once).
 */
@Injectable()
export class GeocodingService {
  private readonly logger = new Logger('Geocoding');
  private readonly pdok: Geocoder | null;
  private readonly local: Geocoder;
  /** Until when PDOK counts as unreachable (epoch ms): no request waits for its time-out meanwhile. */
  private pdokUnreachableUntil = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
    werkgebieden: WerkgebiedTableService,
  ) {
    this.pdok =
      config.geocoder === 'pdok'
        ? new PdokGeocoder(config.pdokLocatieserverUrl, config.geocoderTimeoutMs)
        : null;
    this.local = new LocalGeocoder(dataSource, werkgebieden);
  }

  async geocode(query: string): Promise<GeocodeResult | null> {
    const key = normaliseQuery(query);
    if (key === '' || key.length > MAX_GEOCODE_QUERY) return null;
    if (this.pdok === null) return this.local.geocode(key);
    const answer = await this.askPdok(query, key, this.pdok);
    if (answer !== 'unavailable') return answer;
    return this.local.geocode(key);
  }

  /** True when PDOK is configured (`GEOCODER=pdok`): addresses can be placed exactly. */
  get online(): boolean {
    return this.pdok !== null;
  }

  /**
   * An address through PDOK only (cached): the point and wijk of a school's own address. `unavailable` when PDOK is
   * not configured or cannot answer now (the local geocoder knows postcodes, not addresses).
   */
  async geocodeAddress(query: string): Promise<GeocodeResult | null | 'unavailable'> {
    const key = normaliseQuery(query);
    if (key === '' || key.length > MAX_GEOCODE_QUERY) return null;
    if (this.pdok === null) return 'unavailable';
    return this.askPdok(query, key, this.pdok);
  }

  private async askPdok(
    query: string,
    key: string,
    pdok: Geocoder,
  ): Promise<GeocodeResult | null | 'unavailable'> {
    const cached = await this.dataSource.getRepository(GeocodeCacheEntity).findOneBy({ query: key });
    if (cached) return fromCache(cached);
    if (Date.now() < this.pdokUnreachableUntil) return 'unavailable';
    let result: GeocodeResult | null;
    try {
      result = await pdok.geocode(query);
    } catch (error) {
      if (!(error instanceof GeocoderUnavailableError)) throw error;
      if (error.unreachable) {
        // offline or a blocked PDOK: every search near a place would wait for the time-out; ask again later
        this.pdokUnreachableUntil = Date.now() + PDOK_RETRY_AFTER_MS;
        this.logger.warn(
          `${error.message}; de lokale geocoder antwoordt de komende ${PDOK_RETRY_AFTER_MS / 1000} s zonder PDOK`,
        );
      } else {
        this.logger.warn(`${error.message}; lokale geocoder gebruikt`);
      }
      return 'unavailable';
    }
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(GeocodeCacheEntity)
      .values({
        query: key,
        latitude: result?.latitude ?? null,
        longitude: result?.longitude ?? null,
        label: result?.label ?? null,
        postcode: result?.postcode ?? null,
        gemeenteCode: result?.gemeenteCode ?? null,
        wijk: result?.wijk ?? null,
        provider: 'pdok',
      })
      .orIgnore()
      .execute();
    return result;
  }
}

function fromCache(row: GeocodeCacheEntity): GeocodeResult | null {
  if (row.latitude === null || row.longitude === null) return null;
  return {
    latitude: row.latitude,
    longitude: row.longitude,
    label: row.label ?? row.query,
    postcode: row.postcode,
    gemeenteCode: row.gemeenteCode,
    wijk: row.wijk,
    provider: row.provider,
  };
}
