import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { graphqlData } from '../graphql-request';
import { startTestApp, type TestApp } from '../test-app';
import { generateRegion, type GeneratedRegion } from './generated-region';
import { type FlowResult, runRegionFlow } from './region-flow';

const STAFF_TOKEN = 'region-day-one-staff-token-0123456789';
const SCHOOLS = 146;

jest.setTimeout(600_000);

/**
 * Done when of issue 15: from an empty database, DUO files + a folder of ≥ 150 SOP documents (text, DOCX, PDF with
 * near names, odd addresses, a duplicate, a foreign template, an image-only PDF) become a published, complete
 * regional picture: every document with its DUO school or waiting "te koppelen", none on a wrong or new school.
 */
describe('a region on day one: empty database → DUO + a folder of SOPs → published overview', () => {
  let app: TestApp;
  let region: GeneratedRegion;
  let flow: FlowResult;
  const saved = process.env['DATABASE_URL'];

  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
    process.env['DATABASE_URL'] = app.database.url;
    region = await generateRegion(SCHOOLS);
    flow = await runRegionFlow(region, app.url, STAFF_TOKEN);
  });
  afterAll(async () => {
    shutdownImportWorkers();
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
    await app.close();
  });

  it('has at least 150 documents in text, DOCX and PDF', () => {
    expect(region.documents.length).toBeGreaterThanOrEqual(150);
    const formats = new Set(region.documents.map((d) => d.fileName.split('.').pop()));
    expect([...formats].sort()).toEqual(['docx', 'pdf', 'txt']);
  });

  it('matches every document to its own DUO school or leaves it "te koppelen"; never a wrong or new school', async () => {
    const codes = new Map(
      (
        await app.dataSource.query<{ id: string; vestigingscode: string | null }[]>(
          `SELECT id, vestigingscode FROM school`,
        )
      ).map((r) => [r.id, r.vestigingscode]),
    );
    expect(codes.size).toBe(SCHOOLS);
    const wrong: string[] = [];
    for (const doc of region.documents) {
      const result = flow.results.get(doc.fileName);
      const expected = doc.expected;
      const where = `${doc.fileName} (${doc.variant}): ${JSON.stringify({ status: result?.status, toMatch: result?.toMatch?.reason, error: result?.error })}`;
      if (expected.kind === 'matched') {
        if (result?.status !== 'imported' || codes.get(result.schoolId ?? '') !== expected.vestigingscode)
          wrong.push(where);
      } else if (expected.kind === 'duplicate') {
        if (result?.status !== 'duplicate' || codes.get(result.schoolId ?? '') !== expected.vestigingscode)
          wrong.push(where);
      } else if (expected.kind === 'to-match') {
        if (result?.status !== 'to-match') wrong.push(where);
      } else if (result?.status !== 'failed') wrong.push(where);
    }
    expect(wrong).toEqual([]);
    expect(flow.results.get('sop-scan.pdf')?.error?.code).toBe('image-only');
  });

  it('gives every school a werkgebied and its kind from DUO', async () => {
    const rows = await app.dataSource.query<
      { vestigingscode: string; kind: string; kind_source: string; werkgebied_code: string | null }[]
    >(`SELECT vestigingscode, kind, kind_source, werkgebied_code FROM school`);
    expect(rows.filter((r) => r.werkgebied_code === null)).toEqual([]);
    const expectedKinds = new Map(region.schools.map((s) => [s.vestigingscode, s.kind]));
    expect(
      rows.filter((r) => expectedKinds.get(r.vestigingscode) !== r.kind || r.kind_source !== 'duo'),
    ).toEqual([]);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['BAO', 'SBO', 'SO']));
  });

  it('publishes every clean document with "publish all ready"; documents with warnings wait for review', async () => {
    const clean = region.documents.filter((d) => d.expected.kind === 'matched' && d.expected.clean).length;
    expect(flow.published).toBe(clean);
    const [row] = await app.dataSource.query<{ published: number; drafts: number }[]>(
      `SELECT count(*) FILTER (WHERE status = 'published')::int AS published,
              count(*) FILTER (WHERE status = 'draft')::int AS drafts FROM sop`,
    );
    const withWarnings = region.documents.filter(
      (d) => d.expected.kind === 'matched' && !d.expected.clean,
    ).length;
    expect(row).toEqual({ published: clean, drafts: withWarnings });
  });

  it('the overview covers every school and says it leaves none out', async () => {
    const data = await graphqlData<{
      regionOverview: { schools: number; schoolsWithSop: number; schoolsLeftOut: number };
    }>(app.url, `{ regionOverview(schoolYear: "2024-2025") { schools schoolsWithSop schoolsLeftOut } }`);
    expect(data.regionOverview).toEqual({
      schools: SCHOOLS,
      schoolsWithSop: flow.published,
      schoolsLeftOut: 0,
    });
    process.stderr.write(
      `\nDag één, ${SCHOOLS} scholen, ${region.documents.length} documenten: ${JSON.stringify(flow.outcomes)}; ` +
        `gepubliceerd ${flow.published}; seconden ${JSON.stringify(flow.seconds)}\n${flow.importSummary}\n`,
    );
  });
});
