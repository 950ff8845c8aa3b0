import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { WERKGEBIEDEN } from '@sop-atlas/sop-model';
import { loadDemoRegion } from '../../src/demo/demo-loader';
import { renderRegionReportHtml } from '../../src/reports/region-report.html';
import { renderRegionReportPdf } from '../../src/reports/region-report.pdf';
import { RegionReportService } from '../../src/reports/region-report.service';
import { reportText, DEMO_NOTICE } from '../../src/reports/report-model';
import { MAX_PENDING_REPORT_JOBS } from '../../src/reports/report-jobs.service';
import { createSchool } from '../factories';
import { graphqlData } from '../graphql-request';
import { startTestApp, type TestApp } from '../test-app';

const STAFF_TOKEN = 'reports-spec-staff-token-0123456789';
const YEAR = '2023-2024';
const ARTIFACTS = path.resolve(__dirname, '../../../../test-artifacts/reports');
const SCHEMA_PATH = path.resolve(__dirname, '../../../../libs/sop-model/sop.schema.json');

const OVERVIEW = `query ($schoolYear: String!, $werkgebied: String) {
  regionOverview(schoolYear: $schoolYear, werkgebied: $werkgebied) {
    schools schoolsWithSop
    items { kind code label region { share withItem schools } werkgebieden { werkgebiedName share } gaps { werkgebiedCode } }
    funding { overall { schools median q1 q3 min max outliers { name value } } }
    dataHealth { withoutPublishedSop { count } staleSops { count }
                 withoutWerkgebied { count schools { name } } withoutCoordinates { count schools { name } } }
  }
}`;

interface Overview {
  regionOverview: {
    schools: number;
    schoolsWithSop: number;
    items: {
      kind: string;
      code: string;
      label: string;
      region: { share: number | null; withItem: number; schools: number };
      werkgebieden: { werkgebiedName: string | null; share: number | null }[];
      gaps: { werkgebiedCode: string | null }[];
    }[];
    funding: {
      overall: {
        schools: number;
        median: number | null;
        min: number | null;
        max: number | null;
        outliers: { name: string; value: number }[];
      };
    };
    dataHealth: {
      withoutPublishedSop: { count: number };
      staleSops: { count: number };
      withoutWerkgebied: { count: number; schools: { name: string }[] };
      withoutCoordinates: { count: number; schools: { name: string }[] };
    };
  };
}

interface JobView {
  id: string;
  status: string;
  progress: number;
  durationMs: number | null;
  pdfUrl: string | null;
  error: string | null;
}

const staff = { authorization: `Bearer ${STAFF_TOKEN}` };
const euroCents = (n: number): string =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 })
    .format(n)
    .replace(/\u00a0/g, ' ');

