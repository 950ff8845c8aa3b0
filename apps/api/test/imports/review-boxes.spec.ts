/**
 * The review API gives each warning of a PDF the place on the page: page, the box of the row in doubt and the cell
 * of each candidate (from the value's provenance), and the original PDF is served to staff only while it is a draft.
 */
import { shutdownImportWorkers } from '@sop-atlas/sop-import';
import { renderSop } from '../region-day-one/sop-documents';
import { createSchool } from '../factories';
import { startTestApp, type TestApp } from '../test-app';
import { STAFF_TOKEN } from './real-sop';
import { staffData, uploadSop } from './staff-requests';

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

describe('review warnings of a PDF carry the page and the boxes of the cell in doubt', () => {
  let app: TestApp;
  beforeAll(async () => {
    // A generous parse limit: the reading, not the machine's load, is under test here.
    app = await startTestApp({ env: { STAFF_TOKEN, IMPORT_TIMEOUT_MS: '120000' } });
  });
  afterAll(async () => {
    shutdownImportWorkers();
    await app.close();
  });

  it('a partner row marked twice: the row box holds both candidate cells, side by side; the PDF for staff only', async () => {
    await createSchool(app.dataSource, {
      name: 'Basisschool De Twijfel',
      street: 'Twijfelstraat',
      houseNumber: '3',
      postcode: '2513 AA',
    });
    const pdf = await renderSop(
      {
        name: 'Basisschool De Twijfel',
        addressLine: 'Twijfelstraat 3, 2513 AA Den Haag',
        clean: true,
        markTwice: 'Fysiotherapie',
      },
      'pdf',
    );
    const { status, body } = await uploadSop(app.url, [{ name: 'twijfel.pdf', bytes: pdf }]);
    expect({ status, message: body.message }).toEqual({ status: 200, message: undefined });
    const [result] = body.results;
    expect(result?.status).toBe('imported');
    const data = await staffData<{
      sopReview: {
        sop: { sourceDocument: { url: string; mediaType: string } };
        warnings: {
          path: string;
          code: string;
          candidates: string[];
          page: number | null;
          box: Box | null;
          cells: { value: string; box: Box }[];
        }[];
      };
    }>(
      app.url,
      `query($id: ID!) { sopReview(sopId: $id) { sop { sourceDocument { url mediaType } }
         warnings { path code candidates page box { x1 y1 x2 y2 } cells { value box { x1 y1 x2 y2 } } } } }`,
      { id: result?.sopId },
    );
    const warning = data.sopReview.warnings.find((w) => w.code === 'multiple-marks');
    expect(warning?.path).toMatch(/^partners\[\d+\]\.frequency$/);
    expect(warning?.page).toBeGreaterThanOrEqual(1);
    const row = warning?.box;
    if (!row || !warning) throw new Error('geen rij');
    // A cell per value of the scale, left to right inside the row, none overlapping.
    expect(warning.cells.map((c) => c.value)).toEqual([
      'structureel',
      'regelmatig',
      'incidenteel',
      'niet-van-toepassing',
    ]);
    warning.cells.forEach((c, k) => {
      expect(c.box.x1).toBeGreaterThanOrEqual(row.x1 - 0.01);
      expect(c.box.x2).toBeLessThanOrEqual(row.x2 + 0.01);
      expect(c.box.y1).toBeCloseTo(row.y1, 2);
      expect(c.box.y2).toBeCloseTo(row.y2, 2);
      const next = warning.cells[k + 1];
      if (next) expect(next.box.x1).toBeGreaterThanOrEqual(c.box.x2 - 0.01);
    });
    expect(warning.candidates).toHaveLength(2);

    // The stored original: staff get the PDF bytes of the draft, anonymous callers the same 404 as an unknown id.
    const { url, mediaType } = data.sopReview.sop.sourceDocument;
    expect(mediaType).toBe('application/pdf');
    const staff = await fetch(`${app.url}${url}`, { headers: { authorization: `Bearer ${STAFF_TOKEN}` } });
    expect(staff.status).toBe(200);
    expect(Buffer.from(await staff.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    const anonymous = await fetch(`${app.url}${url}`);
    expect(anonymous.status).toBe(404);
    // Rendering and reading a PDF in an import worker takes its time on a busy machine.
  }, 240_000);
});
