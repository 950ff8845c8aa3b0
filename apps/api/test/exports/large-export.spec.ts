import ExcelJS from 'exceljs';
import { createSchools } from '../factories';
import { startTestApp, type TestApp } from '../test-app';

/** More than the 5,000 rows the search export used to stop at without a word. */
const SCHOOLS = 5_250;

describe('search exports stream every row (no silent cap)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await createSchools(app.dataSource, SCHOOLS, 'Exportschool');
  });
  afterAll(() => app.close());

  it(`schools.csv holds all ${SCHOOLS} schools, once each`, async () => {
    const response = await fetch(`${app.url}/api/exports/schools.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '');
    expect(lines[0]).toMatch(/^School;/);
    const names = lines.slice(1).map((line) => line.split(';')[0]);
    expect(names).toHaveLength(SCHOOLS);
    expect(new Set(names).size).toBe(SCHOOLS);
  });

  it(`schools.xlsx holds all ${SCHOOLS} schools`, async () => {
    const response = await fetch(`${app.url}/api/exports/schools.xlsx`);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('scholen');
    expect(sheet?.getRow(1).getCell(1).value).toBe('School');
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.actualRowCount).toBe(SCHOOLS + 1);
  });

  it('a bad filter is still a 400 (checked before the first byte)', async () => {
    const response = await fetch(
      `${app.url}/api/exports/schools.csv?filter=${encodeURIComponent('{"kind":"XYZ"}')}`,
    );
    expect(response.status).toBe(400);
  });
});
