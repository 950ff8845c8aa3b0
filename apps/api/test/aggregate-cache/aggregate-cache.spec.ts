import { KeptAnswers } from '../../src/aggregate-cache/graphql-etag';
import { Client } from 'pg';
import { DATA_VERSION_SQL } from '../../src/aggregate-cache/data-version.service';
import { loadDemoRegion } from '../../src/demo/demo-loader';
import { createSop, sopDocument } from '../factories';
import { type GraphqlResponse } from '../graphql-request';
import { SqlCounter } from '../sql-counter';
import { startTestApp, type TestApp } from '../test-app';

const STAFF_TOKEN = 'aggregate-cache-staff-token-0123456';
const YEAR = '2024-2025';

const OVERVIEW = `query Overview($schoolYear: String!, $werkgebied: String) {
  regionOverview(schoolYear: $schoolYear, werkgebied: $werkgebied) {
    schools schoolsWithSop
    items { kind code region { schools withItem } }
    funding { overall { schools median } }
    dataHealth { awaitingReview { count schools { id } } }
  }
}`;
const COMPARE = `query Compare($ids: [ID!]!, $schoolYear: String) {
  compareSchools(ids: $ids, schoolYear: $schoolYear) { rows { kind code regionShare } }
}`;

interface Overview {
  regionOverview: {
    schools: number;
    schoolsWithSop: number;
    items: { kind: string; code: string; region: { schools: number; withItem: number } }[];
    funding: { overall: { schools: number; median: number | null } };
    dataHealth: { awaitingReview: { count: number; schools: { id: string }[] } };
  };
}
interface Comparison {
  compareSchools: { rows: { kind: string; code: string; regionShare: number | null }[] };
}

/**
 * The aggregate cache (ADR 0002) on the demo region: a repeated request costs the one version check, and no
 * change — through the API, or by another connection — leaves a stale answer behind.
 */
