import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { main } from '../../src/cli/main';
import { UPLOAD_TEMP_DIR } from '../../src/common/uploads/upload-files';
import { createSchool } from '../factories';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { startTestApp, type TestApp } from '../test-app';
import { describeWithRealSop, REAL_SOP, STAFF_TOKEN } from './real-sop';
import { staffData, staffGraphql, uploadSop } from './staff-requests';

const SOP_FIELDS = 'id version status schoolYear schoolId';

async function count(app: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${sql}`, params);
  return row?.n ?? -1;
}

describeWithRealSop('SOP import of the real SOP: upload, review, correct, publish', () => {
  let app: TestApp;
  const bytes = REAL_SOP ? fs.readFileSync(REAL_SOP) : Buffer.alloc(0);
  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
  });
  afterAll(async () => {
    shutdownImportWorkers();
    await app.close();
  });

  it('refuses an upload without staff token', async () => {
    const { status } = await uploadSop(app.url, [{ name: 'jeroen.txt', bytes }], null);
    expect(status).toBe(401);
    expect(await count(app, 'source_document')).toBe(0);
  });

  it('leaves a document "te koppelen" when two known schools fit equally: no SOP, no new school, both suggested', async () => {
    const twins = await Promise.all(
      [1, 2].map(() => createSchool(app.dataSource, { name: 'Basisschool Jeroen', postcode: '2524CK' })),
    );
    const schoolsBefore = await count(app, 'school');
    const { status, body } = await uploadSop(app.url, [{ name: 'jeroen.txt', bytes }]);
    expect(status).toBe(200);
    const [result] = body.results;
    expect(result?.status).toBe('to-match');
    expect(result?.toMatch?.suggestions.map((s) => s.schoolId).sort()).toEqual(twins.map((t) => t.id).sort());
    expect(await count(app, 'sop')).toBe(0);
    expect(await count(app, 'school')).toBe(schoolsBefore);
    const data = await staffData<{
      schoolMatches: { id: string; fileName: string; documentSchoolName: string }[];
    }>(app.url, `{ schoolMatches { id fileName documentSchoolName } }`);
    expect(data.schoolMatches).toEqual([
      { id: result?.toMatch?.id, fileName: 'jeroen.txt', documentSchoolName: 'Basisschool Jeroen' },
    ]);
    // Cleaned up so the real import below starts fresh (the stored document would count as a duplicate).
    await app.dataSource.query(`DELETE FROM source_document`);
    await app.dataSource.query(`DELETE FROM school WHERE id = ANY($1::uuid[])`, [twins.map((t) => t.id)]);
  });

  let draftId = '';
  let schoolId = '';

  it('imports the real SOP as a draft of its known school (matched on address) with exactly its two ambiguous cells', async () => {
    // The school as DUO's register would have put it there first.
    const known = await createSchool(app.dataSource, {
      name: 'Basisschool Jeroen',
      street: 'Guido Gezellestraat',
      houseNumber: '51',
      postcode: '2524 CK',
    });
    const { status, body } = await uploadSop(app.url, [{ name: 'jeroen-2023-2024.txt', bytes }]);
    expect(status).toBe(200);
    const [result] = body.results;
    expect(result).toMatchObject({
      fileName: 'jeroen-2023-2024.txt',
      status: 'imported',
      schoolYear: '2023-2024',
    });
    expect(result?.warnings.map((w) => [w.path, w.code])).toEqual([
      ['partners[9].frequency', 'ambiguous-cell'],
      ['partners[10].frequency', 'ambiguous-cell'],
    ]);
    expect(result?.match).toEqual({ rule: 'adres', nameDiffers: false, schoolName: 'Basisschool Jeroen' });
    expect(result?.schoolId).toBe(known.id);
    draftId = result?.sopId ?? '';
    schoolId = result?.schoolId ?? '';
    const [school] = await app.dataSource.query<{ name: string; postcode: string; is_demo: boolean }[]>(
      `SELECT name, postcode, is_demo FROM school WHERE id = $1`,
      [schoolId],
    );
    expect(school).toEqual({ name: 'Basisschool Jeroen', postcode: '2524 CK', is_demo: false });
    expect(await count(app, `sop WHERE id = $1 AND status = 'draft' AND version = 1`, [draftId])).toBe(1);
  });

  it('lists the draft with its warning counts', async () => {
    const data = await staffData<{
      drafts: {
        totalCount: number;
        edges: {
          node: {
            sop: { id: string };
            school: { name: string };
            schoolYear: string;
            warningCount: number;
            unresolvedWarningCount: number;
          };
        }[];
      };
    }>(
      app.url,
      `{ drafts(first: 10) { totalCount edges { node { sop { id } school { name } schoolYear warningCount unresolvedWarningCount } } } }`,
    );
    expect(data.drafts.totalCount).toBe(1);
    expect(data.drafts.edges[0]?.node).toEqual({
      sop: { id: draftId },
      school: { name: 'Basisschool Jeroen' },
      schoolYear: '2023-2024',
      warningCount: 2,
      unresolvedWarningCount: 2,
    });
  });

  it('shows each warning beside the source lines it was read from', async () => {
    const data = await staffData<{
      sopReview: {
        warnings: { path: string; sourceLines: { number: number; text: string; marked: boolean }[] }[];
      };
    }>(
      app.url,
      `query($id: ID!) { sopReview(sopId: $id) { warnings { path sourceLines { number text marked } } } }`,
      {
        id: draftId,
      },
    );
    const [fysio, jeugd] = data.sopReview.warnings;
    expect(fysio?.sourceLines.filter((l) => l.marked).map((l) => l.text.trim())).toEqual([
      expect.stringMatching(/^Fysiotherapie\s+x$/),
    ]);
    expect(fysio?.sourceLines.length).toBe(5);
    expect(jeugd?.sourceLines.find((l) => l.marked)?.text).toContain('Jeugdhulppartners');
  });

  it('refuses to publish while ambiguous cells are unresolved', async () => {
    const result = await staffGraphql(
      app.url,
      `mutation($id: ID!) { publishSop(sopId: $id, expectedVersion: 1) { id } }`,
      { id: draftId },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'force' });
    expect(result.errors?.[0]?.message).toContain('partners[9].frequency');
  });

  it('rejects unknown paths and invalid values with the field path', async () => {
    const correct = `mutation($id: ID!, $path: String!, $value: JSON) {
      correctSopField(sopId: $id, path: $path, value: $value, expectedVersion: 1) { id } }`;
    const unknown = await staffGraphql(app.url, correct, {
      id: draftId,
      path: 'partners[99].frequency',
      value: 'structureel',
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'path' });
    const invalid = await staffGraphql(app.url, correct, {
      id: draftId,
      path: 'partners[9].frequency',
      value: 'vaak',
    });
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'value',
      fields: ['partners[9].frequency'],
    });
    const badId = await staffGraphql(app.url, correct, { id: 'geen-uuid', path: 'vision', value: 'x' });
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'sopId' });
    expect(await count(app, `sop WHERE school_id = $1`, [schoolId])).toBe(1);
  });

  it('corrects both cells as new versions, with optimistic concurrency', async () => {
    const correct = `mutation($id: ID!, $path: String!, $value: JSON, $v: Int!) {
      correctSopField(sopId: $id, path: $path, value: $value, expectedVersion: $v) { ${SOP_FIELDS} } }`;
    const first = await staffData<{ correctSopField: { id: string; version: number; status: string } }>(
      app.url,
      correct,
      { id: draftId, path: 'partners[9].frequency', value: 'regelmatig', v: 1 },
    );
    expect(first.correctSopField).toMatchObject({ version: 2, status: 'DRAFT' });
    const stale = await staffGraphql(app.url, correct, {
      id: first.correctSopField.id,
      path: 'partners[10].frequency',
      value: 'structureel',
      v: 1,
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', argument: 'expectedVersion' });
    const old = await staffGraphql(app.url, correct, {
      id: draftId,
      path: 'partners[10].frequency',
      value: 'structureel',
      v: 1,
    });
    expect(old.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const second = await staffData<{ correctSopField: { id: string; version: number } }>(app.url, correct, {
      id: first.correctSopField.id,
      path: 'partners[10].frequency',
      value: 'structureel',
      v: 2,
    });
    expect(second.correctSopField.version).toBe(3);
    draftId = second.correctSopField.id;
    const warnings = await app.dataSource.query<{ path: string; resolved: boolean }[]>(
      `SELECT path, resolved_at IS NOT NULL AS resolved FROM sop_warning WHERE sop_id = $1 ORDER BY position`,
      [draftId],
    );
    expect(warnings).toEqual([
      { path: 'partners[9].frequency', resolved: true },
      { path: 'partners[10].frequency', resolved: true },
    ]);
    const partners = await app.dataSource.query<{ code: string; frequency: string; candidates: string[] }[]>(
      `SELECT code, frequency, candidates FROM sop_partner WHERE sop_id = $1 AND position IN (9, 10) ORDER BY position`,
      [draftId],
    );
    expect(partners).toEqual([
      { code: 'fysiotherapie', frequency: 'regelmatig', candidates: [] },
      { code: 'jeugdhulppartners', frequency: 'structureel', candidates: [] },
    ]);
  });

  it('publishes the corrected draft and keeps every earlier version', async () => {
    const data = await staffData<{ publishSop: { id: string; version: number; status: string } }>(
      app.url,
      `mutation($id: ID!) { publishSop(sopId: $id, expectedVersion: 3) { ${SOP_FIELDS} } }`,
      { id: draftId },
    );
    expect(data.publishSop).toMatchObject({ version: 4, status: 'PUBLISHED' });
    const versions = await app.dataSource.query<{ version: number; status: string }[]>(
      `SELECT version, status FROM sop WHERE school_id = $1 ORDER BY version`,
      [schoolId],
    );
    expect(versions).toEqual([
      { version: 1, status: 'archived' },
      { version: 2, status: 'archived' },
      { version: 3, status: 'archived' },
      { version: 4, status: 'published' },
    ]);
    const drafts = await staffData<{ drafts: { totalCount: number } }>(app.url, `{ drafts { totalCount } }`);
    expect(drafts.drafts.totalCount).toBe(0);
  });

  it('recognises a re-upload as duplicate and writes nothing', async () => {
    const documents = await count(app, 'source_document');
    const { status, body } = await uploadSop(app.url, [{ name: 'nogmaals.txt', bytes }]);
    expect(status).toBe(200);
    expect(body.results[0]).toMatchObject({ status: 'duplicate', schoolId, version: 4 });
    expect(fs.readdirSync(UPLOAD_TEMP_DIR)).toEqual([]); // read from a temporary file, removed afterwards
    expect(await count(app, 'source_document')).toBe(documents);
    expect(await count(app, 'sop WHERE school_id = $1', [schoolId])).toBe(4);
  });

  it('keeps an earlier year when a new school year arrives, and versions a second import of a year', async () => {
    const nextYear = Buffer.from(bytes.toString('utf8').replaceAll('2023-2024', '2024-2025'));
    const { body } = await uploadSop(app.url, [{ name: 'jeroen-2024-2025.txt', bytes: nextYear }]);
    expect(body.results[0]).toMatchObject({
      status: 'imported',
      schoolId,
      schoolYear: '2024-2025',
      version: 1,
    });
    const again = Buffer.concat([nextYear, Buffer.from('\n')]);
    const second = await uploadSop(app.url, [{ name: 'jeroen-2024-2025-v2.txt', bytes: again }]);
    expect(second.body.results[0]).toMatchObject({ status: 'imported', schoolYear: '2024-2025', version: 2 });
    const rows = await app.dataSource.query<{ school_year: string; version: number; status: string }[]>(
      `SELECT school_year, version, status FROM sop WHERE school_id = $1 AND (school_year = '2024-2025' OR status = 'published') ORDER BY school_year, version`,
      [schoolId],
    );
    expect(rows).toEqual([
      { school_year: '2023-2024', version: 4, status: 'published' },
      { school_year: '2024-2025', version: 1, status: 'archived' },
      { school_year: '2024-2025', version: 2, status: 'draft' },
    ]);
  });

  it('answers 400 with the reason for an empty file and for a file that is no SOP by content', async () => {
    const empty = await uploadSop(app.url, [{ name: 'leeg.pdf', bytes: new Uint8Array() }]);
    expect(empty.status).toBe(400);
    expect(empty.body.results[0]?.error?.code).toBe('empty');
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);
    const image = await uploadSop(app.url, [{ name: 'sop.pdf', bytes: png }]);
    expect(image.status).toBe(400);
    expect(image.body.results[0]?.error?.code).toBe('unsupported-type');
    expect(image.body.message).toContain('sop.pdf:');
  });
});

describe('SOP upload size limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN, UPLOAD_MAX_BYTES: '2048' } });
  });
  afterAll(() => app.close());

  it('answers 413 with the limit for a file above UPLOAD_MAX_BYTES, storing nothing', async () => {
    const { status, body } = await uploadSop(app.url, [
      { name: 'groot.txt', bytes: Buffer.alloc(5000, 'a') },
    ]);
    expect(status).toBe(413);
    expect(body.message).toContain('0.0 MB');
    expect(fs.readdirSync(UPLOAD_TEMP_DIR)).toEqual([]); // the partial temporary file is removed
    const [row] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM source_document`,
    );
    expect(row?.n).toBe(0);
  });

  it('answers 400 without a file', async () => {
    const response = await fetch(`${app.url}/api/uploads/sop`, {
      method: 'POST',
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
      body: new FormData(),
    });
    expect(response.status).toBe(400);
  });
});

