import { schoolYearOf } from '@sop-atlas/sop-model';
import { type DataSource } from 'typeorm';
import { createSchool, createSop, sopDocument } from '../factories';
import { startTestApp, type TestApp } from '../test-app';
import { codeOf, SessionClient, signedIn } from './session-client';

const DRAFT_YEAR = schoolYearOf(new Date());
const SOP_FIELDS = `id schoolYear status version`;
const START = `mutation ($schoolId: ID!, $schoolYear: String!) {
  startDraft(schoolId: $schoolId, schoolYear: $schoolYear) { ${SOP_FIELDS} } }`;
const UPDATE = `mutation ($sopId: ID!, $path: String!, $value: JSON, $expectedVersion: Int!, $reason: String) {
  updateDraftField(sopId: $sopId, path: $path, value: $value, expectedVersion: $expectedVersion, reason: $reason) {
    ${SOP_FIELDS} } }`;
const SUBMIT = `mutation ($sopId: ID!, $expectedVersion: Int!) {
  submitSopForReview(sopId: $sopId, expectedVersion: $expectedVersion) { ${SOP_FIELDS} } }`;
const SEND_BACK = `mutation ($sopId: ID!, $comment: String!, $expectedVersion: Int!) {
  sendBackSop(sopId: $sopId, comment: $comment, expectedVersion: $expectedVersion) { ${SOP_FIELDS} } }`;
const TRAIL = `query ($schoolId: ID!, $path: String) {
  auditTrail(schoolId: $schoolId, path: $path) { actor action path oldValue newValue reason } }`;

interface SopRef {
  id: string;
  schoolYear: string;
  status: string;
  version: number;
}
interface TrailEvent {
  actor: string;
  action: string;
  path: string | null;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
}

async function sopState(db: DataSource, id: string): Promise<{ status: string; vision: string | null }> {
  const [row] = await db.query<{ status: string; vision: string | null }[]>(
    `SELECT status, vision FROM sop WHERE id = $1`,
    [id],
  );
  if (!row) throw new Error(`geen SOP ${id}`);
  return row;
}

