import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { BadInputError } from '../../common/errors/app-error';
import { keyAndIdCursor } from '../../common/args';
import { SchoolEntity } from '../school.entity';
import { CodeMatch, SchoolSortField, SortDirection } from './dto/search.inputs';
import { type NearPlace, type Point, type SearchCriteria } from './search-criteria';
import { SEARCH_GEOCODER, type SearchGeocoder } from './geocoder';
import { SqlParams } from './sql-params';
import { CATALOG_ROWS } from '../../common/catalog-sql';
import { AppConfig } from '../../config/app-config';
import { sopStateSql } from '../sop-state-sql';
import { schoolYearStart } from '@sop-atlas/sop-model';

/** Mean earth radius in km (IUGG). */
export const EARTH_RADIUS_KM = 6371.0088;

export interface SearchArea extends Point {
  radiusKm: number;
}

/**
 * The place searched around, as the search used it: for a postcode or address the geocoded point with its label,
 * `approximate` when it is not PDOK's answer (the offline estimate from known schools or the postcode table).
 */
export interface SearchCentre extends SearchArea {
  label: string | null;
  approximate: boolean;
}

export interface SearchHit {
  school: SchoolEntity;
  distanceKm: number | null;
  cursor: [string, string];
}

export interface SearchPage {
  hits: SearchHit[];
  /** Null without `near`. */
  centre?: SearchCentre | null;
  totalCount: number;
  hasNextPage: boolean;
}

interface PageRow {
  total: number;
  id: string | null;
  distance_km: number | null;
  sort_key: string | null;
}

/** Haversine distance in km between a point and the columns `s.latitude`/`s.longitude`, as SQL. */
export function haversineSql(p: SqlParams, point: Point): string {
  const lat = p.add(point.latitude);
  const lon = p.add(point.longitude);
  return `(${EARTH_RADIUS_KM} * 2 * asin(least(1.0, sqrt(
    power(sin(radians(s.latitude - ${lat}::float8) / 2), 2)
    + cos(radians(${lat}::float8)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ${lon}::float8) / 2), 2)
  ))))`;
}

/** Latitude/longitude box around a circle (a little wider than the circle), for the indexed prefilter. */
export function boundingBox(area: SearchArea): {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
} {
  const dLat = (area.radiusKm / 111.195) * 1.01;
  const cosLat = Math.max(Math.cos((area.latitude * Math.PI) / 180), 0.01);
  const dLon = (area.radiusKm / (111.195 * cosLat)) * 1.01;
  return {
    minLat: area.latitude - dLat,
    maxLat: area.latitude + dLat,
    minLon: area.longitude - dLon,
    maxLon: area.longitude + dLon,
  };
}

/**
 * The find query: one parameterised statement for filters, distance, sort, keyset page and total count, then the
 * page's school rows by id. SOP filters look at one SOP per school: the published SOP of `schoolYear`, or the
 * latest published one.
 */
