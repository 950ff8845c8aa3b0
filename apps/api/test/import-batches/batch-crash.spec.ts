import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createSchool } from '../factories';
import { STAFF_TOKEN } from '../imports/real-sop';
import { renderSop, type SopFormat } from '../region-day-one/sop-documents';
import { type ServerProcess, spawnServer, stopServer, waitUntilListening } from '../server-process';
import { createTestDatabase, type TestDatabase } from '../test-database';
import { uploadBatch } from './batch-requests';

/** Short expiry: the job of the killed process is retried after this (plus maintenance), not after 10 minutes. */
const JOB_EXPIRE_SECONDS = 15;
const FORMATS: SopFormat[] = ['docx', 'pdf'];
const DOCUMENTS = 8;

interface FileRow {
  id: string;
  position: number;
  status: string;
  outcome: string | null;
  attempts: number;
  worker: string | null;
  sop_id: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A batch survives a crash: the production build (`node dist/main.js`) reads a batch, is killed with SIGKILL in the
 * middle of it, and a new process on the same database finishes it. Every file gets its outcome exactly once and
 * nothing is stored half: no SOP without its file's outcome, no second SOP (or version) of a school, no stored
 * document left over from the interrupted attempt.
 */
describe('a batch upload survives kill -9 of the app in the middle of the batch', () => {
  let database: TestDatabase;
  let db: DataSource;
  const servers: ServerProcess[] = [];

  const start = (): ServerProcess => {
    const server = spawnServer({
      DATABASE_URL: database.url,
      // a free port (the log line names it), so parallel runs do not collide
      PORT: '0',
      STAFF_TOKEN,
      SOP_ATLAS_DEMO: '0',
      JOB_POLL_SECONDS: '1',
      JOB_MAINTENANCE_SECONDS: '1',
      JOB_EXPIRE_SECONDS: String(JOB_EXPIRE_SECONDS),
      JOB_WORKERS: '1',
      IMPORT_TIMEOUT_MS: '120000',
    });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource(dataSourceOptions(database.url, { poolSize: 2 }));
    await db.initialize();
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    for (const server of servers) if (server.child.exitCode === null) await stopServer(server);
    await database?.drop();
  });

  it('finishes the batch after a restart, each outcome written once, nothing half-stored', async () => {
    const schools = await Promise.all(
      Array.from({ length: DOCUMENTS }, (_, i) =>
        createSchool(db, {
          name: `Basisschool Kraslaan ${i + 1}`,
          street: 'Kraslaan',
          houseNumber: String(i + 1),
          postcode: '2545 AB',
        }),
      ),
    );
    const files = await Promise.all(
      schools.map(async (school, i) => {
        const format = FORMATS[i % FORMATS.length] as SopFormat;
        const bytes = await renderSop(
          { name: school.name, addressLine: `Kraslaan ${i + 1}, 2545 AB Den Haag`, clean: true },
          format,
        );
        return { name: `kras-${i + 1}.${format}`, bytes };
      }),
    );

    const first = start();
    const firstUrl = await waitUntilListening(first, 180_000);
    const { status, body } = await uploadBatch(firstUrl, files);
    expect(status).toBe(202);
    const batchId = body.id;
    const rowsOf = () =>
      db.query<FileRow[]>(
        `SELECT id, position, status, outcome, attempts, worker, result->>'sopId' AS sop_id
         FROM import_batch_file WHERE batch_id = $1 ORDER BY position`,
        [batchId],
      );

    // Wait until the app is reading a file after it finished at least one, then kill it without warning.
    let victim: FileRow | undefined;
    for (let tries = 0; victim === undefined && tries < 6000; tries += 1) {
      const rows = await rowsOf();
      if (rows.some((r) => r.status === 'done')) victim = rows.find((r) => r.status === 'running');
      if (rows.every((r) => r.status === 'done')) break;
      if (victim === undefined) await sleep(20);
    }
    expect(victim).toBeDefined();
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = await rowsOf();
    // Killed in the middle: some files done, the victim's outcome not written, more to do.
    expect(atKill.filter((r) => r.status === 'done').length).toBeGreaterThan(0);
    expect(atKill.find((r) => r.id === victim?.id)?.outcome).toBeNull();

    // A new process on the same database finishes the batch (the victim once its job has expired).
    const second = start();
    await waitUntilListening(second, 180_000);
    const deadline = Date.now() + 240_000;
    let finished = false;
    while (!finished && Date.now() < deadline) {
      const [batch] = await db.query<{ finished_at: Date | null }[]>(
        `SELECT finished_at FROM import_batch WHERE id = $1`,
        [batchId],
      );
      finished = batch?.finished_at !== null && batch?.finished_at !== undefined;
      if (!finished) await sleep(250);
    }
    expect(finished).toBe(true);

    const rows = await rowsOf();
    // Every file has its outcome, as on an uninterrupted run: each clean document imported for its school.
    expect(rows.map((r) => [r.status, r.outcome])).toEqual(rows.map(() => ['done', 'klaar']));
    const again = rows.find((r) => r.id === victim?.id);
    expect(again?.attempts).toBe(2);
    expect(again?.worker?.endsWith(`:${second.child.pid}`)).toBe(true);

    // Nothing half-stored: one SOP per school (version 1), each SOP is a file's outcome, one stored document each.
    const sops = await db.query<
      { id: string; school_id: string; version: number; source_document_id: string }[]
    >(`SELECT id, school_id, version, source_document_id FROM sop ORDER BY school_id`);
    expect(sops.map((s) => s.school_id).sort()).toEqual(schools.map((s) => s.id).sort());
    expect(new Set(sops.map((s) => s.version))).toEqual(new Set([1]));
    expect(new Set(rows.map((r) => r.sop_id))).toEqual(new Set(sops.map((s) => s.id)));
    const [documents] = await db.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM source_document WHERE source_kind <> 'csv'`,
    );
    expect(documents?.n).toBe(DOCUMENTS);
    // The audit trail: one created version per SOP (the interrupted attempt left no trace).
    const audited = await db.query<{ sop_id: string; n: number }[]>(
      `SELECT sop_id, count(*)::int AS n FROM audit_event WHERE action = 'sop.version-created' GROUP BY sop_id`,
    );
    expect(audited.map((a) => a.n)).toEqual(sops.map(() => 1));
    expect(new Set(audited.map((a) => a.sop_id))).toEqual(new Set(sops.map((s) => s.id)));
    // The queue: every file's job completed, none left waiting, running or failed.
    const jobs = await db.query<{ state: string; n: number }[]>(
      `SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = 'import-file' GROUP BY state`,
    );
    expect(jobs).toEqual([{ state: 'completed', n: DOCUMENTS }]);
  }, 600_000);
});