describe('roles, editing with optimistic concurrency, audit trail and RLS (real PostgreSQL)', () => {
  let app: TestApp;
  let schoolA: string;
  let schoolB: string;
  let anonymous: SessionClient;
  let editorA: SessionClient;
  let editorB: SessionClient;
  let staff: SessionClient;
  let admin: SessionClient;

  beforeAll(async () => {
    app = await startTestApp();
    schoolA = (await createSchool(app.dataSource, { name: 'School A' })).id;
    schoolB = (await createSchool(app.dataSource, { name: 'School B' })).id;
    for (const id of [schoolA, schoolB]) {
      await createSop(app.dataSource, id, sopDocument('2025-2026', { vision: 'Oude visie' }), 'published');
    }
    anonymous = new SessionClient(app.url);
    editorA = await signedIn(app.url, app.dataSource, 'a@school.nl', ['school-editor'], [schoolA]);
    await signedIn(app.url, app.dataSource, 'a2@school.nl', ['school-editor'], [schoolA]);
    editorB = await signedIn(app.url, app.dataSource, 'b@school.nl', ['school-editor'], [schoolB]);
    staff = await signedIn(app.url, app.dataSource, 'staf@sppoh.nl', ['swv-staff']);
    admin = await signedIn(app.url, app.dataSource, 'admin@sppoh.nl', ['admin']);
  });
  afterAll(() => app.close());

  it('role × operation matrix: who may start, edit, submit, send back and read the trail', async () => {
    const startVars = { schoolId: schoolA, schoolYear: DRAFT_YEAR };
    // startDraft
    expect(codeOf(await anonymous.gql(START, startVars))).toBe('UNAUTHENTICATED');
    expect(codeOf(await admin.gql(START, startVars))).toBe('FORBIDDEN');
    expect(codeOf(await editorB.gql(START, startVars))).toBe('FORBIDDEN');
    const draft = (await editorA.data<{ startDraft: SopRef }>(START, startVars)).startDraft;
    expect(draft).toMatchObject({ schoolYear: DRAFT_YEAR, status: 'DRAFT' });
    // staff gets the same open draft back (no second draft)
    expect((await staff.data<{ startDraft: SopRef }>(START, startVars)).startDraft.id).toBe(draft.id);

    // updateDraftField
    const edit = (value: string, version: number, id = draft.id) => ({
      sopId: id,
      path: 'vision',
      value,
      expectedVersion: version,
    });
    expect(codeOf(await anonymous.gql(UPDATE, edit('anoniem', draft.version)))).toBe('UNAUTHENTICATED');
    expect(codeOf(await admin.gql(UPDATE, edit('admin', draft.version)))).toBe('FORBIDDEN');
    expect(codeOf(await editorB.gql(UPDATE, edit('andere school', draft.version)))).toBe('FORBIDDEN');
    expect(await sopState(app.dataSource, draft.id)).toEqual({ status: 'draft', vision: 'Oude visie' });
    const v2 = (await editorA.data<{ updateDraftField: SopRef }>(UPDATE, edit('Nieuwe visie', draft.version)))
      .updateDraftField;
    expect(v2.version).toBe(draft.version + 1);
    const v3 = (await staff.data<{ updateDraftField: SopRef }>(UPDATE, edit('Door staf', v2.version, v2.id)))
      .updateDraftField;

    // submit
    const submit = { sopId: v3.id, expectedVersion: v3.version };
    expect(codeOf(await anonymous.gql(SUBMIT, submit))).toBe('UNAUTHENTICATED');
    expect(codeOf(await admin.gql(SUBMIT, submit))).toBe('FORBIDDEN');
    expect(codeOf(await editorB.gql(SUBMIT, submit))).toBe('FORBIDDEN');
    const inReview = (await editorA.data<{ submitSopForReview: SopRef }>(SUBMIT, submit)).submitSopForReview;
    expect(inReview.status).toBe('IN_REVIEW');
    // an editor cannot edit while in review
    expect(codeOf(await editorA.gql(UPDATE, edit('te laat', inReview.version, inReview.id)))).toBe(
      'CONFLICT',
    );

    // sendBackSop: staff only
    const back = {
      sopId: inReview.id,
      comment: 'Graag de visie aanvullen',
      expectedVersion: inReview.version,
    };
    expect(codeOf(await anonymous.gql(SEND_BACK, back))).toBe('UNAUTHENTICATED');
    expect(codeOf(await editorA.gql(SEND_BACK, back))).toBe('FORBIDDEN');
    expect(codeOf(await admin.gql(SEND_BACK, back))).toBe('FORBIDDEN');
    expect(await sopState(app.dataSource, inReview.id)).toMatchObject({ status: 'in-review' });
    const sentBack = (await staff.data<{ sendBackSop: SopRef }>(SEND_BACK, back)).sendBackSop;
    expect(sentBack.status).toBe('DRAFT');

    // auditTrail
    expect(codeOf(await anonymous.gql(TRAIL, { schoolId: schoolA }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await admin.gql(TRAIL, { schoolId: schoolA }))).toBe('FORBIDDEN');
    expect(codeOf(await editorB.gql(TRAIL, { schoolId: schoolA }))).toBe('FORBIDDEN');
    expect(
      (await editorA.data<{ auditTrail: TrailEvent[] }>(TRAIL, { schoolId: schoolA })).auditTrail.length,
    ).toBeGreaterThan(0);
    expect(
      (await staff.data<{ auditTrail: TrailEvent[] }>(TRAIL, { schoolId: schoolA })).auditTrail.length,
    ).toBeGreaterThan(0);

    // the refused attempts are in the audit table
    const [refused] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action IN ('edit.refused', 'access.refused')`,
    );
    expect(refused?.n).toBeGreaterThanOrEqual(9);
  });

  it("drafts are visible only to staff and the school's own editors (School.sops, School.sop, sop)", async () => {
    const query = `query ($id: ID!, $year: String!) {
      school(id: $id) { sops { status } sop(schoolYear: $year) { status } } }`;
    const top = `query ($id: ID!, $year: String) { sop(schoolId: $id, schoolYear: $year) { status } }`;
    const vars = { id: schoolA, year: DRAFT_YEAR };
    type Answer = { school: { sops: { status: string }[]; sop: { status: string } | null } };
    const seen = async (client: SessionClient) => {
      const answer = (await client.data<Answer>(query, vars)).school;
      return { sops: answer.sops.map((s) => s.status).sort(), sop: answer.sop?.status ?? null };
    };
    expect(await seen(anonymous)).toEqual({ sops: ['PUBLISHED'], sop: null });
    expect(await seen(editorB)).toEqual({ sops: ['PUBLISHED'], sop: null });
    expect(await seen(admin)).toEqual({ sops: ['PUBLISHED'], sop: null });
    expect(await seen(editorA)).toEqual({ sops: ['DRAFT', 'PUBLISHED'], sop: 'DRAFT' });
    expect(await seen(staff)).toEqual({ sops: ['DRAFT', 'PUBLISHED'], sop: 'DRAFT' });
    expect(codeOf(await anonymous.gql(top, { id: schoolA, year: DRAFT_YEAR }))).toBe('NOT_FOUND');
    expect(
      (await editorA.data<{ sop: { status: string } }>(top, { id: schoolA, year: DRAFT_YEAR })).sop.status,
    ).toBe('DRAFT');
    expect((await anonymous.data<{ sop: { status: string } }>(top, { id: schoolA })).sop.status).toBe(
      'PUBLISHED',
    );
  });

  it('two editors racing on one SOP version: one success, one CONFLICT, nothing overwritten', async () => {
    const schoolId = (await createSchool(app.dataSource, { name: 'Raceschool' })).id;
    await createSop(app.dataSource, schoolId, sopDocument('2025-2026'), 'published');
    await app.dataSource.query(
      `INSERT INTO user_account_school (user_id, school_id) SELECT id, $1 FROM user_account WHERE email IN ('a@school.nl', 'a2@school.nl')`,
      [schoolId],
    );
    // links are read at session resolution: sign in again
    const one = new SessionClient(app.url);
    const two = new SessionClient(app.url);
    await one.login('a@school.nl', 'correct horse battery staple');
    await two.login('a2@school.nl', 'correct horse battery staple');
    const draft = (await one.data<{ startDraft: SopRef }>(START, { schoolId, schoolYear: DRAFT_YEAR }))
      .startDraft;
    const results = await Promise.all(
      [one, two].map((client, i) =>
        client.gql<{ updateDraftField: SopRef }>(UPDATE, {
          sopId: draft.id,
          path: 'vision',
          value: `versie van redacteur ${i + 1}`,
          expectedVersion: draft.version,
        }),
      ),
    );
    const codes = results.map((r) => codeOf(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const winner = results.find((r) => !r.errors)?.data?.updateDraftField;
    const live = await app.dataSource.query<{ vision: string; version: number }[]>(
      `SELECT vision, version FROM sop WHERE school_id = $1 AND status = 'draft'`,
      [schoolId],
    );
    expect(live).toHaveLength(1);
    expect(live[0]?.version).toBe(winner?.version);
    expect(live[0]?.vision).toMatch(/^versie van redacteur [12]$/);
    // a stale version later is a CONFLICT too
    expect(
      codeOf(
        await one.gql(UPDATE, {
          sopId: draft.id,
          path: 'vision',
          value: 'oud',
          expectedVersion: draft.version,
        }),
      ),
    ).toBe('CONFLICT');
  });

  it("refuses another school's SOP by id, bad paths and values; SQL in text fields is stored as text", async () => {
    const draftB = (
      await editorB.data<{ startDraft: SopRef }>(START, { schoolId: schoolB, schoolYear: DRAFT_YEAR })
    ).startDraft;
    const attack = await editorA.gql(UPDATE, {
      sopId: draftB.id,
      path: 'vision',
      value: 'gekaapt',
      expectedVersion: draftB.version,
    });
    expect(attack.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', argument: 'sopId' });
    expect(codeOf(await editorA.gql(SUBMIT, { sopId: draftB.id, expectedVersion: draftB.version }))).toBe(
      'FORBIDDEN',
    );
    expect(await sopState(app.dataSource, draftB.id)).toEqual({ status: 'draft', vision: 'Oude visie' });

    const badPath = await editorB.gql(UPDATE, {
      sopId: draftB.id,
      path: 'provenance.x',
      value: 1,
      expectedVersion: draftB.version,
    });
    expect(badPath.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'path' });
    const badId = await editorB.gql(UPDATE, {
      sopId: 'nope',
      path: 'vision',
      value: 'x',
      expectedVersion: 1,
    });
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'sopId' });

    const sql = `'); DELETE FROM sop; DROP TABLE audit_event; --`;
    const stored = (
      await editorB.data<{ updateDraftField: SopRef }>(UPDATE, {
        sopId: draftB.id,
        path: 'vision',
        value: sql,
        expectedVersion: draftB.version,
        reason: sql,
      })
    ).updateDraftField;
    expect((await sopState(app.dataSource, stored.id)).vision).toBe(sql);
    const trail = (await editorB.data<{ auditTrail: TrailEvent[] }>(TRAIL, { schoolId: schoolB, path: sql }))
      .auditTrail;
    expect(trail).toEqual([]);
    const vision = (
      await editorB.data<{ auditTrail: TrailEvent[] }>(TRAIL, { schoolId: schoolB, path: 'vision' })
    ).auditTrail;
    // the attack by school A's editor is in school B's trail, refused
    expect(vision.filter((e) => e.action === 'edit.refused').map((e) => e.actor)).toEqual(['a@school.nl']);
    expect(
      vision
        .filter((e) => e.action !== 'edit.refused')
        .map((e) => [e.action, e.oldValue, e.newValue, e.reason]),
    ).toEqual([['sop.field-changed', JSON.stringify('Oude visie'), JSON.stringify(sql), sql]]);
  });

  it('RLS: with the app role and school A in the transaction, raw SQL cannot change school B', async () => {
    const [draftA] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM sop WHERE school_id = $1 AND status = 'draft' LIMIT 1`,
      [schoolA],
    );
    const asEditorA = async <T>(work: (q: (sql: string, params?: unknown[]) => Promise<T>) => Promise<T>) =>
      app.dataSource.transaction(async (m) => {
        // the database takes the caller from editor A's session token (as the API hands it over)
        await m.query(`SELECT set_config('sop_atlas.credential', $1, true)`, [editorA.cookie]);
        await m.query(`SET LOCAL ROLE sop_atlas_app`);
        return work((sql, params) => m.query(sql, params));
      });
    const before = await app.dataSource.query<{ n: string }[]>(
      `SELECT md5(string_agg(vision || status, ',' ORDER BY id)) AS n FROM sop WHERE school_id = $1`,
      [schoolB],
    );

    const updated = await asEditorA(
      async (q) => await q(`UPDATE sop SET vision = 'gekaapt' WHERE school_id = $1 RETURNING id`, [schoolB]),
    );
    expect(updated).toEqual([[], 0]);
    const deleted = await asEditorA(
      async (q) =>
        await q(
          `DELETE FROM sop_hgw WHERE sop_id IN (SELECT id FROM sop WHERE school_id = $1) RETURNING sop_id`,
          [schoolB],
        ),
    );
    expect(deleted).toEqual([[], 0]);
    await expect(
      asEditorA((q) =>
        q(
          `INSERT INTO sop (school_id, school_year, status, version, document, search) SELECT school_id, '2030-2031', 'draft', 99, document, search FROM sop WHERE school_id = $1 LIMIT 1`,
          [schoolB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // an editor cannot publish its own school's SOP either
    await expect(
      asEditorA((q) => q(`UPDATE sop SET status = 'published' WHERE id = $1`, [draftA?.id])),
    ).rejects.toThrow(/row-level security/);
    // positive control: its own draft is writable
    const own = await asEditorA(
      async (q) => await q(`UPDATE sop SET vision = vision WHERE id = $1 RETURNING id`, [draftA?.id]),
    );
    expect((own as [unknown[], number])[1]).toBe(1);

    const after = await app.dataSource.query<{ n: string }[]>(
      `SELECT md5(string_agg(vision || status, ',' ORDER BY id)) AS n FROM sop WHERE school_id = $1`,
      [schoolB],
    );
    expect(after).toEqual(before);
    // the app role owns no table
    const [owned] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE tableowner = 'sop_atlas_app'`,
    );
    expect(owned?.n).toBe(0);
  });

  it('audit_event is append-only, even for the owner', async () => {
    await expect(app.dataSource.query(`UPDATE audit_event SET actor = 'x'`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it('the audit trail tells the story of a draft: start, edits with reasons, submit, send back, resubmit', async () => {
    const schoolId = (await createSchool(app.dataSource, { name: 'Verhaalschool' })).id;
    await createSop(app.dataSource, schoolId, sopDocument('2025-2026', { vision: 'V0' }), 'published');
    const draft = (await staff.data<{ startDraft: SopRef }>(START, { schoolId, schoolYear: DRAFT_YEAR }))
      .startDraft;
    const v2 = (
      await staff.data<{ updateDraftField: SopRef }>(UPDATE, {
        sopId: draft.id,
        path: 'vision',
        value: 'V1',
        expectedVersion: draft.version,
        reason: 'typefout',
      })
    ).updateDraftField;
    const sub = (
      await staff.data<{ submitSopForReview: SopRef }>(SUBMIT, { sopId: v2.id, expectedVersion: v2.version })
    ).submitSopForReview;
    const back = (
      await staff.data<{ sendBackSop: SopRef }>(SEND_BACK, {
        sopId: sub.id,
        comment: 'zie opmerking',
        expectedVersion: sub.version,
      })
    ).sendBackSop;
    const v5 = (
      await staff.data<{ updateDraftField: SopRef }>(UPDATE, {
        sopId: back.id,
        path: 'vision',
        value: 'V2',
        expectedVersion: back.version,
      })
    ).updateDraftField;
    await staff.data(SUBMIT, { sopId: v5.id, expectedVersion: v5.version });
    const trail = (await staff.data<{ auditTrail: TrailEvent[] }>(TRAIL, { schoolId })).auditTrail;
    expect(trail.every((e) => e.actor === 'staf@sppoh.nl')).toBe(true);
    expect(
      trail.map((e) =>
        e.action === 'sop.status-changed'
          ? `${JSON.parse(e.oldValue ?? 'null') as string}→${JSON.parse(e.newValue ?? 'null') as string}`
          : e.action === 'sop.version-created'
            ? `new ${(JSON.parse(e.newValue ?? '{}') as { status: string }).status}`
            : e.action === 'sop.field-changed'
              ? `${e.path}: ${e.newValue ?? ''} (${e.reason ?? '-'})`
              : e.action,
      ),
    ).toEqual([
      'new draft',
      'sop.draft-started',
      'draft→archived',
      'new draft',
      'vision: "V1" (typefout)',
      'draft→archived',
      'new in-review',
      'sop.submitted',
      'in-review→archived',
      'new draft',
      'sop.sent-back',
      'draft→archived',
      'new draft',
      'vision: "V2" (-)',
      'draft→archived',
      'new in-review',
      'sop.submitted',
    ]);
    expect(trail.filter((e) => e.reason === 'zie opmerking').length).toBeGreaterThan(0);
    expect(trail.find((e) => e.action === 'sop.sent-back')?.reason).toBe('zie opmerking');
  });
  it('Sop.document: the canonical document of a draft for its own editor and staff, never for others', async () => {
    const year = `${Number(DRAFT_YEAR.slice(0, 4)) + 1}-${Number(DRAFT_YEAR.slice(0, 4)) + 2}`;
    const draft = (await editorB.data<{ startDraft: SopRef }>(START, { schoolId: schoolB, schoolYear: year }))
      .startDraft;
    const edited = (
      await editorB.data<{ updateDraftField: SopRef }>(UPDATE, {
        sopId: draft.id,
        path: 'limits',
        value: 'Geen plaats voor een tweede rolstoel',
        expectedVersion: draft.version,
      })
    ).updateDraftField;
    const DOC = `query ($s: ID!, $y: String) { sop(schoolId: $s, schoolYear: $y) { id version document } }`;
    const vars = { s: schoolB, y: year };
    const mine = (
      await editorB.data<{
        sop: {
          id: string;
          document: {
            schoolYear: string;
            vision: string;
            limits: string | null;
            provenance: Record<string, { source: string }>;
          };
        };
      }>(DOC, vars)
    ).sop;
    expect(mine.id).toBe(edited.id);
    expect(mine.document.schoolYear).toBe(year);
    expect(mine.document.vision).toBe('Oude visie');
    expect(mine.document.limits).toBe('Geen plaats voor een tweede rolstoel');
    expect(mine.document.provenance['limits']?.source).toBe('manual');
    expect((await staff.data<{ sop: { id: string } }>(DOC, vars)).sop.id).toBe(edited.id);
    expect(codeOf(await editorA.gql(DOC, vars))).toBe('NOT_FOUND');
    expect(codeOf(await anonymous.gql(DOC, vars))).toBe('NOT_FOUND');
    // the trail of one field: the field and the fields under it, not every path that starts alike
    const trailOf = async (path: string) =>
      (await editorB.data<{ auditTrail: TrailEvent[] }>(TRAIL, { schoolId: schoolB, path })).auditTrail.map(
        (e) => `${e.action} ${e.path ?? ''}`,
      );
    expect(await trailOf('limits')).toEqual(['sop.field-changed limits']);
    expect(await trailOf('lim')).toEqual([]);
  });
});
