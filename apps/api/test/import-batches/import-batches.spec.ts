import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { zipSync } from 'fflate';
import { createSchool } from '../factories';
import { STAFF_TOKEN } from '../imports/real-sop';
import { renderSop } from '../region-day-one/sop-documents';
import { startTestApp, type TestApp } from '../test-app';
import { uploadBatch, waitForBatch } from './batch-requests';

const MB = 1024 * 1024;

describe('batch uploads from Beheer: files and ZIPs read by background jobs, per-file outcomes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        STAFF_TOKEN,
        JOB_POLL_SECONDS: '1',
        UPLOAD_MAX_BYTES: String(2 * MB),
        BATCH_MAX_BYTES: String(8 * MB),
        // PDF reading on a loaded machine: the default 15 s is tight for the first PDF (worker start)
        IMPORT_TIMEOUT_MS: '120000',
      },
    });
  });
  afterAll(async () => {
    shutdownImportWorkers();
    await app.close();
  });
  const count = async (table: string): Promise<number> =>
    (await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n ?? -1;

  it('a ZIP with 3 SOPs and 1 bad file gives 3 imported outcomes and 1 Dutch refusal', async () => {
    const schools = await Promise.all(
      ['Zonnewijzer', 'Regenboog', 'Klimop'].map((name, i) =>
        createSchool(app.dataSource, {
          name: `Basisschool ${name}`,
          street: `${name}laan`,
          houseNumber: String(10 + i),
          postcode: `25${41 + i} AB`,
        }),
      ),
    );
    const doc = (i: number, format: 'txt' | 'docx' | 'pdf') =>
      renderSop(
        {
          name: schools[i]?.name ?? '?',
          addressLine: `${schools[i]?.street ?? ''} ${schools[i]?.houseNumber ?? ''}, ${schools[i]?.postcode ?? ''} Den Haag`,
          clean: true,
        },
        format,
      );
    const zip = zipSync({
      'sops/zonnewijzer.txt': await doc(0, 'txt'),
      'sops/regenboog.docx': await doc(1, 'docx'),
      'sops/klimop.pdf': await doc(2, 'pdf'),
      'sops/kapot.pdf': new TextEncoder().encode('%PDF-1.7 dit is geen echte PDF'),
      '__MACOSX/sops/._klimop.pdf': new Uint8Array([0, 1, 2]),
      'sops/.DS_Store': new Uint8Array([0]),
    });
    const { status, body } = await uploadBatch(app.url, [{ name: 'regio.zip', bytes: zip }]);
    expect(status).toBe(202);
    expect(body.fileCount).toBe(4);
    const batch = await waitForBatch(app.url, body.id);
    expect(batch.files.map((f) => [f.fileName, f.status])).toEqual([
      ['regio.zip/sops/zonnewijzer.txt', 'done'],
      ['regio.zip/sops/regenboog.docx', 'done'],
      ['regio.zip/sops/klimop.pdf', 'done'],
      ['regio.zip/sops/kapot.pdf', 'done'],
    ]);
    // The same outcomes as single uploads: the text rendering has ambiguous marks (to review), DOCX and PDF are clean.
    expect(batch.files.slice(0, 3).map((f) => f.outcome)).toEqual(['te-beoordelen', 'klaar', 'klaar']);
    expect(batch.files.slice(0, 3).map((f) => f.schoolId)).toEqual(schools.map((s) => s.id));
    const refused = batch.files[3];
    expect(refused?.outcome).toBe('geweigerd');
    expect(refused?.message).toMatch(/^regio\.zip\/sops\/kapot\.pdf: .*(PDF|beschadigd|gelezen)/);
    expect(batch.counts).toEqual({
      klaar: 2,
      'te-beoordelen': 1,
      'te-koppelen': 0,
      geweigerd: 1,
      duplicaat: 0,
    });
    // Each document landed as a draft of its school; the stored bytes of the batch are released.
    const sops = await app.dataSource.query<{ school_id: string }[]>(
      `SELECT school_id FROM sop WHERE school_id = ANY($1::uuid[])`,
      [schools.map((s) => s.id)],
    );
    expect(sops).toHaveLength(3);
    expect(await count(`import_batch_file WHERE content IS NOT NULL`)).toBe(0);
  });

  it('plain files too, and a file above the size limit is refused in Dutch without being stored', async () => {
    const school = await createSchool(app.dataSource, {
      name: 'Basisschool Het Anker',
      street: 'Ankerweg',
      houseNumber: '3',
      postcode: '2545 AB',
    });
    const { status, body } = await uploadBatch(app.url, [
      {
        name: 'anker.docx',
        bytes: await renderSop(
          { name: school.name, addressLine: 'Ankerweg 3, 2545 AB Den Haag', clean: true },
          'docx',
        ),
      },
      { name: 'groot.pdf', bytes: new Uint8Array(3 * MB) },
    ]);
    expect(status).toBe(202);
    const batch = await waitForBatch(app.url, body.id);
    expect(batch.files.map((f) => f.outcome)).toEqual(['klaar', 'geweigerd']);
    expect(batch.files[1]?.message).toBe('groot.pdf: het bestand is 3.0 MB; het maximum is 2.0 MB');
  });

  it('refuses a zip bomb and a path outside the folder as a whole, storing nothing', async () => {
    // 40 MB of zeros packs into a few kB: above the per-file limit (2 MB) before anything is inflated.
    const bomb = zipSync({ 'sop.txt': new Uint8Array(40 * MB) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 6; i += 1) many[`sop-${i}.txt`] = new Uint8Array(1.9 * MB);
    const manyZip = zipSync(many, { level: 9 });
    const before = await count('import_batch');
    const bombAnswer = await uploadBatch(app.url, [{ name: 'bom.zip', bytes: bomb }]);
    expect(bombAnswer.status).toBe(413);
    expect(bombAnswer.body.message).toBe(
      "ZIP-bestand 'bom.zip': 'sop.txt' pakt uit tot 40.0 MB (maximum 2.0 MB per bestand); niets ingelezen",
    );
    // Many small entries that together unpack beyond the batch limit (8 MB).
    const total = await uploadBatch(app.url, [{ name: 'veel.zip', bytes: manyZip }]);
    expect(total.status).toBe(413);
    expect(total.body.message).toContain('pakt uit tot meer dan 8.0 MB');

    const traversal = zipSync({
      'goed.txt': new Uint8Array([65]),
      '../../etc/sop.txt': new Uint8Array([65]),
    });
    const traversalAnswer = await uploadBatch(app.url, [{ name: 'pad.zip', bytes: traversal }]);
    expect(traversalAnswer.status).toBe(400);
    expect(traversalAnswer.body.message).toBe(
      "ZIP-bestand 'pad.zip': het onderdeel '../../etc/sop.txt' wijst naar een plek buiten de map; niets ingelezen",
    );
    const notZip = await uploadBatch(app.url, [
      { name: 'nep.zip', bytes: new TextEncoder().encode('geen zip') },
    ]);
    expect(notZip.status).toBe(400);
    expect(notZip.body.message).toMatch(/^ZIP-bestand 'nep\.zip': het bestand is beschadigd of geen ZIP/);
    expect(await count('import_batch')).toBe(before);
  });

  it('is for SWV staff only', async () => {
    const anonymous = await fetch(`${app.url}/api/uploads/sop-batch`, {
      method: 'POST',
      body: new FormData(),
    });
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${app.url}/api/import-batches`)).status).toBe(401);
  });
});
