import { type DataSource } from 'typeorm';
import { WERKGEBIEDEN } from '@sop-atlas/sop-model';
import { type WerkgebiedTableService } from './werkgebied-table.service';
import { type Geocoder, type GeocodeResult, parsePostcode } from './geocoder';

/**
 * Offline geocoder for postcodes: the centroid of known schools with that PC6, else with that PC4, else the
 * centre of the PC4's werkgebied (PC4 table); null for anything else (addresses need PDOK).
 */
export class LocalGeocoder implements Geocoder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly werkgebieden: WerkgebiedTableService,
  ) {}

  async geocode(query: string): Promise<GeocodeResult | null> {
    const postcode = parsePostcode(query);
    if (postcode === null) return null;
    const shown = postcode.pc6 === null ? postcode.pc4 : `${postcode.pc4} ${postcode.pc6.slice(4)}`;
    const pc6 =
      postcode.pc6 === null ? null : await this.centroid("replace(upper(postcode), ' ', '')", postcode.pc6);
    const found = pc6 ?? (await this.centroid('left(postcode, 4)', postcode.pc4));
    if (found !== null) {
      return {
        latitude: found.lat,
        longitude: found.lon,
        label: `Postcode ${pc6 ? shown : postcode.pc4} (midden van ${found.n} ${found.n === 1 ? 'school' : 'scholen'})`,
        postcode: pc6 ? postcode.pc6 : null,
        gemeenteCode: found.gemeente,
        wijk: null,
        provider: 'local',
      };
    }
    const lookup = this.werkgebieden.lookup(postcode.pc4);
    const area = WERKGEBIEDEN.find((w) => w.code === lookup.werkgebied);
    if (area === undefined) return null;
    return {
      latitude: area.centre[0],
      longitude: area.centre[1],
      label: `Postcode ${shown}: midden van werkgebied ${area.name} (benadering)`,
      postcode: postcode.pc6,
      gemeenteCode: area.gemeenteCode,
      wijk: null,
      provider: 'local',
    };
  }

  private async centroid(
    key: PostcodeKey,
    value: string,
  ): Promise<{ lat: number; lon: number; n: number; gemeente: string | null } | null> {
    const [row] = await this.dataSource.query<
      { lat: number | null; lon: number | null; n: number; gemeente: string | null }[]
    >(
      `SELECT avg(latitude)::float8 AS lat, avg(longitude)::float8 AS lon, count(*)::int AS n,
              min(gemeente_code) AS gemeente
       FROM school WHERE latitude IS NOT NULL AND longitude IS NOT NULL AND ${key} = $1`,
      [value],
    );
    if (row === undefined || row.n === 0 || row.lat === null || row.lon === null) return null;
    return { lat: round(row.lat), lon: round(row.lon), n: row.n, gemeente: row.gemeente };
  }
}

const round = (value: number): number => Math.round(value * 1e6) / 1e6;

/** SQL expressions over `school.postcode` the centroid can group on (never user input). */
type PostcodeKey = "replace(upper(postcode), ' ', '')" | 'left(postcode, 4)';