describe('aggregate cache and ETag', () => {
  let app: TestApp;
  const counter = new SqlCounter();

  beforeAll(async () => {
    app = await startTestApp({ sqlLogger: counter, env: { STAFF_TOKEN } });
    await app.dataSource.transaction((manager) => loadDemoRegion(manager));
  });
  afterAll(() => app.close());

  async function post<T>(query: string, variables: Record<string, unknown>, staff = false): Promise<T> {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(staff ? { authorization: `Bearer ${STAFF_TOKEN}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphqlResponse<T>;
    if (body.errors?.length || !body.data) throw new Error(`GraphQL-fout: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  function get(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
    const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
    return fetch(`${app.url}/graphql?${params.toString()}`, {
      headers: { 'x-sop-atlas-csrf': '1', ...headers },
    });
  }

  const overview = (werkgebied: string | null = null, staff = false) =>
    post<Overview>(OVERVIEW, { schoolYear: YEAR, werkgebied }, staff).then((d) => d.regionOverview);

  /** A published SOP of YEAR whose school has at least one item that counts for coverage, with its funding. */
  async function publishedWithItems(): Promise<{
    schoolId: string;
    werkgebied: string;
    otherSchoolId: string;
  }> {
    const rows = await app.dataSource.query<{ school_id: string; werkgebied_code: string }[]>(
      `SELECT sop.school_id, s.werkgebied_code FROM sop JOIN school s ON s.id = sop.school_id
       WHERE sop.status = 'published' AND sop.school_year = $1 AND s.werkgebied_code IS NOT NULL
         AND sop.funding_amount IS NOT NULL
         AND EXISTS (SELECT 1 FROM sop_facility f WHERE f.sop_id = sop.id AND f.status = 'aanwezig')
       ORDER BY s.name LIMIT 2`,
      [YEAR],
    );
    const [first, second] = rows;
    if (!first || !second) throw new Error('demo region without published SOPs with facilities');
    return { schoolId: first.school_id, werkgebied: first.werkgebied_code, otherSchoolId: second.school_id };
  }

  it('answers a repeated region overview with one statement: the data version check', async () => {
    const first = await overview();
    counter.reset();
    const again = await overview();
    expect(again).toEqual(first);
    expect(counter.statements).toEqual([DATA_VERSION_SQL]);
  });

  it('shows a publication through the API at once: overview, coverage, funding and compare shares', async () => {
    const { schoolId, otherSchoolId } = await publishedWithItems();
    const before = await overview();
    const compareBefore = await post<Comparison>(COMPARE, {
      ids: [schoolId, otherSchoolId],
      schoolYear: YEAR,
    });
    const staffBefore = await overview(null, true);
    // an empty draft (no items, no funding amount) for the school, written as an import would
    const draft = await createSop(app.dataSource, schoolId, sopDocument(YEAR), 'draft');
    // drafts count for what staff see (awaiting review), not for the public figures
    const staffWithDraft = await overview(null, true);
    expect(staffWithDraft.dataHealth.awaitingReview.count).toBe(
      staffBefore.dataHealth.awaitingReview.count + 1,
    );
    expect(staffWithDraft.dataHealth.awaitingReview.schools.map((s) => s.id)).toContain(schoolId);
    expect((await overview()).dataHealth.awaitingReview.schools).toEqual([]);

    await post(
      `mutation ($id: ID!, $v: Int!) { publishSop(sopId: $id, expectedVersion: $v, force: true) { id } }`,
      { id: draft.id, v: draft.version },
      true,
    );

    const after = await overview();
    expect(after.schoolsWithSop).toBe(before.schoolsWithSop);
    const withItems = (o: typeof before) => o.items.reduce((sum, item) => sum + item.region.withItem, 0);
    expect(withItems(after)).toBeLessThan(withItems(before));
    expect(after.funding.overall.schools).toBe(before.funding.overall.schools - 1);
    const compareAfter = await post<Comparison>(COMPARE, {
      ids: [schoolId, otherSchoolId],
      schoolYear: YEAR,
    });
    expect(compareAfter.compareSchools.rows).not.toEqual(compareBefore.compareSchools.rows);
  });

  it('shows a changed werkgebied and new funding parameters at once', async () => {
    const { schoolId, werkgebied } = await publishedWithItems();
    const before = await overview(werkgebied);
    const other = (
      await app.dataSource.query<{ code: string }[]>(`SELECT code FROM werkgebied WHERE code <> $1`, [
        werkgebied,
      ])
    )[0]?.code;
    await post(
      `mutation ($id: ID!, $w: String) { setSchoolWerkgebied(schoolId: $id, werkgebied: $w) { id } }`,
      { id: schoolId, w: other },
      true,
    );
    expect((await overview(werkgebied)).schools).toBe(before.schools - 1);

    const csv = async () => (await fetch(`${app.url}/api/exports/funding.csv?calendarYear=2024`)).text();
    const fundingBefore = await csv();
    expect(fundingBefore).not.toContain(';123456,78;');
    await post(
      `mutation { setFundingParameters(calendarYear: 2024, basePerLocation: 123456.78, perPupil: 0) { calendarYear } }`,
      {},
      true,
    );
    expect(await csv()).toContain(';123456,78;');
  });

  it('sees a change made by another connection (plain SQL) at the next request', async () => {
    const { schoolId } = await publishedWithItems();
    const before = await overview();
    counter.reset();
    expect(await overview()).toEqual(before); // served from the cache
    expect(counter.count).toBe(1);
    const other = new Client({ connectionString: app.database.url });
    await other.connect();
    try {
      await other.query(
        `UPDATE sop SET status = 'archived' WHERE school_id = $1 AND school_year = $2 AND status = 'published'`,
        [schoolId, YEAR],
      );
    } finally {
      await other.end();
    }
    expect((await overview()).schoolsWithSop).toBe(before.schoolsWithSop - 1);
  });

  it('serves a GET with an ETag, answers If-None-Match with 304 from one statement, and a new ETag after a change', async () => {
    const variables = { schoolYear: YEAR, werkgebied: null };
    const first = await get(OVERVIEW, variables);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('vary')).toMatch(/Cookie/);
    const body = (await first.json()) as GraphqlResponse<Overview>;
    expect(body.data?.regionOverview.schools).toBeGreaterThan(0);

    counter.reset();
    const revalidated = await get(OVERVIEW, variables, { 'if-none-match': etag ?? '' });
    expect(revalidated.status).toBe(304);
    expect(counter.statements).toEqual([DATA_VERSION_SQL]);

    counter.reset();
    const kept = await get(OVERVIEW, variables);
    expect(kept.status).toBe(200);
    expect(kept.headers.get('etag')).toBe(etag);
    expect(await kept.json()).toEqual(body);
    expect(counter.statements).toEqual([DATA_VERSION_SQL]);

    // a publication: the old ETag no longer matches and the answer shows it
    const { schoolId } = await publishedWithItems();
    const draft = await createSop(app.dataSource, schoolId, sopDocument(YEAR), 'draft');
    await post(
      `mutation ($id: ID!, $v: Int!) { publishSop(sopId: $id, expectedVersion: $v, force: true) { id } }`,
      { id: draft.id, v: draft.version },
      true,
    );
    const changed = await get(OVERVIEW, variables, { 'if-none-match': etag ?? '' });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    const changedBody = (await changed.json()) as GraphqlResponse<Overview>;
    expect(changedBody.data?.regionOverview.funding.overall.schools).toBe(
      (body.data?.regionOverview.funding.overall.schools ?? 0) - 1,
    );
  });

  it('serves a kept answer gzipped once to clients that accept gzip, and plain to those that do not', async () => {
    // a new data version, so this test's answer is kept fresh (earlier tests kept and gzipped their own)
    await app.dataSource.query(`UPDATE data_version SET version = version + 1, changed_at = now()`);
    const variables = { schoolYear: YEAR, werkgebied: null };
    const first = await get(OVERVIEW, variables, { 'accept-encoding': 'gzip' });
    const json = await first.text();
    // the first answer comes from Apollo through the compression middleware
    expect(first.headers.get('content-encoding')).toBe('gzip');

    const store = app.server.app.get(KeptAnswers);
    const compressed = store.compressions;
    for (let i = 0; i < 3; i += 1) {
      counter.reset();
      const kept = await get(OVERVIEW, variables, { 'accept-encoding': 'gzip, deflate, br' });
      expect(kept.status).toBe(200);
      expect(kept.headers.get('content-encoding')).toBe('gzip');
      expect(kept.headers.get('vary')).toMatch(/Accept-Encoding/);
      expect(kept.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await kept.text()).toBe(json); // fetch decompresses: the same JSON
      expect(counter.statements).toEqual([DATA_VERSION_SQL]);
    }
    // compressed once for the three requests, not by the compression middleware per request
    expect(store.compressions).toBe(compressed + 1);

    const plain = await get(OVERVIEW, variables, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(json);
  });

  it('computes an answer once when many visitors ask for it at the same moment; the others get that answer', async () => {
    const store = app.server.app.get(KeptAnswers);
    // a search (not an aggregate: nothing else shares its work)
    const SEARCH = `query ($text: String!) { schools(first: 50, filter: { text: $text }) {
      totalCount edges { node { id name sops { schoolYear status } } } } }`;
    const variables = { text: 'school' };
    const computing = (statements: readonly string[]): number =>
      statements.filter((sql) => sql !== DATA_VERSION_SQL).length;
    // what one computation costs after a change
    await app.dataSource.query(`UPDATE data_version SET version = version + 1, changed_at = now()`);
    counter.reset();
    const alone = await get(SEARCH, variables);
    const json = await alone.text();
    const perComputation = computing(counter.statements);
    expect(perComputation).toBeGreaterThan(0);

    await app.dataSource.query(`UPDATE data_version SET version = version + 1, changed_at = now()`);
    const coalesced = store.coalesced;
    counter.reset();
    const answers = await Promise.all(Array.from({ length: 6 }, () => get(SEARCH, variables)));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(200));
    expect(new Set(answers.map((a) => a.headers.get('etag'))).size).toBe(1);
    // the same answer as the single computation (the data did not change, only its version)
    expect(new Set(bodies)).toEqual(new Set([json]));
    // the search's statements once, not six times (besides each request's data-version check): the others waited
    // for it (or, arriving after it, found the kept answer)
    expect(computing(counter.statements)).toBe(perComputation);
    expect(store.coalesced - coalesced).toBeGreaterThanOrEqual(1);
  });

  it('keeps the search as the dashboard sends it (near: null), and never one around a place', async () => {
    // the dashboard's search always passes `near: $near`; without an address it is null
    const SEARCH = `query ($near: NearInput) { schools(first: 20, near: $near, filter: { text: "school" }) {
      totalCount edges { distanceKm node { id name } } } }`;
    const first = await get(SEARCH, { near: null });
    expect(first.status).toBe(200);
    await first.text();
    counter.reset();
    const again = await get(SEARCH, { near: null });
    expect(again.status).toBe(200);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    await again.text();
    expect(counter.statements).toEqual([DATA_VERSION_SQL]);

    // around a place: the answer depends on the geocoder too, so it is computed every time and has no ETag
    const near = { near: { postcode: '2524 CK', radiusKm: 3 } };
    await (await get(SEARCH, near)).text();
    counter.reset();
    const around = await get(SEARCH, near);
    expect(around.status).toBe(200);
    expect(around.headers.get('etag') ?? '').not.toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    await around.text();
    expect(counter.statements.length).toBeGreaterThan(1);
  });

  it('never mixes anonymous and staff answers', async () => {
    const { schoolId } = await publishedWithItems();
    await createSop(app.dataSource, schoolId, sopDocument(YEAR), 'draft');
    const variables = { schoolYear: YEAR, werkgebied: null };
    const anonymous = (await (await get(OVERVIEW, variables)).json()) as GraphqlResponse<Overview>;
    expect(anonymous.data?.regionOverview.dataHealth.awaitingReview.schools).toEqual([]);

    // the same GET with the staff credential: executed for staff (not the kept anonymous answer), kept nowhere
    const staffResponse = await get(OVERVIEW, variables, { authorization: `Bearer ${STAFF_TOKEN}` });
    expect(staffResponse.headers.get('cache-control')).toBe('no-store');
    const staff = (await staffResponse.json()) as GraphqlResponse<Overview>;
    expect(staff.data?.regionOverview.dataHealth.awaitingReview.schools.map((s) => s.id)).toContain(schoolId);

    // and back: staff's cached answer is not served to anonymous callers (POST through the resolver cache)
    expect((await overview()).dataHealth.awaitingReview.schools).toEqual([]);
    expect((await overview(null, true)).dataHealth.awaitingReview.schools.map((s) => s.id)).toContain(
      schoolId,
    );
  });

  it('leaves a GET without the CSRF header to Apollo, which refuses it', async () => {
    const params = new URLSearchParams({ query: OVERVIEW, variables: JSON.stringify({ schoolYear: YEAR }) });
    const response = await fetch(`${app.url}/graphql?${params.toString()}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });
});
