import { zipSync } from 'fflate';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/common/auth/identity';
import { BATCH_MAX_FILES, MAX_OPEN_BATCHES_PER_USER } from '../../src/import-batches/import-batches.service';
import { signedIn } from '../accounts/session-client';
import { startTestApp, type TestApp } from '../test-app';
import { uploadBatch } from './batch-requests';

const KB = 1024;
const MB = 1024 * KB;

/** A small text document; its content does not matter here (no job reads it: JOB_WORKERS=0). */
const doc = (i: number): { name: string; bytes: Uint8Array } => ({
  name: `sop-${i}.txt`,
  bytes: new TextEncoder().encode(`Schoolondersteuningsprofiel ${i}`),
});

/**
 * The caps of a batch upload, each refused whole with a Dutch reason and nothing stored: open batches per account
 * (429: it succeeds once one is done), bytes per batch and documents per batch (413: the same upload never fits).
 * No job runs here (`JOB_WORKERS=0`), so the accepted batches stay open.
 */
describe('batch upload caps: refused whole, in Dutch, nothing stored', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        STAFF_TOKEN: 'caps-staff-token-0123456789',
        JOB_WORKERS: '0',
        UPLOAD_MAX_BYTES: String(1 * MB),
        BATCH_MAX_BYTES: String(2 * MB),
      },
    });
  });
  afterAll(async () => {
    await app.close();
  });
  const token = 'caps-staff-token-0123456789';

  /** What a refused batch must not leave behind: batches, files, queued jobs. */
  const stored = async (): Promise<{ batches: number; files: number; jobs: number }> => {
    const [row] = await app.dataSource.query<{ batches: number; files: number; jobs: number }[]>(
      `SELECT (SELECT count(*)::int FROM import_batch) AS batches,
              (SELECT count(*)::int FROM import_batch_file) AS files,
              (SELECT count(*)::int FROM pgboss.job WHERE name = 'import-file') AS jobs`,
    );
    if (row === undefined) throw new Error('geen telling');
    return row;
  };

  it('a batch beyond BATCH_MAX_BYTES: 413 with the limit in Dutch, before or after reading the files', async () => {
    const before = await stored();
    const piece = (i: number): { name: string; bytes: Uint8Array } => ({
      name: `groot-${i}.pdf`,
      bytes: new Uint8Array(900 * KB).fill(32),
    });
    // 2.6 MB in files of 0.9 MB each (each below UPLOAD_MAX_BYTES): counted while storing, the whole refused.
    const counted = await uploadBatch(app.url, [piece(1), piece(2), piece(3)], token);
    expect(counted.status).toBe(413);
    expect(counted.body.message).toBe(
      'de upload is groter dan 2.0 MB (uitgepakt); verdeel hem over meer uploads',
    );
    // Far beyond: refused on the declared size, before the body is read.
    const declared = await uploadBatch(app.url, [1, 2, 3, 4].map(piece), token);
    expect(declared.status).toBe(413);
    expect(declared.body.message).toMatch(/^de upload is 3\.\d MB; het maximum is 2\.0 MB$/);
    expect(await stored()).toEqual(before);
  });

  it(`more than ${BATCH_MAX_FILES} documents in one batch: 413, also when they come in several ZIPs`, async () => {
    const before = await stored();
    const zipOf = (from: number, n: number): Uint8Array => {
      const entries: Record<string, Uint8Array> = {};
      for (let i = from; i < from + n; i += 1) entries[`sop-${i}.txt`] = doc(i).bytes;
      return zipSync(entries);
    };
    // Two ZIPs of 300: each fits, together 600 documents.
    const two = await uploadBatch(
      app.url,
      [
        { name: 'deel-1.zip', bytes: zipOf(0, 300) },
        { name: 'deel-2.zip', bytes: zipOf(300, 300) },
      ],
      token,
    );
    expect(two.status).toBe(413);
    expect(two.body.message).toBe(`te veel documenten in één upload (maximum ${BATCH_MAX_FILES})`);
    // One ZIP of 501 entries: refused on its table of contents.
    const one = await uploadBatch(
      app.url,
      [{ name: 'alles.zip', bytes: zipOf(0, BATCH_MAX_FILES + 1) }],
      token,
    );
    expect(one.status).toBe(413);
    expect(one.body.message).toBe(
      `ZIP-bestand 'alles.zip': bevat ${BATCH_MAX_FILES + 1} onderdelen (maximum ${BATCH_MAX_FILES}); niets ingelezen`,
    );
    // 501 loose files: refused while the multipart body is read.
    const loose = await uploadBatch(
      app.url,
      Array.from({ length: BATCH_MAX_FILES + 1 }, (_, i) => doc(i)),
      token,
    );
    expect(loose.status).toBe(413);
    expect(loose.body.message).toBe(`te veel bestanden in één upload (maximum ${BATCH_MAX_FILES})`);
    expect(await stored()).toEqual(before);
  });

  it(`a ${MAX_OPEN_BATCHES_PER_USER + 1}th open batch of one account: 429 in Dutch; another account still may upload`, async () => {
    for (let i = 0; i < MAX_OPEN_BATCHES_PER_USER; i += 1) {
      const accepted = await uploadBatch(app.url, [doc(i)], token);
      expect(accepted.status).toBe(202);
    }
    const before = await stored();
    const refused = await uploadBatch(app.url, [doc(9)], token);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toBe(
      `u heeft al ${MAX_OPEN_BATCHES_PER_USER} uploads die nog worden ingelezen (maximum ${MAX_OPEN_BATCHES_PER_USER}); wacht tot er een klaar is`,
    );
    expect(await stored()).toEqual(before);

    // The cap is per account: a colleague signed in with a session is not held up by it.
    const colleague = await signedIn(app.url, app.dataSource, 'collega@example.nl', ['swv-staff']);
    const form = new FormData();
    form.append('file', new Blob([doc(10).bytes]), 'collega.txt');
    const response = await fetch(`${app.url}/api/uploads/sop-batch`, {
      method: 'POST',
      headers: { [CSRF_HEADER]: '1', cookie: `${SESSION_COOKIE}=${colleague.cookie ?? ''}` },
      body: form,
    });
    expect(response.status).toBe(202);
    expect(await stored()).toMatchObject({ batches: before.batches + 1 });
  });
});