/** Polls a report job (run by the pg-boss queue, in this process) until it is done or failed. */
async function waitForJob(url: string, id: string, headers: Record<string, string>): Promise<JobView> {
  for (;;) {
    const job = (await (await fetch(`${url}/api/reports/jobs/${id}`, { headers })).json()) as JobView;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('policy reports, exports and open data (demo region)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
    await app.dataSource.transaction((manager) => loadDemoRegion(manager));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(() => app.close());

  describe('open data', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_PATH, 'utf8')) as object);

    it('zips every published SOP of the region, each valid against the committed JSON Schema, with index and schema', async () => {
      const response = await fetch(`${app.url}/api/open-data/sops.zip`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/zip');
      const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
      const index = JSON.parse(strFromU8(files['index.json'] ?? new Uint8Array())) as {
        count: number;
        sops: {
          path: string;
          url: string;
          sha256: string;
          schoolYear: string;
          vestigingscode: string | null;
        }[];
      };
      expect(strFromU8(files['sop.schema.json'] ?? new Uint8Array())).toBe(
        fs.readFileSync(SCHEMA_PATH, 'utf8'),
      );

      const [truth] = await app.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM sop JOIN school s ON s.id = sop.school_id
         WHERE sop.status = 'published' AND s.werkgebied_code IS NOT NULL`,
      );
      expect(truth?.n).toBeGreaterThan(200);
      expect(index.count).toBe(truth?.n);
      expect(index.sops).toHaveLength(truth?.n ?? -1);
      expect(Object.keys(files)).toHaveLength((truth?.n ?? 0) + 2);

      for (const entry of index.sops) {
        const bytes = files[entry.path];
        expect(bytes).toBeDefined();
        if (!bytes) continue;
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
        const document: unknown = JSON.parse(strFromU8(bytes));
        if (!validate(document)) throw new Error(`${entry.path}: ${ajv.errorsText(validate.errors)}`);
        expect((document as { schoolYear: string }).schoolYear).toBe(entry.schoolYear);
      }

      // The stable URLs serve the same bytes as the zip and the index.
      const served = await fetch(`${app.url}/api/open-data/index.json`);
      const servedIndex = (await served.json()) as typeof index;
      expect(servedIndex.sops).toEqual(index.sops);
      for (const entry of index.sops.filter((_e, i) => i % 50 === 0)) {
        const one = await fetch(`${app.url}${entry.url}`);
        expect(one.status).toBe(200);
        const bytes = Buffer.from(await one.arrayBuffer());
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(entry.sha256);
        expect(validate(JSON.parse(bytes.toString('utf8')))).toBe(true);
      }
    });

    it('finds a SOP by school id too, and answers unknown keys and bad years clearly', async () => {
      const [row] = await app.dataSource.query<{ id: string; vestigingscode: string }[]>(
        `SELECT s.id, s.vestigingscode FROM school s JOIN sop ON sop.school_id = s.id
         WHERE sop.status = 'published' AND sop.school_year = $1 AND s.vestigingscode IS NOT NULL ORDER BY s.name LIMIT 1`,
        [YEAR],
      );
      const byCode = await fetch(`${app.url}/api/open-data/sops/${row?.vestigingscode}/${YEAR}.json`);
      const byId = await fetch(`${app.url}/api/open-data/sops/${row?.id}/${YEAR}.json`);
      expect(byCode.status).toBe(200);
      expect(await byId.text()).toBe(await byCode.text());

      const missing = await fetch(`${app.url}/api/open-data/sops/00XX00/${YEAR}.json`);
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ code: 'NOT_FOUND', argument: 'vestigingscodeOrSchoolId' });
      const badYear = await fetch(`${app.url}/api/open-data/sops/${row?.vestigingscode}/2023.json`);
      expect(badYear.status).toBe(400);
      expect(await badYear.json()).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'schoolYear' });
    });
  });

  describe('exports', () => {
    it('funding.xlsx has typed cells equal to SQL, a frozen header row and column widths', async () => {
      const response = await fetch(`${app.url}/api/exports/funding.xlsx?calendarYear=2023`);
      expect(response.status).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      fs.writeFileSync(path.join(ARTIFACTS, 'bekostiging-2023.xlsx'), bytes);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('geen werkblad');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual([
        'School',
        'Vestigingscode',
        'Werkgebied',
        'Soort',
        'Kalenderjaar',
        'Bedrag volgens SOP',
        'Verwacht (formule)',
        'Afwijking',
        'Afwijking %',
        'Leerlingen',
        'Peildatum',
        'Per leerling',
        'Fictief (demo)',
      ]);
      expect(sheet.getColumn(1).width).toBe(40);
      expect(sheet.getRow(1).font?.bold).toBe(true);
      const [count] = await app.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM school WHERE werkgebied_code IS NOT NULL`,
      );
      expect(sheet.rowCount - 1).toBe(count?.n);

      // One school with a stated amount and pupils: every figure equals the database.
      const [truth] = await app.dataSource.query<
        { name: string; amount: string; total: number; reference_date: string }[]
      >(
        `SELECT s.name, sop.funding_amount AS amount, pc.total, to_char(pc.reference_date, 'YYYY-MM-DD') AS reference_date
         FROM school s JOIN sop ON sop.school_id = s.id AND sop.status = 'published' AND sop.funding_year = 2023
         JOIN pupil_count pc ON pc.school_id = s.id AND pc.reference_date = '2023-10-01'
         WHERE s.werkgebied_code IS NOT NULL AND pc.total > 0 ORDER BY s.name LIMIT 1`,
      );
      if (!truth) throw new Error('geen school met bedrag en leerlingen');
      let found = false;
      sheet.eachRow((row, n) => {
        if (n === 1 || row.getCell(1).value !== truth.name) return;
        found = true;
        expect(row.getCell(5).value).toBe(2023);
        expect(row.getCell(6).value).toBe(Number(truth.amount));
        expect(typeof row.getCell(7).value).toBe('number');
        expect(row.getCell(10).value).toBe(truth.total);
        expect(row.getCell(11).value).toBeInstanceOf(Date);
        expect((row.getCell(11).value as Date).toISOString().slice(0, 10)).toBe(truth.reference_date);
        expect(row.getCell(12).value).toBeCloseTo(Number(truth.amount) / truth.total, 2);
        expect(row.getCell(12).numFmt).toContain('0.00');
      });
      expect(found).toBe(true);
    });

    it('funding.csv is UTF-8 with BOM, semicolons, decimal commas and CRLF', async () => {
      const response = await fetch(`${app.url}/api/exports/funding.csv?calendarYear=2023`);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8').slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      const lines = text.split('\r\n').filter(Boolean);
      expect(lines[0]?.split(';')).toHaveLength(13);
      expect(text).toMatch(/;[0-9]+,[0-9]{2};/);
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    });

    it('schools.csv lists exactly what the schools query finds for the same filter', async () => {
      const filter = { expertise: { codes: ['autisme'] }, werkgebieden: ['escamp', 'laak'] };
      const data = await graphqlData<{ schools: { totalCount: number } }>(
        app.url,
        `query ($filter: SchoolFilter) { schools(filter: $filter, first: 1) { totalCount } }`,
        { filter },
      );
      const response = await fetch(
        `${app.url}/api/exports/schools.csv?filter=${encodeURIComponent(JSON.stringify(filter))}`,
      );
      expect(response.status).toBe(200);
      const text = await response.text();
      const lines = text.split('\r\n').filter(Boolean);
      expect(data.schools.totalCount).toBeGreaterThan(0);
      expect(lines).toHaveLength(data.schools.totalCount + 1);
      // the werkgebied by its name, never its code
      expect(text).toMatch(/;(Escamp|Laak);/);
      expect(text).not.toMatch(/;(escamp|laak);/);

      const bad = await fetch(
        `${app.url}/api/exports/schools.xlsx?filter=${encodeURIComponent(JSON.stringify({ expertise: { codes: ['vliegen'] } }))}`,
      );
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'filter.expertise.codes[0]',
      });
      const wrongType = await fetch(
        `${app.url}/api/exports/schools.csv?filter=${encodeURIComponent('{"kinds":["XYZ"]}')}`,
      );
      expect(wrongType.status).toBe(400);
      expect(await wrongType.json()).toMatchObject({ argument: 'filter.kinds[0]' });
    });

    it('coverage.xlsx holds the regionOverview shares as percentages; compare.csv one row per catalog item', async () => {
      const overview = await graphqlData<Overview>(app.url, OVERVIEW, { schoolYear: YEAR });
      const response = await fetch(`${app.url}/api/exports/coverage.xlsx?schoolYear=${YEAR}`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('geen werkblad');
      expect(sheet.rowCount - 1).toBe(overview.regionOverview.items.length);
      overview.regionOverview.items.forEach((item, i) => {
        const row = sheet.getRow(i + 2);
        expect(row.getCell(2).value).toBe(item.label);
        expect(row.getCell(4).value).toBe(item.region.withItem);
        expect(row.getCell(5).value).toBeCloseTo(item.region.share ?? Number.NaN, 10);
        expect(row.getCell(5).numFmt).toBe('0.0%');
      });

      const ids = await app.dataSource.query<{ id: string }[]>(
        `SELECT s.id FROM school s JOIN sop ON sop.school_id = s.id AND sop.status = 'published' AND sop.school_year = $1
         ORDER BY s.name LIMIT 3`,
        [YEAR],
      );
      const compare = await fetch(
        `${app.url}/api/exports/compare.csv?ids=${ids.map((r) => r.id).join(',')}&schoolYear=${YEAR}`,
      );
      const lines = (await compare.text()).split('\r\n').filter(Boolean);
      // a header, six facts of each school (pupils, funding per leerling, the SOP's date), every catalog item
      expect(lines).toHaveLength(1 + 6 + 7 + 12 + 11 + 9);
      const tooFew = await fetch(`${app.url}/api/exports/compare.csv?ids=${ids[0]?.id}`);
      expect(await tooFew.json()).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
      const unknown = await fetch(`${app.url}/api/exports/nothing.csv`);
      expect(unknown.status).toBe(404);
      const badYear = await fetch(`${app.url}/api/exports/coverage.csv?schoolYear=2023`);
      expect(await badYear.json()).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'schoolYear' });
    });
  });

  describe('region report', () => {
    it('states the same figures as regionOverview (report model text)', async () => {
      const overview = (await graphqlData<Overview>(app.url, OVERVIEW, { schoolYear: YEAR })).regionOverview;
      const report = await app.server.app
        .get(RegionReportService)
        .report({ schoolYear: YEAR, werkgebied: null });
      const text = reportText(report);
      const fmt = (n: number): string => new Intl.NumberFormat('nl-NL').format(n);
      expect(text).toContain(`Scholen: ${fmt(overview.schools)}`);
      expect(text).toContain(`Gepubliceerde SOP's ${YEAR}: ${fmt(overview.schoolsWithSop)}`);
      expect(text).toContain(
        `Zonder gepubliceerd SOP: ${fmt(overview.dataHealth.withoutPublishedSop.count)}`,
      );
      expect(text).toContain(
        `Gaten in het aanbod (item × werkgebied): ${fmt(overview.items.reduce((n, i) => n + i.gaps.length, 0))}`,
      );
      expect(text).toContain(
        `Mediaan basisondersteuning per leerling: ${euroCents(overview.funding.overall.median ?? 0)}`,
      );
      for (const item of overview.items) {
        const share = (s: number | null): string => (s === null ? '–' : `${Math.round(s * 100)}%`);
        expect(text).toContain(
          [item.label, share(item.region.share), ...item.werkgebieden.map((a) => share(a.share))].join(' | '),
        );
      }
      for (const outlier of overview.funding.overall.outliers) {
        expect(text).toContain(`Uitschieter: ${outlier.name} ${euroCents(outlier.value)}`);
      }
      expect(report.demoNotice).toBe(DEMO_NOTICE);
      expect(report.sources).toHaveLength(overview.schools);
      // schools without a (recent) SOP are listed with their werkgebied's name, as in the PDF, never its code
      const listed = [...report.health.missing, ...report.health.stale]
        .map((s) => s.werkgebied)
        .filter((w) => w !== null);
      expect(listed.length).toBeGreaterThan(0);
      for (const name of listed) expect(WERKGEBIEDEN.map((w) => w.name)).toContain(name);
      expect(report.gaps.length).toBeGreaterThan(0);

      // A werkgebied report: its own share per item, with the region's as reference.
      const escamp = (
        await graphqlData<Overview>(app.url, OVERVIEW, { schoolYear: YEAR, werkgebied: 'escamp' })
      ).regionOverview;
      const escampText = reportText(
        await app.server.app.get(RegionReportService).report({ schoolYear: YEAR, werkgebied: 'escamp' }),
      );
      expect(escampText).toContain('Item | Escamp | Regio SPPOH (ter vergelijking)');
      expect(escampText).toContain(`Scholen: ${fmt(escamp.schools)}`);
      escamp.items.forEach((item, i) => {
        const share = (s: number | null): string => (s === null ? '–' : `${Math.round(s * 100)}%`);
        const region = overview.items[i];
        expect(region?.code).toBe(item.code);
        expect(escampText).toContain(
          `${item.label} | ${share(item.region.share)} | ${share(region?.region.share ?? null)}`,
        );
      });
    });

    it('names the schools it cannot place (no werkgebied, no coordinates) in its text, HTML and PDF', async () => {
      const lost = await createSchool(app.dataSource, {
        name: 'Basisschool Zonder Werkgebied',
        werkgebiedCode: null,
        werkgebiedSource: null,
        postcode: '2599ZZ',
      });
      const unplaced = await createSchool(app.dataSource, {
        name: 'Basisschool Zonder Coördinaten',
        werkgebiedCode: 'laak',
        latitude: null,
        longitude: null,
      });
      try {
        const overview = (await graphqlData<Overview>(app.url, OVERVIEW, { schoolYear: YEAR }))
          .regionOverview;
        expect(overview.dataHealth.withoutWerkgebied.schools.map((s) => s.name)).toContain(lost.name);
        const report = await app.server.app
          .get(RegionReportService)
          .report({ schoolYear: YEAR, werkgebied: null });
        const text = reportText(report);
        const fmt = (n: number): string => new Intl.NumberFormat('nl-NL').format(n);
        expect(text).toContain(
          `Zonder werkgebied, in geen enkel cijfer van dit rapport meegeteld: ${fmt(overview.dataHealth.withoutWerkgebied.count)} scholen.`,
        );
        expect(text).toContain(`Zonder werkgebied: ${lost.name} (postcode 2599ZZ)`);
        // named with its werkgebied's name, never its code
        expect(text).toContain(`Zonder coördinaten: ${unplaced.name} (Laak)`);
        expect(text.join('\n')).not.toMatch(/\(laak\)/);
        const html = renderRegionReportHtml(report);
        expect(html).toContain(`Zonder werkgebied: ${lost.name} (postcode 2599ZZ)`);
        expect(html).toContain(`Zonder coördinaten: ${unplaced.name} (Laak)`);
        const file = path.join(ARTIFACTS, 'region-left-out.pdf');
        fs.writeFileSync(file, await renderRegionReportPdf(report));
        const pages = JSON.parse(
          execFileSync(process.execPath, [path.join(__dirname, 'pdf-text.mjs'), file], { encoding: 'utf8' }),
        ) as string[];
        const all = pages.join('\n').replace(/\s+/g, ' ');
        expect(all).toContain(`Zonder werkgebied: ${lost.name} (postcode 2599ZZ)`);
        expect(all).toContain(`Zonder coördinaten: ${unplaced.name} (Laak)`);
      } finally {
        await app.dataSource.query(`DELETE FROM school WHERE id = ANY($1::uuid[])`, [[lost.id, unplaced.id]]);
      }
    });

    it('runs as a staff-only background job; the PDF carries the figures and the demo label on every page', async () => {
      const anonymous = await fetch(`${app.url}/api/reports/region`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ schoolYear: YEAR }),
      });
      expect(anonymous.status).toBe(401);
      const bad = await fetch(`${app.url}/api/reports/region`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...staff },
        body: JSON.stringify({ schoolYear: YEAR, werkgebied: 'atlantis' }),
      });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'werkgebied' });

      const results: { scope: string; ms: number; pages: number; bytes: number }[] = [];
      for (const werkgebied of [null, 'escamp']) {
        const started = await fetch(`${app.url}/api/reports/region`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...staff },
          body: JSON.stringify({ schoolYear: YEAR, werkgebied }),
        });
        expect(started.status).toBe(202);
        const job = (await started.json()) as JobView;
        expect(['queued', 'running']).toContain(job.status);
        const status = await waitForJob(app.url, job.id, staff);
        expect(status).toMatchObject({ status: 'done', progress: 100, error: null });
        expect(status.pdfUrl).toBe(`/api/reports/jobs/${job.id}/report.pdf`);
        expect(await fetch(`${app.url}${status.pdfUrl}`).then((r) => r.status)).toBe(401);
        const pdfResponse = await fetch(`${app.url}${status.pdfUrl}`, { headers: staff });
        expect(pdfResponse.headers.get('content-type')).toBe('application/pdf');
        const pdf = Buffer.from(await pdfResponse.arrayBuffer());
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

        const name = `region-${werkgebied ?? 'sppoh'}-${YEAR}`;
        const file = path.join(ARTIFACTS, `${name}.pdf`);
        fs.writeFileSync(file, pdf);
        const pages = JSON.parse(
          execFileSync(process.execPath, [path.join(__dirname, 'pdf-text.mjs'), file], { encoding: 'utf8' }),
        ) as string[];
        const overview = (await graphqlData<Overview>(app.url, OVERVIEW, { schoolYear: YEAR, werkgebied }))
          .regionOverview;
        const all = pages.join('\n').replace(/\s+/g, ' ');
        for (const page of pages) expect(page.replace(/\s+/g, ' ')).toContain(DEMO_NOTICE);
        expect(all).toContain(`Dekkend aanbod ${werkgebied ? 'werkgebied Escamp' : 'regio SPPOH'}`);
        expect(all).toContain(`Gepubliceerde SOP's ${YEAR}`);
        expect(all).toContain(`Mediaan ${euroCents(overview.funding.overall.median ?? 0)} per leerling`);
        for (const heading of [
          'Kerncijfers',
          'Gaten in het aanbod',
          'Dekking per werkgebied',
          'Basisondersteuning per leerling',
          'Ontwikkeling handelingsgericht werken',
          'Datakwaliteit',
          'Niet geplaatste scholen',
          'Trend over de jaren',
          'Bronnen',
        ]) {
          expect(all).toContain(heading);
        }
        // Charts are vector paths: the PDF holds no images.
        expect(pdf.toString('latin1')).not.toContain('/Subtype /Image');
        // A tagged PDF (structure tree, language) whose every font is embedded (poppler-utils' pdfinfo/pdffonts).
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(info).toMatch(/^Tagged:\s+yes$/m);
        const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
          .split('\n')
          .slice(2)
          .filter((line) => line.trim() !== '');
        expect(fonts.length).toBeGreaterThan(0);
        // columns: name, type, encoding, emb, sub, uni, object ID: "emb" is the fourth from the end
        const notEmbedded = fonts.filter((line) => line.trim().split(/\s+/).at(-5) !== 'yes');
        expect(notEmbedded).toEqual([]);
        // The coverage table as a screen reader reads it (structure tree: Table > TR > TH/TD): every share is the
        // overview's (which compare-overview.spec holds equal to Vergelijken and the exports), in its row and column.
        const tables = JSON.parse(
          execFileSync(process.execPath, [path.join(__dirname, 'pdf-tables.mjs'), file], {
            encoding: 'utf8',
          }),
        ) as { page: number; lastPage: number; rows: { role: string; text: string }[][] }[];
        expect(tables).toHaveLength(1);
        const [header, ...body] = tables[0]?.rows ?? [];
        const region = werkgebied
          ? (await graphqlData<Overview>(app.url, OVERVIEW, { schoolYear: YEAR })).regionOverview
          : null;
        expect(header).toEqual(
          [
            'Item',
            werkgebied ? 'Escamp' : 'Regio',
            ...(werkgebied
              ? ['Regio SPPOH (ter vergelijking)']
              : (overview.items[0]?.werkgebieden ?? []).map((a) => a.werkgebiedName)),
          ].map((text) => ({ role: 'TH', text })),
        );
        const itemRows = body.filter((row) => row.length > 1);
        expect(itemRows).toHaveLength(overview.items.length);
        overview.items.forEach((item, i) => {
          const cells = werkgebied
            ? [item.region.share, region?.items[i]?.region.share ?? null]
            : [item.region.share, ...item.werkgebieden.map((a) => a.share)];
          expect(itemRows[i]).toEqual([
            { role: 'TH', text: item.label },
            ...cells.map((share) => ({
              role: 'TD',
              text: share === null ? '–' : `${Math.round(share * 100)}%`,
            })),
          ]);
        });
        // the definition of the shares is printed under the table, with its denominator
        expect(all).toContain(
          `Aandeel scholen met een gepubliceerd SOP voor ${YEAR} dat het item heeft, in elke kolom van de scholen in dat gebied (${werkgebied ? 'Escamp' : 'SPPOH'}: ${overview.schoolsWithSop} scholen).`,
        );
        // the schools it cannot place are named, never left out silently
        expect(all).toContain('Niet geplaatste scholen');
        for (const s of overview.dataHealth.withoutWerkgebied.schools) expect(all).toContain(s.name);

        if (fs.existsSync('/usr/bin/pdftoppm')) {
          execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', file, path.join(ARTIFACTS, name)]);
          const pngs = fs
            .readdirSync(ARTIFACTS)
            .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
          expect(pngs).toHaveLength(pages.length);
        }
        results.push({
          scope: werkgebied ?? 'regio',
          ms: status.durationMs ?? -1,
          pages: pages.length,
          bytes: pdf.length,
        });
      }
      fs.writeFileSync(path.join(ARTIFACTS, 'generation.json'), `${JSON.stringify(results, null, 2)}\n`);
      console.log(`region report generation: ${JSON.stringify(results)} (${os.cpus().length} cores)`);
    });

    it('answers 404 for unknown jobs, 409 for an unfinished one, and one job per report at a time', async () => {
      expect((await fetch(`${app.url}/api/reports/jobs/nope`, { headers: staff })).status).toBe(404);
      const unknown = await fetch(`${app.url}/api/reports/jobs/00000000-0000-4000-8000-000000000000`, {
        headers: staff,
      });
      expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND', argument: 'id' });
      const [queued] = await app.dataSource.query<{ id: string }[]>(
        `INSERT INTO report_job (kind, status, progress, params) VALUES ('region', 'running', 50, $1) RETURNING id`,
        [JSON.stringify({ schoolYear: YEAR, werkgebied: null })],
      );
      const early = await fetch(`${app.url}/api/reports/jobs/${queued?.id}/report.pdf`, { headers: staff });
      expect(early.status).toBe(409);
      expect(await early.json()).toMatchObject({ code: 'CONFLICT' });
      const post = (werkgebied: string | null): Promise<Response> =>
        fetch(`${app.url}/api/reports/region`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...staff },
          body: JSON.stringify({ schoolYear: YEAR, werkgebied }),
        });
      // The same report while one is running: that job, not a second one.
      expect(((await (await post(null)).json()) as JobView).id).toBe(queued?.id);
      // A full queue is refused.
      await app.dataSource.query(
        `INSERT INTO report_job (kind, status, params)
         SELECT 'region', 'queued', json_build_object('schoolYear', $1::text, 'werkgebied', 'w' || i)::jsonb
         FROM generate_series(1, ${MAX_PENDING_REPORT_JOBS - 1}) AS i`,
        [YEAR],
      );
      const full = await post('laak');
      expect(full.status).toBe(429);
      expect(await full.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    });

    it('measures generation time of the region report (data + PDF, in process; recorded, not asserted)', async () => {
      const service = app.server.app.get(RegionReportService);
      const runs: number[] = [];
      let pages = 0;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        const pdf = await renderRegionReportPdf(await service.report({ schoolYear: YEAR, werkgebied: null }));
        runs.push(performance.now() - started);
        pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      }
      runs.sort((a, b) => a - b);
      const summary = {
        runs: runs.length,
        pages,
        p50Ms: Math.round(runs[2] ?? -1),
        maxMs: Math.round(runs[4] ?? -1),
      };
      fs.writeFileSync(
        path.join(ARTIFACTS, 'generation-bench.json'),
        `${JSON.stringify(summary, null, 2)}\n`,
      );
      console.log(`region report (205 schools) in process: ${JSON.stringify(summary)}`);
      expect(pages).toBeGreaterThan(2);
    });

    it('serves the print HTML publicly with the same gap sentences', async () => {
      const response = await fetch(`${app.url}/api/reports/region.html?schoolYear=${YEAR}&werkgebied=laak`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      fs.writeFileSync(path.join(ARTIFACTS, `region-laak-${YEAR}.html`), html);
      const report = await app.server.app
        .get(RegionReportService)
        .report({ schoolYear: YEAR, werkgebied: 'laak' });
      expect(html).toBe(renderRegionReportHtml({ ...report }));
      expect(html).toContain('@media print');
      expect(html).toContain(DEMO_NOTICE);
      const missing = await fetch(`${app.url}/api/reports/region.html`);
      expect(await missing.json()).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'schoolYear' });
    });
  });
});
