import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WerkgebiedTableService } from './werkgebied-table.service';
import { GeocodingService } from './geocoding.service';

export interface PlaceSchoolsReport {
  /** Schools looked up (real schools with an address, not yet placed by PDOK or by hand). */
  looked: number;
  /** Given PDOK's point for their address. */
  placed: number;
  /** Found by PDOK but kept where staff dropped their pin (`manual`); only their werkgebied could change. */
  pinsKept: number;
  /** Whose werkgebied now comes from PDOK's wijk or the gemeente. */
  werkgebiedFromAddress: number;
  notFound: { id: string; name: string; address: string }[];
  /** PDOK not configured or not answering: nothing placed, estimates stay. */
  offline: boolean;
}

interface Row {
  id: string;
  name: string;
  street: string | null;
  house_number: string | null;
  postcode: string | null;
  place: string | null;
  gemeente_code: string | null;
  latitude: number | null;
  location_source: string | null;
  werkgebied_source: string | null;
}

/**
 * Places real schools by their address through PDOK (cached in `geocode_cache`): coordinates (`location_source`
 * `pdok`), and the werkgebied from PDOK's wijk (Den Haag) or gemeente (Rijswijk, Leidschendam-Voorburg), replacing a
 * postcode estimate. A werkgebied staff chose by hand and a pin staff dropped (`manual`) are never changed.
 * Offline nothing changes and the estimates stay.
 */
@Injectable()
export class SchoolPlacesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly geocoding: GeocodingService,
    private readonly werkgebieden: WerkgebiedTableService,
  ) {}

  get online(): boolean {
    return this.geocoding.online;
  }

  /**
   * Real schools with an address whose point or werkgebied still waits for PDOK, optionally among `schoolIds`: no
   * point or an estimated one, or a werkgebied missing or from the postcode table. A school with staff's pin is
   * looked up only for its werkgebied.
   */
  private unplaced(schoolIds: readonly string[] | undefined): Promise<Row[]> {
    return this.dataSource.query<Row[]>(
      `SELECT id, name, street, house_number, postcode, place, gemeente_code, latitude, location_source,
              werkgebied_source
       FROM school
       WHERE NOT is_demo AND street IS NOT NULL AND postcode IS NOT NULL
         AND (latitude IS NULL OR location_source = 'geschat'
              OR werkgebied_source IS NULL OR werkgebied_source IN ('postcode', 'geschat'))
         AND ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
       ORDER BY name, id`,
      [schoolIds === undefined ? null : [...schoolIds]],
    );
  }

  /** Ids of the schools `placeSchools` would look up (the background job splits them into chunks). */
  async unplacedSchoolIds(): Promise<string[]> {
    return (await this.unplaced(undefined)).map((row) => row.id);
  }

  async placeSchools(options: { schoolIds?: readonly string[] } = {}): Promise<PlaceSchoolsReport> {
    const rows = await this.unplaced(options.schoolIds);
    const report: PlaceSchoolsReport = {
      looked: rows.length,
      placed: 0,
      pinsKept: 0,
      werkgebiedFromAddress: 0,
      notFound: [],
      offline: !this.geocoding.online,
    };
    if (report.offline) return report;
    for (const row of rows) {
      const address =
        `${row.street ?? ''} ${row.house_number ?? ''}, ${row.postcode ?? ''} ${row.place ?? ''}`
          .replace(/\s+/g, ' ')
          .trim();
      const found = await this.geocoding.geocodeAddress(address);
      if (found === 'unavailable') {
        report.offline = true;
        break;
      }
      if (found === null) {
        report.notFound.push({ id: row.id, name: row.name, address });
        continue;
      }
      const decision = this.werkgebieden.decide({
        postcode: row.postcode,
        gemeenteCode: found.gemeenteCode ?? row.gemeente_code,
        wijk: found.wijk,
      });
      const fromAddress =
        row.werkgebied_source !== 'manual' && (decision.source === 'pdok' || decision.source === 'gemeente');
      // The row decides, not what was read above: a pin or a werkgebied staff set meanwhile stays.
      const [updated] = await this.dataSource.query<[{ pin: boolean; area: boolean }[], number]>(
        `UPDATE school SET
           latitude = CASE WHEN location_source = 'manual' THEN latitude ELSE $2 END,
           longitude = CASE WHEN location_source = 'manual' THEN longitude ELSE $3 END,
           location_source = CASE WHEN location_source = 'manual' THEN location_source ELSE 'pdok' END,
           werkgebied_code = CASE WHEN $4 AND werkgebied_source IS DISTINCT FROM 'manual' THEN $5 ELSE werkgebied_code END,
           werkgebied_source = CASE WHEN $4 AND werkgebied_source IS DISTINCT FROM 'manual' THEN $6 ELSE werkgebied_source END
         WHERE id = $1
         RETURNING location_source = 'manual' AS pin, werkgebied_source = $6 AND $4 AS area`,
        [row.id, found.latitude, found.longitude, fromAddress, decision.werkgebied, decision.source],
      );
      const result = updated[0];
      if (result === undefined) continue; // removed meanwhile
      if (result.pin) report.pinsKept += 1;
      else report.placed += 1;
      if (result.area) report.werkgebiedFromAddress += 1;
    }
    return report;
  }
}
