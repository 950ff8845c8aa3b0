import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { spawnServer, stopServer, waitUntilListening, type ServerProcess } from '../server-process';

const STAFF_TOKEN = 'embedded-reports-staff-token-0123';
const YEAR = '2023-2024';

interface JobView {
  id: string;
  status: string;
  progress: number;
  pdfUrl: string | null;
  error: string | null;
}

/** The built server on the embedded default database: open data, exports and a report job. */
describe('reports, exports and open data on the embedded database', () => {
  let dataDir: string;
  let server: ServerProcess;
  let url: string;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-embedded-reports-'));
    server = spawnServer({ DATA_DIR: dataDir, PORT: '0', SOP_ATLAS_DEMO: '1', STAFF_TOKEN });
    url = await waitUntilListening(server, 150_000); // the first start creates the cluster (initdb)
  }, 180_000);
  afterAll(async () => {
    await stopServer(server);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('streams the open-data zip with an index that lists every file', async () => {
    const response = await fetch(`${url}/api/open-data/sops.zip`);
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const index = JSON.parse(strFromU8(files['index.json'] ?? new Uint8Array())) as {
      count: number;
      sops: { path: string }[];
    };
    expect(Object.keys(files).sort()).toEqual(
      ['index.json', 'sop.schema.json', ...index.sops.map((s) => s.path)].sort(),
    );
  });

  it('serves the funding XLSX and the print HTML', async () => {
    const xlsx = await fetch(`${url}/api/exports/funding.xlsx?calendarYear=2023`);
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    const html = await fetch(`${url}/api/reports/region.html?schoolYear=${YEAR}`);
    expect(html.status).toBe(200);
    expect(await html.text()).toContain('Dekkend aanbod regio SPPOH');
  });

  it('runs a report job to a PDF', async () => {
    const headers = { authorization: `Bearer ${STAFF_TOKEN}`, 'content-type': 'application/json' };
    const started = await fetch(`${url}/api/reports/region`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ schoolYear: YEAR }),
    });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as JobView;
    let job: JobView | null = null;
    for (let attempt = 0; attempt < 600; attempt++) {
      job = (await (await fetch(`${url}/api/reports/jobs/${id}`, { headers })).json()) as JobView;
      if (job.status === 'done' || job.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(job).toMatchObject({ status: 'done', progress: 100, error: null });
    const pdf = await fetch(`${url}${job?.pdfUrl ?? ''}`, { headers });
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });
});
