import fs, { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { REGION_DATA_ROOT } from '@sop-atlas/region-data';
import { main } from '../../src/cli/main';
import { DuoImportError } from '../../src/duo/duo-import.report';
import { DuoImportService } from '../../src/duo/duo-import.service';
import { UPLOAD_TEMP_DIR } from '../../src/common/uploads/upload-files';
import { createSchool } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

const STAFF_TOKEN = 'duo-test-staff-token-0123456789';
const fixture = (name: string): string => join(REGION_DATA_ROOT, 'test', 'fixtures', name);
const bytes = (name: string): Buffer => readFileSync(fixture(name));

interface SchoolRow {
  vestigingscode: string;
  name: string;
  postcode: string | null;
  kind: string;
  werkgebied_code: string | null;
  werkgebied_source: string | null;
  website: string | null;
}

describe('DUO import', () => {
  let app: TestApp;
  let duo: DuoImportService;

  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
    duo = app.server.app.get(DuoImportService);
  });
  afterAll(() => app.close());

  const snapshot = async (): Promise<unknown> =>
    app.dataSource.query(`
      SELECT (SELECT json_agg(s ORDER BY vestigingscode) FROM (SELECT vestigingscode, name, postcode, kind,
                werkgebied_code, werkgebied_source, website, phone FROM school) s) AS schools,
             (SELECT json_agg(p ORDER BY school_id, reference_date) FROM pupil_count p) AS counts,
             (SELECT count(*)::int FROM source_document) AS documents`);
  const schools = (): Promise<SchoolRow[]> =>
    app.dataSource.query<SchoolRow[]>(
      `SELECT vestigingscode, name, postcode, kind, werkgebied_code, werkgebied_source, website
       FROM school ORDER BY vestigingscode`,
    );
  const counts = (): Promise<{ code: string; date: string; total: number | null; suppressed: boolean }[]> =>
    app.dataSource.query(
      `SELECT s.vestigingscode AS code, to_char(p.reference_date, 'YYYY-MM-DD') AS date, p.total, p.suppressed
       FROM pupil_count p JOIN school s ON s.id = p.school_id ORDER BY 1, 2`,
    );

  it('imports the new register layout: SPPOH rows only, werkgebied from gemeente or postcode table (estimates marked)', async () => {
    const report = await duo.import(bytes('register-new.csv'), { fileName: 'register-new.csv' });
    expect(report).toMatchObject({
      kind: 'register',
      schoolsInserted: 3,
      schoolsUpdated: 0,
      skippedOtherSwv: 1,
      rejected: [],
      unchanged: false,
    });
    expect(report.columnsFound.map((c) => c.canonical)).toContain('vestigingscode');
    const rows = await schools();
    expect(rows.map((r) => r.vestigingscode)).toEqual(['99FA00', '99FB00', '99FB01']);
    expect(rows[0]).toMatchObject({
      name: 'Fixtureschool De Poëzieboom',
      postcode: '2524 CK',
      // 2524 is an estimate in the PC4 table (Laak), marked as such.
      werkgebied_source: 'geschat',
      website: 'https://www.poezieboom.example',
    });
    expect(rows[1]).toMatchObject({
      werkgebied_code: 'leidschendam-voorburg',
      werkgebied_source: 'gemeente',
    });
    const [doc] = await app.dataSource.query<{ source_kind: string; file_name: string }[]>(
      `SELECT source_kind, file_name FROM source_document WHERE id = $1`,
      [report.sourceDocumentId],
    );
    expect(doc).toEqual({ source_kind: 'csv', file_name: 'register-new.csv' });
  });

  it('re-importing the same file changes nothing and says so', async () => {
    const before = await snapshot();
    const report = await duo.import(bytes('register-new.csv'), { fileName: 'register-new.csv' });
    expect(report).toMatchObject({
      schoolsInserted: 0,
      schoolsUpdated: 0,
      schoolsUnchanged: 3,
      unchanged: true,
    });
    expect(await snapshot()).toEqual(before);
  });

  it('reads the old Latin-1 layout, updates known schools and keeps a manual werkgebied', async () => {
    await app.dataSource.query(
      `UPDATE school SET werkgebied_code = 'laak', werkgebied_source = 'manual' WHERE vestigingscode = '99FA00'`,
    );
    const report = await duo.import(bytes('register-old-latin1.csv'), {
      fileName: 'register-old-latin1.csv',
    });
    expect(report).toMatchObject({ schoolsInserted: 1, skippedOtherSwv: 2, rejected: [] });
    expect(report.schoolsUpdated).toBeGreaterThanOrEqual(2);
    const rows = await schools();
    const byCode = new Map(rows.map((r) => [r.vestigingscode, r]));
    expect(byCode.get('99FA00')).toMatchObject({ werkgebied_code: 'laak', werkgebied_source: 'manual' });
    expect(byCode.get('99FA01')).toMatchObject({
      name: 'Fixtureschool De Vlinder; locatie Noord',
      werkgebied_code: 'rijswijk',
    });
    expect(byCode.get('99FB00')).toMatchObject({ name: 'Fixtureschool "Het Anker"', kind: 'SBO' });
  });

  it('imports pupil counts with a BOM and commas, keeps <5 as suppressed, creates unknown locations', async () => {
    const report = await duo.import(bytes('pupils-bom-comma.csv'), { fileName: 'pupils-bom-comma.csv' });
    expect(report.kind).toBe('pupils');
    expect(report.rejected).toEqual([]);
    expect(report.pupilCountsUpdated).toBe(0);
    const rows = await counts();
    expect(rows).toContainEqual({ code: '99FA00', date: '2023-10-01', total: 312, suppressed: false });
    expect(rows).toContainEqual({ code: '99FA00', date: '2024-10-01', total: 305, suppressed: false });
    expect(rows).toContainEqual({ code: '99FA01', date: '2023-10-01', total: null, suppressed: true });
    expect(rows.some((r) => r.code === '99FC00')).toBe(false);
    expect(report.pupilCountsInserted).toBe(rows.length);

    const again = await duo.import(bytes('pupils-bom-comma.csv'), { fileName: 'pupils-bom-comma.csv' });
    expect(again).toMatchObject({ unchanged: true, pupilCountsInserted: 0, pupilCountsUpdated: 0 });
  });

  it('keeps history per reference date (old layout with age columns) and updates the same date', async () => {
    const before = (await counts()).length;
    const report = await duo.import(bytes('pupils-old-ages.csv'), { fileName: 'pupils-old-ages.csv' });
    expect(report).toMatchObject({ pupilCountsInserted: 2, pupilCountsUpdated: 0, skippedOtherSwv: 1 });
    const rows = await counts();
    expect(rows).toHaveLength(before + 2);
    expect(rows).toContainEqual({ code: '99FA00', date: '2022-10-01', total: 302, suppressed: false });
    expect(rows).toContainEqual({ code: '99FB00', date: '2022-10-01', total: null, suppressed: true });

    const changed = Buffer.from(
      'PEILDATUM_LEERLINGEN;VESTIGINGSCODE;INSTELLINGSNAAM_VESTIGING;SWV_VESTIGING;TOTAAL\n20231001;99FA00;X;PO2815;320\n20231001;99FY00;Nieuwe locatie;PO2815;44\n',
    );
    const update = await duo.import(changed, { fileName: 'correctie.csv' });
    expect(update).toMatchObject({ pupilCountsInserted: 1, pupilCountsUpdated: 1, schoolsInserted: 1 });
    expect(update.warnings.join(' ')).toContain('99FY00');
    expect((await schools()).find((r) => r.vestigingscode === '99FY00')).toMatchObject({
      name: 'Nieuwe locatie',
      kind: 'BAO',
    });
    expect(await counts()).toContainEqual({
      code: '99FA00',
      date: '2023-10-01',
      total: 320,
      suppressed: false,
    });
  });

  it('refuses a file with a bad row and writes nothing; --partial imports the valid rows', async () => {
    const before = await snapshot();
    let error: unknown;
    try {
      await duo.import(bytes('broken-count.csv'), { fileName: 'broken-count.csv' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DuoImportError);
    expect((error as DuoImportError).problems.map((p) => p.line)).toEqual([3, 4]);
    expect(await snapshot()).toEqual(before);

    const partial = await duo.import(bytes('broken-count.csv'), {
      fileName: 'broken-count.csv',
      allowPartial: true,
    });
    expect(partial.rejected.map((p) => p.line)).toEqual([3, 4]);
    expect(partial.pupilCountsInserted + partial.pupilCountsUpdated).toBe(1);
  });

  it('refuses a file without required columns, and an empty file', async () => {
    const before = await snapshot();
    await expect(
      duo.import(bytes('broken-missing-columns.csv'), { fileName: 'broken-missing-columns.csv' }),
    ).rejects.toThrow(DuoImportError);
    await expect(duo.import(bytes('empty.csv'), { fileName: 'empty.csv' })).rejects.toThrow('leeg');
    expect(await snapshot()).toEqual(before);
  });

  it('CLI: prints the report, exits 1 on rejection and 0 on a clean file', async () => {
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    };
    const saved = process.env['DATABASE_URL'];
    process.env['DATABASE_URL'] = app.database.url;
    try {
      expect(await main(['duo', fixture('broken-lines.csv')], io)).toBe(1);
      expect(out.stderr).toContain('niet ingelezen');
      expect(out.stderr).toMatch(/broken-lines\.csv, regel 3/);
      out.stderr = '';
      out.stdout = '';
      expect(await main(['duo', fixture('register-portal-lowercase.csv'), '--swv', 'alle'], io)).toBe(0);
      expect(out.stderr).toContain('kolommen gevonden');
      expect(JSON.parse(out.stdout)).toMatchObject({ kind: 'register', schoolsInserted: 2 });
      expect(await main(['duo'], io)).toBe(2);
    } finally {
      if (saved === undefined) delete process.env['DATABASE_URL'];
      else process.env['DATABASE_URL'] = saved;
    }
  });

  it('CLI: refuses a file above UPLOAD_MAX_BYTES before reading it, and summarises a long list of problems', async () => {
    const out = { stdout: '', stderr: '' };
    const io = {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
    };
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'duo-cli-'));
    const saved = { ...process.env };
    process.env['DATABASE_URL'] = app.database.url;
    try {
      const big = join(dir, 'groot-register.csv');
      fs.writeFileSync(big, `VESTIGINGSCODE;VESTIGINGSNAAM\n${'99FA00;School\n'.repeat(40_000)}`);
      process.env['UPLOAD_MAX_BYTES'] = String(100 * 1024);
      expect(await main(['duo', big], io)).toBe(1);
      expect(out.stderr).toContain(
        'groot-register.csv niet ingelezen: het bestand is 0.5 MB; het maximum is 0.1 MB (UPLOAD_MAX_BYTES).',
      );
      expect(out.stderr).not.toContain('Database:'); // refused before the database was opened
      delete process.env['UPLOAD_MAX_BYTES'];

      // 500 bad rows: 20 lines and a summary on stderr, every problem in the JSON on stdout
      out.stderr = '';
      out.stdout = '';
      const bad = join(dir, 'fouten.csv');
      fs.writeFileSync(bad, `VESTIGINGSCODE;VESTIGINGSNAAM\n${'XXXX;School\n'.repeat(500)}`);
      expect(await main(['duo', bad], io)).toBe(1);
      const listed = out.stderr.split('\n').filter((line) => line.startsWith('  - '));
      expect(listed).toHaveLength(21);
      expect(listed[20]).toBe('  - … en nog 480 (de volledige lijst staat in de JSON-regel op stdout)');
      expect((JSON.parse(out.stdout) as { problems: unknown[] }).problems).toHaveLength(500);
    } finally {
      process.env = saved;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('HTTP: POST /api/uploads/duo needs staff, returns the report, and 400 with problems for a bad file', async () => {
    const upload = async (name: string, token?: string): Promise<Response> => {
      const form = new FormData();
      form.append('file', new Blob([bytes(name)]), name);
      return fetch(`${app.url}/api/uploads/duo`, {
        method: 'POST',
        body: form,
        headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
      });
    };
    expect((await upload('register-new.csv')).status).toBe(401);
    const ok = await upload('register-new.csv', STAFF_TOKEN);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ kind: 'register', skippedOtherSwv: 1 });
    const before = await snapshot();
    const bad = await upload('broken-duplicate-register.csv', STAFF_TOKEN);
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { problems: { line: number }[] };
    expect(body.problems.map((p) => p.line)).toEqual([4]);
    expect(await snapshot()).toEqual(before);
  });

  it('never overwrites a manual werkgebied of a school created by hand', async () => {
    await createSchool(app.dataSource, {
      vestigingscode: '99FZ00',
      werkgebiedCode: 'segbroek',
      werkgebiedSource: 'manual',
    });
    const file = Buffer.from(
      'INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;POSTCODE;SWV VESTIGING\n99FZ;99FZ00;Handschool;2281 AA;PO2815\n',
    );
    await duo.import(file, { fileName: 'hand.csv' });
    const [row] = await app.dataSource.query<SchoolRow[]>(
      `SELECT werkgebied_code, werkgebied_source, name FROM school WHERE vestigingscode = '99FZ00'`,
    );
    expect(row).toMatchObject({
      werkgebied_code: 'segbroek',
      werkgebied_source: 'manual',
      name: 'Handschool',
    });
  });
});

