import fs from 'node:fs';
import { schoolYearOf } from '@sop-atlas/sop-model';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/common/auth/identity';
import { describeWithRealSop, REAL_SOP } from '../imports/real-sop';
import { createSchool } from '../factories';
import { startTestApp, type TestApp } from '../test-app';
import { codeOf, type SessionClient, signedIn } from './session-client';

interface SopRef {
  id: string;
  version: number;
  status: string;
}
interface TrailEvent {
  actor: string;
  action: string;
  path: string | null;
  reason: string | null;
}

async function upload(
  app: TestApp,
  client: SessionClient,
  csrf: boolean,
): Promise<{ status: number; body: unknown }> {
  const form = new FormData();
  form.append('file', new Blob([fs.readFileSync(REAL_SOP)]), 'jeroen-2023-2024.txt');
  const response = await fetch(`${app.url}/api/uploads/sop`, {
    method: 'POST',
    headers: { cookie: `${SESSION_COOKIE}=${client.cookie ?? ''}`, ...(csrf ? { [CSRF_HEADER]: '1' } : {}) },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

describeWithRealSop('the audit trail of a draft from upload to publish (real PostgreSQL)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN: 'test-staff-token-0123456789' } });
  });
  afterAll(() => app.close());

  it('upload, correction, publish, editor draft, edit, submit, publish — every step by name in the trail', async () => {
    const staff = await signedIn(app.url, app.dataSource, 'staf@sppoh.nl', ['swv-staff']);
    // The school is known (as DUO's register puts it there) before its SOP arrives.
    await createSchool(app.dataSource, {
      name: 'Basisschool Jeroen',
      postcode: '2524 CK',
      houseNumber: '51',
    });
    const editorOther = await signedIn(app.url, app.dataSource, 'ander@school.nl', ['school-editor']);

    // uploads with a session cookie need the CSRF header; a school editor may not upload
    expect((await upload(app, staff, false)).status).toBe(403);
    expect((await upload(app, editorOther, true)).status).toBe(403);
    const uploaded = await upload(app, staff, true);
    expect(uploaded.status).toBe(200);
    const result = (
      uploaded.body as { results: { status: string; sopId: string; schoolId: string; version: number }[] }
    ).results[0];
    expect(result?.status).toBe('imported');
    const schoolId = result?.schoolId ?? '';

    const corrected = (
      await staff.data<{ correctSopField: SopRef }>(
        `mutation ($id: ID!, $v: Int!) { correctSopField(sopId: $id, path: "vision", value: "Gecorrigeerd", expectedVersion: $v) { id version status } }`,
        { id: result?.sopId, v: result?.version },
      )
    ).correctSopField;
    // a school editor cannot publish (and the refusal is audited)
    const publish = `mutation ($id: ID!, $v: Int!) { publishSop(sopId: $id, expectedVersion: $v, force: true) { id version status } }`;
    expect(codeOf(await editorOther.gql(publish, { id: corrected.id, v: corrected.version }))).toBe(
      'FORBIDDEN',
    );
    const published = (
      await staff.data<{ publishSop: SopRef }>(publish, { id: corrected.id, v: corrected.version })
    ).publishSop;
    expect(published.status).toBe('PUBLISHED');

    // the school's editor takes it from there
    const editor = await signedIn(
      app.url,
      app.dataSource,
      'redacteur@jeroen.nl',
      ['school-editor'],
      [schoolId],
    );
    const draft = (
      await editor.data<{ startDraft: SopRef }>(
        `mutation ($s: ID!, $y: String!) { startDraft(schoolId: $s, schoolYear: $y) { id version status } }`,
        { s: schoolId, y: schoolYearOf(new Date()) },
      )
    ).startDraft;
    const edited = (
      await editor.data<{ updateDraftField: SopRef }>(
        `mutation ($id: ID!, $v: Int!) { updateDraftField(sopId: $id, path: "limits", value: "Geen", expectedVersion: $v, reason: "nieuw beleid") { id version status } }`,
        { id: draft.id, v: draft.version },
      )
    ).updateDraftField;
    const submitted = (
      await editor.data<{ submitSopForReview: SopRef }>(
        `mutation ($id: ID!, $v: Int!) { submitSopForReview(sopId: $id, expectedVersion: $v) { id version status } }`,
        { id: edited.id, v: edited.version },
      )
    ).submitSopForReview;
    expect(codeOf(await editor.gql(publish, { id: submitted.id, v: submitted.version }))).toBe('FORBIDDEN');
    await staff.data(publish, { id: submitted.id, v: submitted.version });

    const trail = (
      await editor.data<{ auditTrail: TrailEvent[] }>(
        `query ($s: ID!) { auditTrail(schoolId: $s) { actor action path reason } }`,
        { s: schoolId },
      )
    ).auditTrail;
    const story = trail
      .filter((e) => e.action !== 'sop.status-changed')
      .map((e) => `${e.actor}: ${e.action}${e.path ? ` ${e.path}` : ''}${e.reason ? ` (${e.reason})` : ''}`);
    expect(story).toEqual([
      'staf@sppoh.nl: sop.version-created (import)',
      'staf@sppoh.nl: sop.version-created (correctie bij beoordeling)',
      'staf@sppoh.nl: sop.field-changed vision (correctie bij beoordeling)',
      'staf@sppoh.nl: sop.version-created (gepubliceerd (force))',
      `redacteur@jeroen.nl: sop.version-created (concept ${schoolYearOf(new Date())} gestart)`,
      'redacteur@jeroen.nl: sop.draft-started',
      'redacteur@jeroen.nl: sop.version-created (nieuw beleid)',
      'redacteur@jeroen.nl: sop.field-changed limits (nieuw beleid)',
      'redacteur@jeroen.nl: sop.version-created (ter beoordeling aangeboden)',
      'redacteur@jeroen.nl: sop.submitted',
      'staf@sppoh.nl: sop.version-created (gepubliceerd (force))',
    ]);
    const [refusals] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'access.refused'`,
    );
    expect(refusals?.n).toBe(4);
  });
});