describeWithRealSop('sop import (CLI)', () => {
  let database: TestDatabase;
  let dir: string;
  const saved = process.env['DATABASE_URL'];
  beforeAll(async () => {
    database = await createTestDatabase();
    process.env['DATABASE_URL'] = database.url;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-import-cli-'));
    fs.mkdirSync(path.join(dir, 'sub'));
    fs.copyFileSync(REAL_SOP, path.join(dir, 'sub', 'jeroen-2023-2024.txt'));
    fs.writeFileSync(path.join(dir, 'notities.md'), 'geen SOP');
  });
  afterAll(async () => {
    shutdownImportWorkers();
    if (saved === undefined) delete process.env['DATABASE_URL'];
    else process.env['DATABASE_URL'] = saved;
    fs.rmSync(dir, { recursive: true, force: true });
    await database.drop();
  });

  function io() {
    const out = { stdout: '', stderr: '' };
    return {
      out,
      io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) },
    };
  }

  it('imports a folder: a document of an unknown school waits "te koppelen" (no new school) until staff choose', async () => {
    const first = io();
    expect(await main(['import', dir], first.io)).toBe(0);
    const [line] = first.out.stdout.trim().split('\n');
    const result = JSON.parse(line ?? '{}') as {
      status: string;
      warnings: unknown[];
      toMatch: { id: string };
    };
    expect(result.status).toBe('to-match');
    expect(result.warnings).toHaveLength(2);
    expect(first.out.stdout.trim().split('\n')).toHaveLength(1);
    expect(first.out.stderr).toMatch(/jeroen-2023-2024\.txt\s+te koppelen/);
    expect(first.out.stderr).toContain('[1/1]');
    expect(first.out.stderr).toMatch(
      /Samenvatting:\n\s+0 {2}klaar[^\n]*\n\s+0 {2}te beoordelen[^\n]*\n\s+1 {2}te koppelen/,
    );

    const listed = io();
    expect(await main(['koppel'], listed.io)).toBe(0);
    expect(JSON.parse(listed.out.stdout.trim()) as { id: string }).toMatchObject({ id: result.toMatch.id });
    expect(listed.out.stderr).toContain('1 document(en) te koppelen');

    const again = io();
    expect(await main(['import', REAL_SOP], again.io)).toBe(0);
    expect(again.out.stderr).toMatch(/jeroen-2023-2024\.txt\s+duplicaat\s+al ingelezen, wacht op koppeling/);

    const linked = io();
    expect(await main(['koppel', result.toMatch.id, '--nieuwe-school'], linked.io)).toBe(0);
    const link = JSON.parse(linked.out.stdout.trim()) as {
      schoolId: string;
      sopId: string;
      schoolCreated: boolean;
    };
    expect(link.schoolCreated).toBe(true);
    expect(linked.out.stderr).toContain('(nieuw aangemaakt)');
    expect(await main(['koppel', result.toMatch.id, '--nieuwe-school'], io().io)).toBe(1);

    const second = io();
    expect(await main(['import', REAL_SOP], second.io)).toBe(0);
    expect(second.out.stderr).toMatch(/jeroen-2023-2024\.txt\s+duplicaat/);
    expect(JSON.parse(second.out.stdout.trim())).toMatchObject({
      sopId: link.sopId,
      schoolId: link.schoolId,
    });
  });

  it('exits 1 and says why when a file fails', async () => {
    const bad = path.join(dir, 'kapot.txt');
    fs.writeFileSync(bad, 'Dit is geen schoolondersteuningsprofiel.\n');
    const run = io();
    expect(await main(['import', bad], run.io)).toBe(1);
    expect(run.out.stderr).toMatch(/kapot\.txt\s+mislukt\s+kapot\.txt: /);
  });

  it('refuses a file above UPLOAD_MAX_BYTES without reading it, naming the file and the limit', async () => {
    const big = path.join(dir, 'groot.txt');
    fs.writeFileSync(big, 'x'.repeat(300 * 1024));
    process.env['UPLOAD_MAX_BYTES'] = String(100 * 1024);
    try {
      const run = io();
      expect(await main(['import', big], run.io)).toBe(1);
      const [line] = run.out.stdout.trim().split('\n');
      expect(JSON.parse(line ?? '{}')).toMatchObject({
        status: 'failed',
        error: {
          code: 'too-large',
          message: expect.stringContaining('het maximum is 0.1 MB (UPLOAD_MAX_BYTES)'),
        },
      });
      expect(run.out.stderr).toContain('groot.txt: het bestand is 0.3 MB; het maximum is 0.1 MB');
    } finally {
      delete process.env['UPLOAD_MAX_BYTES'];
    }
  });

  it('prints usage and exits 2 without files', async () => {
    const run = io();
    expect(await main(['import'], run.io)).toBe(2);
    expect(run.out.stderr).toContain('Gebruik: npm run sop -- import');
  });
});
