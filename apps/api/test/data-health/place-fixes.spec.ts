/**
 * Data health of the schools' places on a real PostgreSQL: the staff list of schools without werkgebied or
 * coordinates or with an estimated werkgebied, the pin fix (coordinates with source `manual`, audited with the
 * source before and after, refused outside the Netherlands) and the werkgebied fix (audited); the list shrinks as
 * schools are fixed and the overview's "left out" follows.
 */
import { graphql } from '../graphql-request';
import { startTestApp, type TestApp } from '../test-app';

const STAFF_TOKEN = 'data-health-test-staff-token-0123';

interface Issue {
  schoolId: string;
  name: string;
  address: string | null;
  werkgebiedCode: string | null;
  werkgebiedSource: string | null;
  latitude: number | null;
  longitude: number | null;
  problems: string[];
}

const ISSUES = `{ schoolPlaceIssues { schoolId name address postcode werkgebiedCode werkgebiedSource latitude longitude problems } }`;
const PIN = `mutation($id: ID!, $lat: Float!, $lon: Float!) { setSchoolLocation(schoolId: $id, latitude: $lat, longitude: $lon) { id latitude longitude locationSource locationApproximate } }`;
const PLACE = `query($id: ID!) { school(id: $id) { latitude longitude locationSource locationApproximate } }`;
const AREA = `mutation($id: ID!, $w: String) { setSchoolWerkgebied(schoolId: $id, werkgebied: $w) { id werkgebiedCode werkgebiedSource } }`;

