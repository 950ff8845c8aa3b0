import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { createSchool } from '../factories';
import { graphql } from '../graphql-request';
import { staffData, staffGraphql, uploadSop } from '../imports/staff-requests';
import { STAFF_TOKEN } from '../imports/real-sop';
import { startTestApp, type TestApp } from '../test-app';
import { renderSop } from './sop-documents';

const MATCHES = `{ schoolMatches { id fileName documentSchoolName documentAddress reason suggestions { schoolId name score reason } } }`;

describe('"te koppelen" and bulk publishing over the API (staff)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
  });
  afterAll(async () => {
    shutdownImportWorkers();
    await app.close();
  });
  const count = async (sql: string, params: unknown[] = []): Promise<number> =>
    (await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]?.n ??
    -1;

  it('near names and odd addresses land on their DUO school; a differing name is kept with a warning', async () => {
    const rank = await createSchool(app.dataSource, {
      name: 'OBS DE RANK',
      street: 'Rankweg',
      houseNumber: '4',
      postcode: '2511 AB',
      vestigingscode: '11AA00',
    });
    const heren = await createSchool(app.dataSource, {
      name: 'Montessorischool Herenstraat',
      street: 'Herenstraat',
      houseNumber: '129',
      postcode: '2580 WT',
      vestigingscode: '11BB00',
    });
    const { status, body } = await uploadSop(app.url, [
      {
        name: 'rank.docx',
        bytes: await renderSop(
          { name: 'Basisschool De Rank', addressLine: 'Rankweg 4, 2511AB Den Haag', clean: true },
          'docx',
        ),
      },
      {
        name: 'heren.pdf',
        bytes: await renderSop(
          {
            name: 'Montessori aan de Heren',
            addressLine: "Herenstraat 129 - 2580WT 's-Gravenhage",
            clean: true,
          },
          'pdf',
        ),
      },
    ]);
    expect(status).toBe(200);
    const [r1, r2] = body.results;
    expect(r1).toMatchObject({
      status: 'imported',
      schoolId: rank.id,
      match: { rule: 'adres', nameDiffers: false },
    });
    expect(r1?.warnings).toEqual([]);
    expect(r2).toMatchObject({
      status: 'imported',
      schoolId: heren.id,
      match: { rule: 'adres', nameDiffers: true },
    });
    expect(r2?.warnings.map((w) => [w.path, w.code])).toEqual([['school.name', 'other']]);
    expect(await count('school')).toBe(2);
  });

  it('a document that fits no school waits with suggestions; staff link it, or create a school only when they say so', async () => {
    const jozef = await createSchool(app.dataSource, {
      name: 'RKBS Sint-Jozef',
      street: 'Kerkplein',
      houseNumber: '5',
      postcode: '2282 AB',
      place: 'Rijswijk',
      gemeenteCode: '0603',
    });
    const { body } = await uploadSop(app.url, [
      {
        name: 'jozef.pdf',
        bytes: await renderSop(
          { name: 'St. Jozefschool', addressLine: 'Postbus 77, 2280 AA Rijswijk', clean: true },
          'pdf',
        ),
      },
      {
        name: 'nieuw.docx',
        bytes: await renderSop(
          { name: 'IKC De Nieuwe Wereld', addressLine: 'Nieuwlaan 1, 2497 AB Den Haag', clean: true },
          'docx',
        ),
      },
    ]);
    expect(body.results.map((r) => r.status)).toEqual(['to-match', 'to-match']);
    expect(await count('school')).toBe(3);
    const { schoolMatches } = await staffData<{
      schoolMatches: {
        id: string;
        fileName: string;
        documentAddress: string | null;
        reason: string;
        suggestions: { schoolId: string }[];
      }[];
    }>(app.url, MATCHES);
    const [waitingJozef, waitingNew] = schoolMatches;
    expect(waitingJozef).toMatchObject({
      fileName: 'jozef.pdf',
      documentAddress: 'Postbus, 2280 AA Rijswijk',
    });
    expect(waitingJozef?.reason).toContain('postbus');
    expect(waitingJozef?.suggestions[0]?.schoolId).toBe(jozef.id);
    expect(waitingNew?.suggestions).toEqual([]);

    const anonymous = await graphql(
      app.url,
      `mutation { resolveSchoolMatch(id: "${waitingJozef?.id ?? ''}", schoolId: "${jozef.id}") { id } }`,
    );
    expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const both = await staffGraphql(
      app.url,
      `mutation { resolveSchoolMatch(id: "${waitingJozef?.id ?? ''}", schoolId: "${jozef.id}", newSchool: true) { id } }`,
    );
    expect(both.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');

    const linked = await staffData<{
      resolveSchoolMatch: { schoolId: string; sopId: string; resolvedBy: string };
    }>(
      app.url,
      `mutation { resolveSchoolMatch(id: "${waitingJozef?.id ?? ''}", schoolId: "${jozef.id}") { schoolId sopId resolvedBy } }`,
    );
    expect(linked.resolveSchoolMatch).toMatchObject({ schoolId: jozef.id, resolvedBy: 'staff-token' });
    expect(
      await count(`sop WHERE id = $1 AND school_id = $2 AND status = 'draft'`, [
        linked.resolveSchoolMatch.sopId,
        jozef.id,
      ]),
    ).toBe(1);
    const again = await staffGraphql(
      app.url,
      `mutation { resolveSchoolMatch(id: "${waitingJozef?.id ?? ''}", schoolId: "${jozef.id}") { id } }`,
    );
    expect(again.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');

    // The SWV chooses to publish clean documents directly (audited), then creates the missing school explicitly.
    const policy = await staffData<{ setPublishingPolicy: { publishCleanImports: boolean } }>(
      app.url,
      `mutation { setPublishingPolicy(publishCleanImports: true) { publishCleanImports } }`,
    );
    expect(policy.setPublishingPolicy.publishCleanImports).toBe(true);
    expect(
      await count(
        `audit_event WHERE action = 'setting.changed' AND path = 'publish-clean-imports' AND new_value = 'true'::jsonb`,
      ),
    ).toBe(1);
    const created = await staffData<{ resolveSchoolMatch: { schoolId: string; sopId: string } }>(
      app.url,
      `mutation { resolveSchoolMatch(id: "${waitingNew?.id ?? ''}", newSchool: true) { schoolId sopId } }`,
    );
    const [school] = await app.dataSource.query<
      { name: string; postcode: string; werkgebied_code: string; kind_source: string }[]
    >(`SELECT name, postcode, werkgebied_code, kind_source FROM school WHERE id = $1`, [
      created.resolveSchoolMatch.schoolId,
    ]);
    expect(school).toEqual({
      name: 'IKC De Nieuwe Wereld',
      postcode: '2497 AB',
      werkgebied_code: 'leidschenveen-ypenburg',
      kind_source: 'naam',
    });
    expect(
      await count(`sop WHERE id = $1 AND status = 'published'`, [created.resolveSchoolMatch.sopId]),
    ).toBe(1);
    expect((await staffData<{ schoolMatches: unknown[] }>(app.url, MATCHES)).schoolMatches).toEqual([]);
  });

  it('publishAllReady publishes the drafts without open warnings; importQueueSummary counts what is left', async () => {
    const before = await staffData<{
      importQueueSummary: { ready: number; needsReview: number; toMatch: number };
    }>(app.url, `{ importQueueSummary { ready needsReview toMatch } }`);
    // De Rank and Sint-Jozef are clean drafts; Herenstraat has its name warning.
    expect(before.importQueueSummary).toEqual({ ready: 2, needsReview: 1, toMatch: 0 });
    const result = await staffData<{ publishAllReady: { publishedCount: number; waitingCount: number } }>(
      app.url,
      `mutation { publishAllReady(schoolYear: "2024-2025") { publishedCount waitingCount } }`,
    );
    expect(result.publishAllReady).toEqual({ publishedCount: 2, waitingCount: 1 });
    expect(await count(`sop WHERE status = 'published'`)).toBe(3);
    const after = await staffData<{ importQueueSummary: { ready: number } }>(
      app.url,
      `{ importQueueSummary { ready } }`,
    );
    expect(after.importQueueSummary.ready).toBe(0);
  });
});
