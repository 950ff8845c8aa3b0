import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { type Identity } from '../common/auth/identity';
import { SchoolEntity } from '../schools/school.entity';
import { PlaceProblem } from './models/school-place-issue.model';

/** The SWV's gemeenten (Den Haag, Rijswijk, Leidschendam-Voorburg): schools outside them are not the region's. */
const REGION_GEMEENTEN = ['0518', '0603', '1916'];

/** Where a dropped pin may lie: the Netherlands' extent, with a little room (WGS84). */
export const NETHERLANDS = { minLat: 50.7, maxLat: 53.6, minLon: 3.3, maxLon: 7.3 } as const;

interface IssueRow {
  id: string;
  name: string;
  street: string | null;
  house_number: string | null;
  postcode: string | null;
  place: string | null;
  werkgebied_code: string | null;
  werkgebied_source: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface PlaceIssue {
  school: IssueRow;
  problems: PlaceProblem[];
}

export class LocationOutOfRangeError extends Error {
  constructor(readonly argument: 'latitude' | 'longitude') {
    super(`${argument} ligt buiten Nederland`);
  }
}

/**
 * Data health of the schools' places: which real schools of the region lack a werkgebied or coordinates, or have a
 * werkgebied estimated from the postcode table; and the fix of dropping a pin (coordinates, audited).
 */
@Injectable()
export class DataHealthService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One statement; the same scope as the overview's "left out" figure (real schools and the demo region). */
  async placeIssues(): Promise<PlaceIssue[]> {
    const rows = await this.dataSource.query<IssueRow[]>(
      `SELECT id, name, street, house_number, postcode, place, werkgebied_code, werkgebied_source, latitude, longitude
       FROM school s
       WHERE (NOT s.is_demo OR s.vestigingscode LIKE '99%')
         AND (s.gemeente_code IS NULL OR s.gemeente_code = ANY($1::text[]))
         AND (s.werkgebied_code IS NULL OR s.werkgebied_source = 'geschat'
              OR s.latitude IS NULL OR s.longitude IS NULL)
       ORDER BY (s.werkgebied_code IS NULL) DESC, s.name, s.id`,
      [REGION_GEMEENTEN],
    );
    return rows.map((school) => ({
      school,
      problems: [
        ...(school.werkgebied_code === null ? [PlaceProblem.NO_WERKGEBIED] : []),
        ...(school.latitude === null || school.longitude === null ? [PlaceProblem.NO_COORDINATES] : []),
        ...(school.werkgebied_code !== null && school.werkgebied_source === 'geschat'
          ? [PlaceProblem.ESTIMATED_WERKGEBIED]
          : []),
      ],
    }));
  }

  /**
   * Sets a school's coordinates from a pin (`location_source` `manual`: geocoding never moves it again), audited
   * (`school.location-set`, with the point's source before and after); null when the school is unknown.
   */
  async setLocation(
    schoolId: string,
    latitude: number,
    longitude: number,
    actor: Identity | null,
  ): Promise<SchoolEntity | null> {
    if (!(latitude >= NETHERLANDS.minLat && latitude <= NETHERLANDS.maxLat))
      throw new LocationOutOfRangeError('latitude');
    if (!(longitude >= NETHERLANDS.minLon && longitude <= NETHERLANDS.maxLon))
      throw new LocationOutOfRangeError('longitude');
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneBy(SchoolEntity, { id: schoolId });
      if (!before) return null;
      const point = { latitude: round6(latitude), longitude: round6(longitude) };
      await manager.update(SchoolEntity, { id: schoolId }, { ...point, locationSource: 'manual' });
      await recordAudit(manager, {
        actor,
        ...(actor ? {} : { actorLabel: 'onbekend' }),
        action: 'school.location-set',
        schoolId,
        path: 'location',
        oldValue:
          before.latitude === null || before.longitude === null
            ? null
            : { latitude: before.latitude, longitude: before.longitude, source: before.locationSource },
        newValue: { ...point, source: 'manual' },
        reason: 'speld op de kaart (datagezondheid)',
      });
      return manager.findOneBy(SchoolEntity, { id: schoolId });
    });
  }
}

/** A pin is no more precise than a metre or so: six decimals. */
function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