describe('data health: schools without a place, and their fixes', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp({ seed: true, env: { STAFF_TOKEN } });
    // Three real schools of the region, each with one problem; one outside the region (no issue of ours).
    const insert = async (name: string, values: string): Promise<string> => {
      const [row] = await app.dataSource.query<{ id: string }[]>(
        `INSERT INTO school (name, postcode, place, gemeente_code, werkgebied_code, werkgebied_source, kind, latitude, longitude,
                             location_source)
         VALUES ($1, ${values}) RETURNING id`,
        [name],
      );
      if (!row) throw new Error('geen school');
      return row.id;
    };
    ids['noArea'] = await insert(
      'Basisschool Zonder Gebied',
      `'2517 AB', 'Den Haag', '0518', NULL, NULL, 'BAO', 52.09, 4.29, 'pdok'`,
    );
    ids['noPoint'] = await insert(
      'Basisschool Zonder Punt',
      `'2281 AA', 'Rijswijk', '0603', 'rijswijk', 'gemeente', 'BAO', NULL, NULL, NULL`,
    );
    ids['estimated'] = await insert(
      'Basisschool Geschat',
      `'2545 AA', 'Den Haag', '0518', 'escamp', 'geschat', 'SBO', 52.05, 4.27, 'geschat'`,
    );
    ids['elsewhere'] = await insert(
      'Basisschool Elders',
      `'2242 AA', 'Wassenaar', '0629', NULL, NULL, 'BAO', NULL, NULL, NULL`,
    );
  });
  afterAll(() => app.close());

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphql<T>(app.url, query, variables, token);

  const issues = async (): Promise<Issue[]> => {
    const result = await gql<{ schoolPlaceIssues: Issue[] }>(ISSUES, {}, STAFF_TOKEN);
    expect(result.errors).toBeUndefined();
    return result.data?.schoolPlaceIssues ?? [];
  };
  const leftOut = async (): Promise<number> => {
    const result = await gql<{ regionOverview: { schoolsLeftOut: number } }>(
      `{ regionOverview(schoolYear: "2024-2025") { schoolsLeftOut } }`,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.regionOverview.schoolsLeftOut ?? -1;
  };

  it('lists the real schools of the region that lack a werkgebied or coordinates or have an estimate, staff only', async () => {
    const anonymous = await gql(ISSUES);
    expect(anonymous.errors?.[0]?.extensions?.['code']).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const list = await issues();
    const byId = new Map(list.map((i) => [i.schoolId, i]));
    expect(byId.get(ids['noArea'] ?? '')?.problems).toEqual(['NO_WERKGEBIED']);
    expect(byId.get(ids['noPoint'] ?? '')?.problems).toEqual(['NO_COORDINATES']);
    expect(byId.get(ids['estimated'] ?? '')?.problems).toEqual(['ESTIMATED_WERKGEBIED']);
    expect(byId.get(ids['noArea'] ?? '')?.address).toBe('2517 AB Den Haag');
    expect(byId.has(ids['elsewhere'] ?? '')).toBe(false);
    // Schools the overview leaves out come first.
    expect(list[0]?.problems).toContain('NO_WERKGEBIED');
  });

  it('drops a pin: coordinates set and audited; outside the Netherlands refused in Dutch, nothing changed', async () => {
    const id = ids['noPoint'];
    const anonymous = await gql(PIN, { id, lat: 52.04, lon: 4.32 });
    expect(anonymous.errors?.[0]?.extensions?.['code']).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
    const far = await gql(PIN, { id, lat: 48.85, lon: 2.35 }, STAFF_TOKEN);
    expect(far.errors?.[0]?.message).toMatch(/De speld ligt buiten Nederland: breedtegraad/);
    expect(far.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'latitude' });
    const unknown = await gql(
      PIN,
      { id: '00000000-0000-4000-8000-000000000000', lat: 52, lon: 4.3 },
      STAFF_TOKEN,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'schoolId' });

    const ok = await gql<{ setSchoolLocation: Record<string, unknown> }>(
      PIN,
      { id, lat: 52.0401234567, lon: 4.3209876543 },
      STAFF_TOKEN,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data?.setSchoolLocation).toEqual({
      id,
      latitude: 52.040123,
      longitude: 4.320988,
      locationSource: 'MANUAL',
      locationApproximate: false,
    });
    const events = await app.dataSource.query<
      { action: string; actor: string; old_value: unknown; new_value: unknown }[]
    >(
      `SELECT action, actor, old_value, new_value FROM audit_event WHERE school_id = $1 ORDER BY occurred_at`,
      [id],
    );
    expect(events).toEqual([
      expect.objectContaining({
        action: 'school.location-set',
        old_value: null,
        new_value: { latitude: 52.040123, longitude: 4.320988, source: 'manual' },
      }),
    ]);
    expect((await issues()).some((i) => i.schoolId === id)).toBe(false);
  });

  it('a pin on an estimated point: no longer "bij benadering", its source manual, old and new source audited', async () => {
    const id = ids['estimated'];
    const place = async () => {
      const result = await gql<{ school: Record<string, unknown> }>(PLACE, { id });
      expect(result.errors).toBeUndefined();
      return result.data?.school;
    };
    expect(await place()).toEqual({
      latitude: 52.05,
      longitude: 4.27,
      locationSource: 'GESCHAT',
      locationApproximate: true,
    });
    const ok = await gql(PIN, { id, lat: 52.0512, lon: 4.2733 }, STAFF_TOKEN);
    expect(ok.errors).toBeUndefined();
    expect(await place()).toEqual({
      latitude: 52.0512,
      longitude: 4.2733,
      locationSource: 'MANUAL',
      locationApproximate: false,
    });
    const events = await app.dataSource.query<{ old_value: unknown; new_value: unknown }[]>(
      `SELECT old_value, new_value FROM audit_event WHERE school_id = $1 AND action = 'school.location-set'`,
      [id],
    );
    expect(events).toEqual([
      {
        old_value: { latitude: 52.05, longitude: 4.27, source: 'geschat' },
        new_value: { latitude: 52.0512, longitude: 4.2733, source: 'manual' },
      },
    ]);
    // Its werkgebied is still the postcode table's estimate: it stays on the list for that.
    expect((await issues()).find((i) => i.schoolId === id)?.problems).toEqual(['ESTIMATED_WERKGEBIED']);
  });

  it('chooses the werkgebied: audited, off the list, and the overview leaves one school fewer out', async () => {
    const before = await leftOut();
    expect(before).toBeGreaterThanOrEqual(1);
    for (const [key, area] of [
      ['noArea', 'scheveningen'],
      ['estimated', 'escamp'],
    ] as const) {
      const result = await gql<{ setSchoolWerkgebied: { werkgebiedSource: string } }>(
        AREA,
        { id: ids[key], w: area },
        STAFF_TOKEN,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.setSchoolWerkgebied.werkgebiedSource).toBe('manual');
    }
    const [event] = await app.dataSource.query<{ action: string; old_value: unknown; new_value: unknown }[]>(
      `SELECT action, old_value, new_value FROM audit_event WHERE school_id = $1 AND action = 'school.werkgebied-set'`,
      [ids['estimated']],
    );
    expect(event).toEqual({
      action: 'school.werkgebied-set',
      old_value: { code: 'escamp', source: 'geschat' },
      new_value: { code: 'escamp', source: 'manual' },
    });
    const list = await issues();
    expect(list.some((i) => i.schoolId === ids['noArea'] || i.schoolId === ids['estimated'])).toBe(false);
    expect(await leftOut()).toBe(before - 1);
  });
});
