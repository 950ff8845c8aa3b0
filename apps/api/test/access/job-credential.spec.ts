import { randomBytes } from 'node:crypto';
import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { type Client } from 'pg';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/common/auth/identity';
import { AppConfig } from '../../src/config/app-config';
import { syncSecuritySettings } from '../../src/database/owner-tasks';
import { ImportBatchesService } from '../../src/import-batches/import-batches.service';
import { type RunningServer } from '../../src/server';
import { type SessionClient, signedIn } from '../accounts/session-client';
import { createSchool, createSop, sopDocument } from '../factories';
import { STAFF_TOKEN } from '../imports/real-sop';
import { renderSop } from '../region-day-one/sop-documents';
import { spawnServer, stopServer, waitUntilListening } from '../server-process';
import { startTestApp, type TestApp } from '../test-app';
import { createRuntimeLogin, dropRuntimeLogin, type RuntimeLogin, startServerAs } from './runtime-login';

/** The worker key of this test's replicas (what docker compose sets for `migrate` and the apps). */
const JOB_TOKEN = 'een-geheime-sleutel-voor-achtergrondtaken-42';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface FileRow {
  file_name: string;
  status: string;
  outcome: string | null;
  result: { sopId?: string; error?: { message: string } } | null;
}

/**
 * Batch jobs act as the staff member who started the batch (ADR 0011), also where the app logs in as the runtime
 * role (`db-roles`), which RLS binds: a job credential bound to the batch, usable only with a worker key that lives
 * in the app processes. Then the attacks of the runtime role alone on that credential (issue 17, item 4).
 */