describe('DUO upload size limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN, UPLOAD_MAX_BYTES: '300' } });
  });
  afterAll(() => app.close());

  it('refuses a file above UPLOAD_MAX_BYTES with 413 and writes nothing', async () => {
    const file = bytes('register-new.csv');
    expect(file.length).toBeGreaterThan(300);
    const form = new FormData();
    form.append('file', new Blob([file]), 'register-new.csv');
    const response = await fetch(`${app.url}/api/uploads/duo`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    });
    expect(response.status).toBe(413);
    // in Dutch like the SOP upload, naming the limit; the partial temporary file is gone
    expect(((await response.json()) as { message: string }).message).toBe(
      'het bestand is groter dan het maximum van 1 kB (UPLOAD_MAX_BYTES)',
    );
    expect(fs.readdirSync(UPLOAD_TEMP_DIR)).toEqual([]);
    const [row] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM school`);
    expect(row?.n).toBe(0);
  });

  it('reads an accepted file from a temporary file and removes it afterwards', async () => {
    const form = new FormData();
    form.append('file', new Blob([Buffer.from('VESTIGINGSCODE;VESTIGINGSNAAM\n')]), 'klein.csv');
    const response = await fetch(`${app.url}/api/uploads/duo`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
    });
    expect(response.status).toBe(400); // a header without rows: refused after it was read from disk
    expect(((await response.json()) as { message: string }).message).toMatch(/alleen een kopregel/);
    expect(fs.readdirSync(UPLOAD_TEMP_DIR)).toEqual([]);
  });
});
