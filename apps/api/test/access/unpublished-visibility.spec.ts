import { createSchool, createSop, createSourceDocument, sopDocument } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const STAFF_TOKEN = 'staf-token-voor-deze-test-0001';
const OVERVIEW = `{ regionOverview(schoolYear: "2024-2025") { dataHealth {
  unresolvedWarnings { count schools { name detail } } awaitingReview { count schools { name } } } } }`;

interface Overview {
  regionOverview: {
    dataHealth: {
      unresolvedWarnings: { count: number; schools: { name: string; detail: string }[] };
      awaitingReview: { count: number; schools: { name: string }[] };
    };
  };
}

/** Drafts and their documents stay out of sight of anyone but SWV staff and the school's own editors. */
describe('unpublished SOPs and their documents', () => {
  let app: TestApp;
  let draftDocument: string;
  let publishedDocument: string;
  let duoFile: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
    const warning = {
      path: 'partners[0].frequency',
      code: 'ambiguous-cell' as const,
      message: 'twijfel',
      candidates: ['structureel', 'regelmatig'],
    };
    const partners = [
      {
        code: 'cjg' as const,
        label: 'CJG',
        frequency: null,
        candidates: ['structureel' as const, 'regelmatig' as const],
      },
    ];
    const published = await createSchool(app.dataSource, { name: 'Gepubliceerde school' });
    const drafting = await createSchool(app.dataSource, { name: 'School met concept' });
    publishedDocument = (await createSourceDocument(app.dataSource, 'gepubliceerd')).id;
    draftDocument = (await createSourceDocument(app.dataSource, 'concept')).id;
    duoFile = (await createSourceDocument(app.dataSource, 'BRIN NUMMER;VESTIGINGSNUMMER')).id;
    await createSop(
      app.dataSource,
      published.id,
      sopDocument('2024-2025', { partners, warnings: [warning] }),
      'published',
      publishedDocument,
    );
    await createSop(
      app.dataSource,
      drafting.id,
      sopDocument('2024-2025', { partners, warnings: [warning] }),
      'draft',
      draftDocument,
    );
  });
  afterAll(() => app.close());

  async function download(id: string, staff: boolean): Promise<number> {
    const headers: Record<string, string> = staff ? { authorization: `Bearer ${STAFF_TOKEN}` } : {};
    return (await fetch(`${app.url}/api/documents/${id}`, { headers })).status;
  }

  it.each([
    ['a published SOP', () => publishedDocument, 200, 200],
    ['a draft', () => draftDocument, 404, 200],
    ['no SOP at all (a DUO file)', () => duoFile, 404, 200],
  ])('serves the document of %s: anonymous %i, staff %i', async (_case, id, anonymous, staff) => {
    expect(await download(id(), false)).toBe(anonymous);
    expect(await download(id(), true)).toBe(staff);
  });

  async function overview(staff: boolean): Promise<Overview['regionOverview']['dataHealth']> {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(staff ? { authorization: `Bearer ${STAFF_TOKEN}` } : {}),
      },
      body: JSON.stringify({ query: OVERVIEW }),
    });
    const body = (await response.json()) as { data: Overview };
    return body.data.regionOverview.dataHealth;
  }

  it('counts drafts for everyone but names them only for staff', async () => {
    const anonymous = await overview(false);
    expect(anonymous.awaitingReview).toEqual({ count: 1, schools: [] });
    expect(anonymous.unresolvedWarnings.schools.map((s) => s.name)).toEqual(['Gepubliceerde school']);

    const staff = await overview(true);
    expect(staff.awaitingReview).toEqual({ count: 1, schools: [{ name: 'School met concept' }] });
    expect(staff.unresolvedWarnings.schools.map((s) => s.name).sort()).toEqual([
      'Gepubliceerde school',
      'School met concept',
    ]);
  });
});