describe('batch jobs under the runtime role: a job credential of the staff member (real PostgreSQL)', () => {
  let app: TestApp;
  let runtime: RuntimeLogin | undefined;
  let runtimeUrl: string;
  let db: Client;
  let staff: SessionClient;
  let staffId: string;
  let editor: SessionClient;

  beforeAll(async () => {
    // The owner's app: writes the hashes of STAFF_TOKEN and JOB_TOKEN (as `migrate` does), runs no jobs itself.
    app = await startTestApp({ env: { STAFF_TOKEN, JOB_TOKEN, JOB_WORKERS: '0' } });
    staff = await signedIn(app.url, app.dataSource, 'staf@sppoh.nl', ['swv-staff']);
    const [account] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM user_account WHERE email = 'staf@sppoh.nl'`,
    );
    staffId = account?.id ?? '';
    editor = await signedIn(app.url, app.dataSource, 'redactie@school.nl', ['school-editor']);

    // the README's one-time set-up, through the real CLI (as in database-roles.spec.ts)
    runtime = await createRuntimeLogin(app.database.url);
    runtimeUrl = runtime.url;
    db = runtime.db;
  }, 180_000);

  afterAll(async () => {
    shutdownImportWorkers();
    await runtime?.db.end();
    await app?.close();
    await dropRuntimeLogin(runtime);
  });

  /** An API process logged in as the runtime role (what a production replica does). */
  function startReplica(env: Record<string, string>): Promise<RunningServer> {
    return startServerAs(runtimeUrl, {
      STAFF_TOKEN,
      JOB_POLL_SECONDS: '1',
      // PDF reading on a loaded machine: the first document starts the parser's worker
      IMPORT_TIMEOUT_MS: '120000',
      ...env,
    });
  }

  /** Two SOPs of two known schools and one broken file. */
  async function documents(
    tag: string,
  ): Promise<{ schools: string[]; files: { name: string; bytes: Uint8Array }[] }> {
    const schools: string[] = [];
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (const [i, name] of [`${tag} Noord`, `${tag} Zuid`].entries()) {
      const school = await createSchool(app.dataSource, {
        name: `Basisschool ${name}`,
        street: `${tag}straat`,
        houseNumber: String(i + 1),
        postcode: `25${50 + i} ${tag.slice(0, 2).toUpperCase()}`,
      });
      schools.push(school.id);
      files.push({
        name: `${name}.txt`,
        bytes: await renderSop(
          {
            name: school.name,
            addressLine: `${school.street ?? ''} ${school.houseNumber ?? ''}, ${school.postcode ?? ''} Den Haag`,
            clean: true,
          },
          'txt',
        ),
      });
    }
    files.push({ name: 'kapot.pdf', bytes: new TextEncoder().encode('%PDF-1.7 geen echte PDF') });
    return { schools, files };
  }

  /** POST /api/uploads/sop-batch as a signed-in staff member (session cookie + CSRF header). */
  async function upload(
    baseUrl: string,
    files: { name: string; bytes: Uint8Array }[],
  ): Promise<{ status: number; body: { id?: string; message?: string } }> {
    const form = new FormData();
    for (const file of files) form.append('file', new Blob([file.bytes]), file.name);
    const response = await fetch(`${baseUrl}/api/uploads/sop-batch`, {
      method: 'POST',
      headers: { cookie: `${SESSION_COOKIE}=${staff.cookie ?? ''}`, [CSRF_HEADER]: '1' },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as { id?: string; message?: string } };
  }

  async function finishedFiles(batchId: string): Promise<FileRow[]> {
    for (let tries = 0; tries < 1500; tries += 1) {
      const [batch] = await app.dataSource.query<{ finished_at: Date | null }[]>(
        `SELECT finished_at FROM import_batch WHERE id = $1`,
        [batchId],
      );
      if (batch?.finished_at) break;
      await sleep(200);
    }
    return app.dataSource.query<FileRow[]>(
      `SELECT file_name, status, outcome, result FROM import_batch_file WHERE batch_id = $1 ORDER BY position`,
      [batchId],
    );
  }

  /** Imports a batch through `replica` and checks every outcome, the SOPs and whom the audit trail names. */
  async function importsAsStaff(replica: RunningServer, tag: string): Promise<void> {
    const { schools, files } = await documents(tag);
    const { status, body } = await upload(replica.url, files);
    expect(status).toBe(202);
    const batchId = body.id ?? '';
    const rows = await finishedFiles(batchId);
    expect(rows.map((r) => [r.file_name, r.status])).toEqual(files.map((f) => [f.name, 'done']));
    expect(rows.map((r) => r.outcome)).toEqual(['te-beoordelen', 'te-beoordelen', 'geweigerd']);
    expect(rows[2]?.result?.error?.message).toMatch(/^kapot\.pdf: /);
    const sopIds = rows.slice(0, 2).map((r) => r.result?.sopId ?? '');
    const sops = await app.dataSource.query<{ id: string; school_id: string }[]>(
      `SELECT id, school_id FROM sop WHERE id = ANY($1::uuid[]) ORDER BY school_id = $2 DESC`,
      [sopIds, schools[0]],
    );
    expect(sops.map((s) => s.school_id)).toEqual(schools);
    // the audit trail names the staff member who uploaded, not an operator or the worker
    const audit = await app.dataSource.query<{ actor_id: string | null; actor: string; sop_id: string }[]>(
      `SELECT actor_id, actor, sop_id FROM audit_event WHERE sop_id = ANY($1::uuid[]) ORDER BY id`,
      [sopIds],
    );
    expect(audit.map((a) => [a.actor_id, a.actor])).toEqual(sopIds.map(() => [staffId, 'staf@sppoh.nl']));
    // the batch's credential ended with its last file; the queued jobs carry no secret
    const [left] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM sop_atlas_private.job_credential WHERE batch_id = $1`,
      [batchId],
    );
    expect(left?.n).toBe(0);
    const jobs = await app.dataSource.query<{ data: unknown }[]>(
      `SELECT data FROM pgboss.job WHERE name = 'import-file'`,
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(JSON.stringify(jobs)).not.toContain(JOB_TOKEN);
  }

  it('a replica logged in as the runtime role with JOB_TOKEN (docker compose) imports a batch as the staff member', async () => {
    const replica = await startReplica({ JOB_TOKEN });
    try {
      await importsAsStaff(replica, 'Linde');

      // A file whose batch credential expired (or a batch queued before job credentials existed) is refused in
      // Dutch, not imported as anyone; the rest of the batch is not blocked by it.
      const { files } = await documents('Wilg');
      const late: string[] = [];
      for (const withCredential of [true, false]) {
        const [batch] = await app.dataSource.query<{ id: string }[]>(
          `INSERT INTO import_batch (created_by, created_by_subject, file_count) VALUES ('staf@sppoh.nl', $1, 1)
           RETURNING id`,
          [staffId],
        );
        const [file] = await app.dataSource.query<{ id: string }[]>(
          `INSERT INTO import_batch_file (batch_id, position, file_name, size, content, status)
           VALUES ($1, 0, $2, $3, $4, 'queued') RETURNING id`,
          [batch?.id, files[0]?.name, files[0]?.bytes.length, Buffer.from(files[0]?.bytes ?? [])],
        );
        if (withCredential) {
          await app.dataSource.query(
            `INSERT INTO sop_atlas_private.job_credential (batch_id, user_id, expires_at)
             VALUES ($1, $2, now() - interval '1 minute')`,
            [batch?.id, staffId],
          );
        }
        await replica.app.get(ImportBatchesService).runFile(file?.id ?? '');
        late.push(batch?.id ?? '');
      }
      const refused = await app.dataSource.query<FileRow[]>(
        `SELECT file_name, status, outcome, result FROM import_batch_file WHERE batch_id = ANY($1::uuid[])`,
        [late],
      );
      expect(refused.map((r) => [r.status, r.outcome, r.result?.error?.message])).toEqual(
        late.map(() => [
          'done',
          'geweigerd',
          `${files[0]?.name ?? ''}: de upload is verlopen of het account dat hem startte mag niet meer inlezen; upload het bestand opnieuw`,
        ]),
      );
    } finally {
      await replica.close();
    }
  }, 240_000);

  it('with DATABASE_OWNER_URL and no JOB_TOKEN, the replica registers a key of its own and imports too', async () => {
    const replica = await startReplica({ DATABASE_OWNER_URL: app.database.url });
    try {
      const [keys] = await app.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM sop_atlas_private.job_key WHERE name LIKE 'process:%'`,
      );
      expect(keys?.n).toBe(1);
      await importsAsStaff(replica, 'Eik');
    } finally {
      await replica.close();
    }
  }, 240_000);

  it('without JOB_TOKEN and without owner rights a batch upload is refused up front in Dutch, nothing stored', async () => {
    // the production build, so its start log is the real one on stdout
    const replica = spawnServer({ DATABASE_URL: runtimeUrl, PORT: '0', STAFF_TOKEN, MIGRATE_ON_START: '0' });
    try {
      const url = await waitUntilListening(replica, 120_000);
      const [before] = await app.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM import_batch`,
      );
      const { files } = await documents('Berk');
      const { status, body } = await upload(url, files);
      expect(status).toBe(503);
      expect(body.message).toContain('zet JOB_TOKEN (minstens 32 tekens)');
      const [after] = await app.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM import_batch`,
      );
      expect(after?.n).toBe(before?.n);
      // the start log said so, once, as a warning
      const said = replica
        .output()
        .split('\n')
        .filter((line) => line.includes('JOB_TOKEN'))
        .map((line) => JSON.parse(line) as { level: number; req?: unknown });
      expect(said.filter((line) => line.req === undefined).map((line) => line.level)).toEqual([40]);
    } finally {
      await stopServer(replica);
    }
  }, 180_000);

  describe('attacks as the runtime role alone', () => {
    let draft: string;
    let batch: string;

    beforeAll(async () => {
      // the owner writes JOB_TOKEN's hash (an earlier test's replica may have removed it, as a start without it does)
      await syncSecuritySettings(app.dataSource, AppConfig.fromEnv({ STAFF_TOKEN, JOB_TOKEN }));
      const school = await createSchool(app.dataSource, { name: 'Basisschool De Wilg' });
      draft = (await createSop(app.dataSource, school.id, sopDocument('2025-2026'), 'draft')).id;
      batch = await openBatch();
    });

    async function openBatch(): Promise<string> {
      const [row] = await app.dataSource.query<{ id: string }[]>(
        `INSERT INTO import_batch (created_by, created_by_subject, file_count) VALUES ('staf@sppoh.nl', $1, 1)
         RETURNING id`,
        [staffId],
      );
      return row?.id ?? '';
    }

    /** One transaction as the runtime role with `credential` handed over; committed or rolled back. */
    async function asApp<T>(credential: string | null, work: () => Promise<T>, commit = false): Promise<T> {
      await db.query('BEGIN');
      let done = false;
      try {
        if (credential !== null) {
          await db.query(`SELECT set_config('sop_atlas.credential', $1, true)`, [credential]);
        }
        const result = await work();
        done = true;
        return result;
      } finally {
        await db.query(commit && done ? 'COMMIT' : 'ROLLBACK');
      }
    }

    const hijack = () => db.query(`UPDATE sop SET vision = 'gekaapt' WHERE id = $1`, [draft]);

    it('cannot mint a job credential without a staff caller of its own', async () => {
      const mint = () => db.query(`SELECT sop_atlas_issue_job_credential($1)`, [batch]);
      await expect(asApp(null, mint)).rejects.toThrow(/alleen SWV-medewerkers/);
      await expect(asApp(editor.cookie, mint)).rejects.toThrow(/alleen SWV-medewerkers/);
      await expect(asApp(randomBytes(32).toString('base64url'), mint)).rejects.toThrow(
        /alleen SWV-medewerkers/,
      );
      // nor with a job credential (a job may not mint another), even a valid one
      const other = await openBatch();
      await asApp(staff.cookie, () => db.query(`SELECT sop_atlas_issue_job_credential($1)`, [other]), true);
      await expect(asApp(`job:${other}:${JOB_TOKEN}`, mint)).rejects.toThrow(/alleen SWV-medewerkers/);
      // positive control: the staff member's own session issues it (what the upload request does)
      await expect(asApp(staff.cookie, mint)).resolves.toMatchObject({ rowCount: 1 });
    });

    it('gains nothing from a job credential with a wrong key', async () => {
      await asApp(staff.cookie, () => db.query(`SELECT sop_atlas_issue_job_credential($1)`, [batch]), true);
      for (const key of [randomBytes(32).toString('base64url'), `${JOB_TOKEN}x`, JOB_TOKEN.slice(0, 32)]) {
        expect((await asApp(`job:${batch}:${key}`, hijack)).rowCount).toBe(0);
      }
      const [caller] = await asApp(
        `job:${batch}:${'x'.repeat(40)}`,
        async () => (await db.query<{ roles: string[] | null }>(`SELECT roles FROM sop_atlas_caller()`)).rows,
      );
      expect(caller?.roles).toBeNull();
      // positive control: the worker key acts as the staff member, with staff rights only
      const [right] = await asApp(
        `job:${batch}:${JOB_TOKEN}`,
        async () =>
          (
            await db.query<{ user_id: string; roles: string[] }>(
              `SELECT user_id, roles FROM sop_atlas_caller()`,
            )
          ).rows,
      );
      expect(right).toEqual({ user_id: staffId, roles: ['swv-staff'] });
      expect((await asApp(`job:${batch}:${JOB_TOKEN}`, hijack)).rowCount).toBe(1);
    });

    it('gains nothing from a job credential after its batch ended, after it expired, or of a disabled account', async () => {
      const ended = await openBatch();
      await asApp(staff.cookie, () => db.query(`SELECT sop_atlas_issue_job_credential($1)`, [ended]), true);
      expect((await asApp(`job:${ended}:${JOB_TOKEN}`, hijack)).rowCount).toBe(1);
      await asApp(`job:${ended}:${JOB_TOKEN}`, () => db.query(`SELECT sop_atlas_end_job_credential()`), true);
      expect((await asApp(`job:${ended}:${JOB_TOKEN}`, hijack)).rowCount).toBe(0);
      // ending needs the key too: a wrong one ends nothing
      const kept = await openBatch();
      await asApp(staff.cookie, () => db.query(`SELECT sop_atlas_issue_job_credential($1)`, [kept]), true);
      const { rows } = await asApp(`job:${kept}:${'y'.repeat(40)}`, () =>
        db.query<{ ended: boolean }>(`SELECT sop_atlas_end_job_credential() AS ended`),
      );
      expect(rows[0]?.ended).toBe(false);
      expect((await asApp(`job:${kept}:${JOB_TOKEN}`, hijack)).rowCount).toBe(1);

      const expired = await openBatch();
      await asApp(staff.cookie, () => db.query(`SELECT sop_atlas_issue_job_credential($1)`, [expired]), true);
      await app.dataSource.query(
        `UPDATE sop_atlas_private.job_credential SET expires_at = now() - interval '1 minute' WHERE batch_id = $1`,
        [expired],
      );
      expect((await asApp(`job:${expired}:${JOB_TOKEN}`, hijack)).rowCount).toBe(0);

      await app.dataSource.query(`UPDATE user_account SET disabled_at = now() WHERE id = $1`, [staffId]);
      try {
        expect((await asApp(`job:${kept}:${JOB_TOKEN}`, hijack)).rowCount).toBe(0);
      } finally {
        await app.dataSource.query(`UPDATE user_account SET disabled_at = NULL WHERE id = $1`, [staffId]);
      }
    });

    it('may not read or write the job credentials and worker keys', async () => {
      for (const sql of [
        `SELECT * FROM sop_atlas_private.job_credential`,
        `SELECT * FROM sop_atlas_private.job_key`,
        `INSERT INTO sop_atlas_private.job_key (name, key_hash) VALUES ('buit', 'x')`,
        `UPDATE sop_atlas_private.job_credential SET expires_at = now() + interval '1 year'`,
      ]) {
        await expect(db.query(sql)).rejects.toThrow(/permission denied/);
      }
      // keeping a key alive needs the key itself
      const { rows } = await db.query<{ alive: boolean }>(`SELECT sop_atlas_job_key_alive($1) AS alive`, [
        randomBytes(32).toString('base64url'),
      ]);
      expect(rows[0]?.alive).toBe(false);
    });
  });
});
