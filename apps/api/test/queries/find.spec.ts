import { GeocodingService } from '../../src/geocoding/geocoding.service';
import { graphql, graphqlData } from '../graphql-request';
import { type TestApp } from '../test-app';
import { startDemoApp } from './demo-app';

interface FindResult {
  schools: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; distanceKm: number | null; node: { id: string; name: string } }[];
  };
}

const FIND = `query ($filter: SchoolFilter, $near: NearInput, $sort: SchoolSort, $first: Int, $after: String) {
  schools(filter: $filter, near: $near, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor distanceKm node { id name } }
  }
}`;

/** Near 2524 CK (Bezuidenhout, Den Haag). */
const POINT = { latitude: 52.0842, longitude: 4.3339 };

/**
 * Ground truth written independently of the service: latest published SOP per school with DISTINCT ON, plain
 * haversine without a bounding box, then the filters as joins.
 */
const GROUND_TRUTH = `
  WITH latest AS (
    SELECT DISTINCT ON (school_id) school_id, id FROM sop WHERE status = 'published'
    ORDER BY school_id, school_year DESC
  ), dist AS (
    SELECT s.id, s.name,
      2 * 6371.0088 * asin(sqrt(sin(radians(s.latitude - $1) / 2) ^ 2
        + cos(radians($1)) * cos(radians(s.latitude)) * sin(radians(s.longitude - $2) / 2) ^ 2)) AS km
    FROM school s WHERE s.latitude IS NOT NULL
  )
  SELECT d.id, d.km FROM dist d JOIN latest l ON l.school_id = d.id
  WHERE d.km <= $3
    AND d.id IN (SELECT l2.school_id FROM latest l2 JOIN sop_expertise e ON e.sop_id = l2.id
                 WHERE e.code = 'autisme' AND e.availability_kind = 'in-team')
    AND d.id IN (SELECT l3.school_id FROM latest l3 JOIN sop_facility f ON f.sop_id = l3.id
                 WHERE f.code = 'time-out-ruimte' AND f.status = 'aanwezig')
  ORDER BY d.km, d.id`;