@Injectable()
export class SchoolSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Optional() @Inject(SEARCH_GEOCODER) private readonly geocoder: SearchGeocoder | null = null,
  ) {}

  /** Geocodes `near` when needed, then searches. */
  async find(
    criteria: SearchCriteria,
    near: NearPlace | null,
    first: number,
    after: string | null | undefined,
  ): Promise<SearchPage> {
    const centre = near ? await this.locate(near) : null;
    return { ...(await this.search(criteria, centre, first, after)), centre };
  }

  async locate(near: NearPlace): Promise<SearchCentre> {
    if (near.kind === 'point') {
      const { latitude, longitude, radiusKm } = near;
      return { latitude, longitude, radiusKm, label: null, approximate: false };
    }
    const argument = near.kind === 'postcode' ? 'near.postcode' : 'near.address';
    const query = near.kind === 'postcode' ? near.postcode : near.address;
    if (!this.geocoder) {
      throw new BadInputError(
        'zoeken op postcode of adres is niet beschikbaar; geef latitude en longitude',
        argument,
      );
    }
    const point = await this.geocoder.geocode(query);
    if (!point) throw new BadInputError(`'${query}' is niet gevonden`, argument);
    return {
      latitude: point.latitude,
      longitude: point.longitude,
      radiusKm: near.radiusKm,
      label: point.label,
      approximate: point.provider !== 'pdok',
    };
  }

  async search(
    criteria: SearchCriteria,
    area: SearchArea | null,
    first: number,
    after: string | null | undefined,
  ): Promise<SearchPage> {
    const p = new SqlParams();
    const where: string[] = [];
    const distance = area ? haversineSql(p, area) : 'NULL::float8';

    if (area) {
      const box = boundingBox(area);
      where.push(
        `s.latitude BETWEEN ${p.add(box.minLat)} AND ${p.add(box.maxLat)}`,
        `s.longitude BETWEEN ${p.add(box.minLon)} AND ${p.add(box.maxLon)}`,
        `${distance} <= ${p.add(area.radiusKm)}`,
      );
    }
    if (criteria.werkgebieden.length > 0)
      where.push(`s.werkgebied_code = ANY(${p.add(criteria.werkgebieden)})`);
    if (criteria.gemeenten.length > 0) where.push(`s.gemeente_code = ANY(${p.add(criteria.gemeenten)})`);
    if (criteria.kinds.length > 0) where.push(`s.kind = ANY(${p.add(criteria.kinds)})`);
    if (criteria.denominations.length > 0)
      where.push(`s.denomination = ANY(${p.add(criteria.denominations)})`);
    if (criteria.isDemo !== null) where.push(`s.is_demo = ${p.add(criteria.isDemo)}`);
    if (criteria.pupils?.min != null) where.push(`pc.total >= ${p.add(criteria.pupils.min)}`);
    if (criteria.pupils?.max != null) where.push(`pc.total <= ${p.add(criteria.pupils.max)}`);

    // Facilities filter on the one "has the item" definition; the expertise, partner and HGW filters take the
    // caller's own threshold (bought-in expertise too, a minimum frequency, a chosen status).
    if (criteria.expertise) {
      const kinds = criteria.expertise.inTeamOnly ? ['in-team'] : ['in-team', 'ingekocht'];
      const rows = `FROM ${CATALOG_ROWS.expertise.table} e WHERE e.sop_id = c.id AND e.code = ANY(${p.add(criteria.expertise.codes)})
        AND e.availability_kind = ANY(${p.add(kinds)})`;
      where.push(
        criteria.expertise.match === CodeMatch.ALL
          ? `(SELECT count(DISTINCT e.code) ${rows}) = ${p.add(criteria.expertise.codes.length)}`
          : `EXISTS (SELECT 1 ${rows})`,
      );
    }
    if (criteria.facilities.length > 0) {
      where.push(`(SELECT count(DISTINCT f.code) FROM ${CATALOG_ROWS.facility.table} f
        WHERE f.sop_id = c.id AND f.code = ANY(${p.add(criteria.facilities)}) AND ${CATALOG_ROWS.facility.has('f')})
        = ${p.add(criteria.facilities.length)}`);
    }
    if (criteria.partner) {
      where.push(`EXISTS (SELECT 1 FROM ${CATALOG_ROWS.partner.table} pa WHERE pa.sop_id = c.id AND pa.code = ${p.add(criteria.partner.code)}
        AND pa.frequency_rank >= ${p.add(criteria.partner.minimumRank)})`);
    }
    if (criteria.hgw) {
      where.push(`EXISTS (SELECT 1 FROM ${CATALOG_ROWS.hgw.table} h WHERE h.sop_id = c.id AND h.code = ${p.add(criteria.hgw.code)}
        AND h.status = ${p.add(criteria.hgw.status)})`);
    }
    if (criteria.status !== null) {
      where.push(
        sopStateSql(criteria.status.state, {
          school: 's',
          year: () => p.add(criteria.status?.schoolYear),
          start: () => p.add(schoolYearStart(criteria.status?.schoolYear ?? '')),
          staleYears: () => p.add(this.config.staleSopYears),
        }),
      );
    }
    if (criteria.text !== null) {
      const query = `websearch_to_tsquery('dutch', ${p.add(criteria.text)})`;
      where.push(`(c.search @@ ${query}
        OR to_tsvector('dutch'::regconfig, s.name || ' ' || coalesce(s.place, '')) @@ ${query})`);
    }
    const yearCondition =
      criteria.schoolYear !== null ? `AND sop.school_year = ${p.add(criteria.schoolYear)}` : '';

    const descending = criteria.sort.direction === SortDirection.DESC;
    const missing = descending ? `'-Infinity'::float8` : `'Infinity'::float8`;
    const { key, type } = ((): { key: string; type: 'text' | 'float8' } => {
      switch (criteria.sort.field) {
        case SchoolSortField.NAME:
          return { key: 's.name', type: 'text' };
        case SchoolSortField.DISTANCE:
          return { key: `coalesce(${distance}, ${missing})`, type: 'float8' };
        case SchoolSortField.PUPILS:
          return { key: `coalesce(pc.total::float8, ${missing})`, type: 'float8' };
        case SchoolSortField.FUNDING_PER_PUPIL:
          return {
            key: `coalesce(c.funding_amount::float8 / NULLIF(pc.total, 0), ${missing})`,
            type: 'float8',
          };
      }
    })();

    let cursorCondition = '';
    if (after) {
      const [afterKey, afterId] = keyAndIdCursor(after);
      if (type === 'float8' && !/^(-?Infinity|-?[0-9.e+-]+)$/.test(afterKey)) {
        throw new BadInputError(`cursor '${after}' hoort bij een andere sortering`, 'after');
      }
      cursorCondition = `WHERE (m.sort_key, m.id) ${descending ? '<' : '>'} (${p.add(afterKey)}::${type}, ${p.add(afterId)}::uuid)`;
    }
    const direction = descending ? 'DESC' : 'ASC';
    const sql = `
      WITH matched AS MATERIALIZED (
        SELECT s.id, ${distance} AS distance_km, ${key} AS sort_key
        FROM school s
        LEFT JOIN LATERAL (
          SELECT sop.id, sop.funding_amount, sop.search FROM sop
          WHERE sop.school_id = s.id AND sop.status = 'published' ${yearCondition}
          ORDER BY sop.school_year DESC LIMIT 1
        ) c ON true
        LEFT JOIN LATERAL (
          SELECT pupil_count.total FROM pupil_count WHERE pupil_count.school_id = s.id
          ORDER BY pupil_count.reference_date DESC LIMIT 1
        ) pc ON true
        ${where.length > 0 ? `WHERE ${where.join('\n AND ')}` : ''}
      )
      SELECT (SELECT count(*) FROM matched)::int AS total, page.id, page.distance_km, page.sort_key::text AS sort_key
      FROM (SELECT 1) AS one
      LEFT JOIN (
        SELECT m.id, m.distance_km, m.sort_key FROM matched m ${cursorCondition}
        ORDER BY m.sort_key ${direction}, m.id ${direction} LIMIT ${p.add(first + 1)}
      ) page ON true
      ORDER BY page.sort_key ${direction}, page.id ${direction}`;
    const raw = await this.dataSource.query<PageRow[]>(sql, p.values);
    const total = raw[0]?.total ?? 0;
    const rows = raw.filter(
      (row): row is PageRow & { id: string; sort_key: string } => row.id !== null && row.sort_key !== null,
    );
    const page = rows.slice(0, first);
    const schools =
      page.length === 0
        ? []
        : await this.dataSource.getRepository(SchoolEntity).findBy({ id: In(page.map((row) => row.id)) });
    const byId = new Map(schools.map((school) => [school.id, school]));
    const hits = page.flatMap((row): SearchHit[] => {
      const school = byId.get(row.id);
      return school
        ? [
            {
              school,
              distanceKm: row.distance_km === null ? null : Number(row.distance_km),
              cursor: [row.sort_key, row.id],
            },
          ]
        : [];
    });
    return { hits, totalCount: total, hasNextPage: rows.length > first };
  }
}
