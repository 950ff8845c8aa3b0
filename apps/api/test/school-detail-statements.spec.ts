import { jeroenSopDocument } from '../src/seed/jeroen.fixture';
import { createPupilCount, createSchool, createSop, sopDocument } from './factories';
import { SqlCounter } from './sql-counter';
import { startTestApp, type TestApp } from './test-app';

const STAFF_TOKEN = 'staf-token-voor-school-detail-01';

/** The dashboard's school profile (apps/dashboard/src/features/school/graphql/school.graphql.ts). */
const PROFILE = `query SchoolProfile($id: ID!) { school(id: $id) {
  id name isDemo demoNotice kind vestigingscode boardName boardNumber denomination street houseNumber postcode place
  gemeenteName email phone website werkgebiedSource werkgebied { code name }
  pupilCounts { referenceDate total suppressed source } sops { id schoolYear status }
  history { kind code label values { schoolYear value } }
} fundingParameters { calendarYear basePerLocation perPupil } }`;

/** Every School field the detail reads ahead, with SOP rows through `sop` (via a fragment) and `sops`. */
const SCHOOL_FIELDS = `id name kind werkgebiedSource werkgebied { code name gemeenteCode }
  pupilCounts { referenceDate total suppressed source } pupilCount latestPupilCount { referenceDate total }
  sop { ...Rows provenance { path line source } }
  draft: sop(schoolYear: "2024-2025") { schoolYear status version hgw { code status } warnings { path code } }
  sops { ...Rows }
  history { kind code label values { schoolYear value } }`;
const ROWS = `fragment Rows on Sop { id schoolYear status version template publishedAt vision fundingAmount fundingYear
  hgw { code label position status candidates } expertise { code label position available availability availabilityKind }
  partners { code label position frequency candidates } facilities { code label position status candidates }
  extraOffers { offer period isHint position } warnings { code message path candidates resolvedAt } }`;
const DETAIL = `query ($id: ID!) { school(id: $id) { ${SCHOOL_FIELDS} } } ${ROWS}`;
/** The same School fields through the school list, whose field resolvers load everything themselves. */
const LIST = `query { schools(first: 5) { edges { node { ${SCHOOL_FIELDS} } } } } ${ROWS}`;

interface Node {
  id: string;
}

describe('school detail: read ahead in one statement, same answers', () => {
  const counter = new SqlCounter();
  let app: TestApp;
  let full: string;
  let bare: string;

  beforeAll(async () => {
    app = await startTestApp({ sqlLogger: counter, env: { STAFF_TOKEN } });
    full = (await createSchool(app.dataSource, { name: 'Detailschool' })).id;
    bare = (await createSchool(app.dataSource, { name: 'Kale school', werkgebiedCode: null })).id;
    await createPupilCount(app.dataSource, full, '2022-10-01', 190);
    await createPupilCount(app.dataSource, full, '2023-10-01', 204);
    for (const schoolYear of ['2021-2022', '2022-2023', '2023-2024']) {
      await createSop(app.dataSource, full, { ...jeroenSopDocument(), schoolYear });
    }
    // a newer version of 2023-2024 archives the first; a draft of the next year stays hidden from visitors
    await createSop(app.dataSource, full, {
      ...jeroenSopDocument(),
      schoolYear: '2023-2024',
      vision: 'herzien',
    });
    await createSop(app.dataSource, full, { ...jeroenSopDocument(), schoolYear: '2024-2025' }, 'draft');
    await createSop(app.dataSource, bare, sopDocument('2024-2025'), 'draft');
  });
  afterAll(() => app.close());

  async function post<T>(query: string, variables: Record<string, unknown>, staff: boolean) {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(staff ? { authorization: `Bearer ${STAFF_TOKEN}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data as T;
  }

  async function statements(query: string, id: string, staff = false): Promise<string[]> {
    counter.reset();
    await post(query, { id }, staff);
    return counter.statements;
  }

  it('answers the dashboard profile in 2 statements (funding parameters + the school), was 6', async () => {
    const sql = await statements(PROFILE, full);
    expect(sql).toHaveLength(2);
    expect(sql.filter((s) => s.includes('funding_parameter'))).toHaveLength(1);
  });

  it('answers the detail with SOP rows and provenance in at most 3 statements for staff and visitors, was 11+', async () => {
    // the school with everything + the chosen SOP's document (provenance) through its loader
    expect(await statements(DETAIL, full)).toHaveLength(2);
    expect(await statements(DETAIL, full, true)).toHaveLength(2);
    expect(await statements(DETAIL, bare)).toHaveLength(1);
  });

  it.each([
    ['a visitor', false],
    ['staff', true],
  ])(
    'gives %s the same answer, field by field, as the list does without reading ahead',
    async (_who, staff) => {
      const list = await post<{ schools: { edges: { node: Node }[] } }>(LIST, {}, staff);
      for (const id of [full, bare]) {
        const detail = await post<{ school: Node }>(DETAIL, { id }, staff);
        const node = list.schools.edges.map((e) => e.node).find((n) => n.id === id);
        expect(detail.school).toEqual(node);
      }
    },
  );

  it('keeps drafts out of sight of visitors and shows them to staff', async () => {
    type Answer = {
      school: { draft: { status: string } | null; sops: { schoolYear: string; status: string }[] };
    };
    const visitor = await post<Answer>(DETAIL, { id: full }, false);
    const staff = await post<Answer>(DETAIL, { id: full }, true);
    expect(visitor.school.draft).toBeNull();
    expect(visitor.school.sops.map((s) => s.status)).toEqual(['PUBLISHED', 'PUBLISHED', 'PUBLISHED']);
    expect(staff.school.draft).toMatchObject({ status: 'DRAFT' });
    expect(staff.school.sops.map((s) => [s.schoolYear, s.status])).toEqual([
      ['2024-2025', 'DRAFT'],
      ['2023-2024', 'PUBLISHED'],
      ['2022-2023', 'PUBLISHED'],
      ['2021-2022', 'PUBLISHED'],
    ]);
    const [visitorBare, staffBare] = await Promise.all([
      post<Answer>(DETAIL, { id: bare }, false),
      post<Answer>(DETAIL, { id: bare }, true),
    ]);
    expect(visitorBare.school.sops).toEqual([]);
    expect(staffBare.school.sops).toHaveLength(1);
  });
});