describe('schools: find with filters, near and sort (demo region)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startDemoApp();
  });
  afterAll(() => app.close());

  it('finds autism expertise in the team + a time-out room within 3 km, nearest first, as the SQL ground truth', async () => {
    const truth = await app.dataSource.query<{ id: string; km: number }[]>(GROUND_TRUTH, [
      POINT.latitude,
      POINT.longitude,
      3,
    ]);
    expect(truth.length).toBeGreaterThan(1);
    const data = await graphqlData<FindResult>(app.url, FIND, {
      filter: { expertise: { codes: ['autisme'] }, facilities: ['time-out-ruimte'] },
      near: { ...POINT, radiusKm: 3 },
      first: 200,
    });
    expect(data.schools.totalCount).toBe(truth.length);
    expect(data.schools.edges.map((e) => e.node.id)).toEqual(truth.map((t) => t.id));
    data.schools.edges.forEach((edge, i) => {
      expect(edge.distanceKm).toBeCloseTo(Number(truth[i]?.km), 2);
      expect(edge.distanceKm).toBeLessThanOrEqual(3);
    });
  });

  it('answers "within 3 km of 2524 CK, autism in the team, time-out room, nearest first" via the geocoder', async () => {
    const point = await app.server.app.get(GeocodingService).geocode('2524 CK');
    expect(point).not.toBeNull();
    const truth = await app.dataSource.query<{ id: string; km: number }[]>(GROUND_TRUTH, [
      point?.latitude,
      point?.longitude,
      3,
    ]);
    expect(truth.length).toBeGreaterThan(1);
    const data = await graphqlData<FindResult>(app.url, FIND, {
      filter: {
        expertise: { codes: ['autisme'], match: 'ANY', inTeamOnly: true },
        facilities: ['time-out-ruimte'],
      },
      near: { postcode: '2524 CK', radiusKm: 3 },
      sort: { field: 'DISTANCE', direction: 'ASC' },
      first: 200,
    });
    expect(data.schools.edges.map((e) => e.node.id)).toEqual(truth.map((t) => t.id));
    expect(data.schools.totalCount).toBe(truth.length);
  });

  it('distinguishes expertise in the team from bought-in expertise', async () => {
    const count = async (inTeamOnly: boolean): Promise<number> =>
      (
        await graphqlData<FindResult>(app.url, FIND, {
          filter: { expertise: { codes: ['autisme'], inTeamOnly } },
        })
      ).schools.totalCount;
    const [truth] = await app.dataSource.query<{ team: number; both: number }[]>(`
      WITH latest AS (SELECT DISTINCT ON (school_id) school_id, id FROM sop WHERE status = 'published'
                      ORDER BY school_id, school_year DESC)
      SELECT count(DISTINCT l.school_id) FILTER (WHERE e.availability_kind = 'in-team')::int AS team,
             count(DISTINCT l.school_id)::int AS both
      FROM latest l JOIN sop_expertise e ON e.sop_id = l.id
      WHERE e.code = 'autisme' AND e.availability_kind IN ('in-team', 'ingekocht')`);
    expect(await count(true)).toBe(truth?.team);
    expect(await count(false)).toBe(truth?.both);
    expect(truth?.both).toBeGreaterThan(truth?.team ?? 0);
  });

  it('ALL needs every code, ANY one of them', async () => {
    const total = async (match: string): Promise<number> =>
      (
        await graphqlData<FindResult>(app.url, FIND, {
          filter: { expertise: { codes: ['autisme', 'gedrag'], match } },
        })
      ).schools.totalCount;
    const [truth] = await app.dataSource.query<{ any: number; all: number }[]>(`
      WITH latest AS (SELECT DISTINCT ON (school_id) school_id, id FROM sop WHERE status = 'published'
                      ORDER BY school_id, school_year DESC),
      per AS (SELECT l.school_id, count(DISTINCT e.code) AS n FROM latest l
              JOIN sop_expertise e ON e.sop_id = l.id AND e.availability_kind = 'in-team'
              AND e.code IN ('autisme', 'gedrag') GROUP BY l.school_id)
      SELECT count(*)::int AS any, (count(*) FILTER (WHERE n = 2))::int AS all FROM per`);
    expect(await total('ANY')).toBe(truth?.any);
    expect(await total('ALL')).toBe(truth?.all);
  });

  it('combines partner, HGW, werkgebied, kind, pupils and school year filters', async () => {
    const filter = {
      partner: { code: 'logopedie', minimumFrequency: 'regelmatig' },
      hgw: { code: 'ouders-partners', status: 'op-orde' },
      werkgebieden: ['escamp', 'laak', 'centrum'],
      kinds: ['BAO'],
      pupils: { min: 150 },
      schoolYear: '2023-2024',
    };
    const [truth] = await app.dataSource.query<{ n: number }[]>(`
      SELECT count(*)::int AS n FROM school s
      JOIN sop ON sop.school_id = s.id AND sop.status = 'published' AND sop.school_year = '2023-2024'
      WHERE s.werkgebied_code IN ('escamp', 'laak', 'centrum') AND s.kind = 'BAO'
        AND (SELECT total FROM pupil_count pc WHERE pc.school_id = s.id ORDER BY reference_date DESC LIMIT 1) >= 150
        AND EXISTS (SELECT 1 FROM sop_partner p WHERE p.sop_id = sop.id AND p.code = 'logopedie'
                    AND p.frequency IN ('structureel', 'regelmatig'))
        AND EXISTS (SELECT 1 FROM sop_hgw h WHERE h.sop_id = sop.id AND h.code = 'ouders-partners'
                    AND h.status = 'op-orde')`);
    const data = await graphqlData<FindResult>(app.url, FIND, { filter, first: 200 });
    expect(truth?.n).toBeGreaterThan(0);
    expect(data.schools.totalCount).toBe(truth?.n);
    expect(data.schools.edges).toHaveLength(truth?.n ?? -1);
  });

  it('pages by pupils descending with cursors, unknown counts last, and no school twice', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: FindResult = await graphqlData<FindResult>(app.url, FIND, {
        sort: { field: 'PUPILS', direction: 'DESC' },
        first: 60,
        after,
      });
      total = page.schools.totalCount;
      seen.push(...page.schools.edges.map((e) => e.node.id));
      after = page.schools.pageInfo.hasNextPage ? page.schools.pageInfo.endCursor : null;
    } while (after !== null);
    const truth = await app.dataSource.query<{ id: string }[]>(`
      SELECT s.id FROM school s LEFT JOIN LATERAL (SELECT total FROM pupil_count pc WHERE pc.school_id = s.id
        ORDER BY reference_date DESC LIMIT 1) p ON true
      ORDER BY p.total DESC NULLS LAST, s.id DESC`);
    expect(total).toBe(205);
    expect(seen).toEqual(truth.map((t) => t.id));
  });

  it('full-text search (Dutch) finds schools by name', async () => {
    const [school] = await app.dataSource.query<{ id: string; name: string }[]>(
      `SELECT id, name FROM school ORDER BY name LIMIT 1`,
    );
    const word = (school?.name ?? '').split(' ').at(-1) ?? '';
    const data = await graphqlData<FindResult>(app.url, FIND, { filter: { text: word }, first: 200 });
    expect(data.schools.edges.map((e) => e.node.id)).toContain(school?.id);
  });

  it('returns the place it searched around: the geocoded point of a postcode (an estimate offline), a point as given', async () => {
    const CENTRE = `query ($near: NearInput) {
      schools(near: $near, first: 1) { centre { latitude longitude radiusKm label approximate } }
    }`;
    type Centre = {
      schools: {
        centre: {
          latitude: number;
          longitude: number;
          radiusKm: number;
          label: string | null;
          approximate: boolean;
        } | null;
      };
    };
    // The test app geocodes offline (GEOCODER=local): the centre of the known schools of the postcode.
    const geocoded = await app.server.app.get(GeocodingService).geocode('2524 CK');
    const byPostcode = await graphqlData<Centre>(app.url, CENTRE, {
      near: { postcode: '2524 CK', radiusKm: 2 },
    });
    expect(byPostcode.schools.centre).toEqual({
      latitude: geocoded?.latitude,
      longitude: geocoded?.longitude,
      radiusKm: 2,
      label: geocoded?.label,
      approximate: true,
    });
    const byPoint = await graphqlData<Centre>(app.url, CENTRE, { near: { ...POINT, radiusKm: 3 } });
    expect(byPoint.schools.centre).toEqual({ ...POINT, radiusKm: 3, label: null, approximate: false });
    expect((await graphqlData<Centre>(app.url, CENTRE, {})).schools.centre).toBeNull();
  });

  it('marks a school whose coordinates are an estimate (location source geschat) as approximate, whatever its werkgebied', async () => {
    const rows = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM school WHERE latitude IS NOT NULL ORDER BY name, id LIMIT 4`,
    );
    const [estimated, placed, pinned, unplaced] = rows.map((r) => r.id);
    await app.dataSource.query(
      `UPDATE school SET location_source = 'geschat', werkgebied_source = 'manual' WHERE id = $1`,
      [estimated],
    );
    // The werkgebied's source says nothing about the point any more.
    await app.dataSource.query(
      `UPDATE school SET location_source = 'pdok', werkgebied_source = 'geschat' WHERE id = $1`,
      [placed],
    );
    await app.dataSource.query(
      `UPDATE school SET location_source = 'manual', werkgebied_source = 'postcode' WHERE id = $1`,
      [pinned],
    );
    await app.dataSource.query(
      `UPDATE school SET werkgebied_source = 'postcode', latitude = NULL, longitude = NULL, location_source = NULL
       WHERE id = $1`,
      [unplaced],
    );
    const data = await graphqlData<{
      schools: {
        edges: { node: { id: string; locationApproximate: boolean; locationSource: string | null } }[];
      };
    }>(app.url, `{ schools(first: 200) { edges { node { id locationApproximate locationSource } } } }`);
    const byId = new Map(data.schools.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(estimated ?? '')).toMatchObject({ locationApproximate: true, locationSource: 'GESCHAT' });
    expect(byId.get(placed ?? '')).toMatchObject({ locationApproximate: false, locationSource: 'PDOK' });
    expect(byId.get(pinned ?? '')).toMatchObject({ locationApproximate: false, locationSource: 'MANUAL' });
    expect(byId.get(unplaced ?? '')).toMatchObject({ locationApproximate: false, locationSource: null });
    // The demo region's own (fictional) points are not estimates.
    expect([...byId.values()].filter((n) => n.locationApproximate)).toHaveLength(1);
    expect(new Set([...byId.values()].map((n) => n.locationSource))).toEqual(
      new Set(['GESCHAT', 'PDOK', 'MANUAL', 'DEMO', null]),
    );
  });

  it.each([
    [{ filter: { expertise: { codes: ['autisme', 'telepathie'] } } }, 'filter.expertise.codes[1]'],
    [{ filter: { facilities: ['zwembad'] } }, 'filter.facilities[0]'],
    [
      { filter: { partner: { code: 'logopedie', minimumFrequency: 'soms' } } },
      'filter.partner.minimumFrequency',
    ],
    [{ filter: { werkgebieden: ['atlantis'] } }, 'filter.werkgebieden[0]'],
    [{ filter: { schoolYear: '2023-2025' } }, 'filter.schoolYear'],
    [{ near: { ...POINT, radiusKm: 0 } }, 'near.radiusKm'],
    [{ near: { ...POINT, radiusKm: 5000 } }, 'near.radiusKm'],
    [{ near: { postcode: '2524 XYZ', radiusKm: 3 } }, 'near.postcode'],
    [{ near: { latitude: 95, longitude: 4, radiusKm: 3 } }, 'near.latitude'],
    [{ near: { address: 'Nergensstraat 999, Atlantis', radiusKm: 3 } }, 'near.address'],
    [{ near: { postcode: '9999 ZZ', radiusKm: 3 } }, 'near.postcode'],
    [{ near: { postcode: '2524 CK', latitude: 52, radiusKm: 3 } }, 'near'],
    [{ sort: { field: 'DISTANCE' } }, 'sort.field'],
    [{ first: 201 }, 'first'],
  ])('refuses %j with BAD_USER_INPUT naming %s', async (variables, argument) => {
    const result = await graphql(app.url, FIND, variables);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(result.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });
});
