import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphqlData } from '../graphql-request';
import { spawnServer, stopServer, waitUntilListening, type ServerProcess } from '../server-process';
import { startTestApp, type TestApp } from '../test-app';

// Names and figures only (ids differ between databases).
const FIND = `{ schools(first: 50, near: { postcode: "2524 CK", radiusKm: 3 }, filter: {
  isDemo: true, expertise: { codes: ["autisme"] }, facilities: ["time-out-ruimte"], text: "school" }) {
  totalCount edges { distanceKm node { name } } } }`;
const OVERVIEW = `{ regionOverview(schoolYear: "2023-2024", minimumSchools: 2) { schools schoolsWithSop
  items { code region { withItem share pupils } gaps { werkgebiedCode } pupilsInGaps }
  funding { overall { schools min q1 median q3 max outliers { name } } bySize { group schools median } }
  dataHealth { withoutPublishedSop { count } staleSops { count } unresolvedWarnings { count } awaitingReview { count } }
  trends { code points { schoolYear withItem } } } }`;
const FIRST_TWO = `{ schools(first: 2, filter: { isDemo: true }) { edges { node { id } } } }`;
const COMPARE_AND_DETAIL = `query ($ids: [ID!]!, $id: ID!) {
  compareSchools(ids: $ids, schoolYear: "2023-2024") { schools { school { name } } rows { code differs regionShare } }
  school(id: $id) { name sop(schoolYear: "2022-2023") { schoolYear } history { code values { schoolYear value } } } }`;

async function answers(url: string): Promise<unknown[]> {
  const ids = (
    await graphqlData<{ schools: { edges: { node: { id: string } }[] } }>(url, FIRST_TWO)
  ).schools.edges.map((e) => e.node.id);
  return [
    await graphqlData(url, FIND),
    await graphqlData(url, OVERVIEW),
    await graphqlData(url, COMPARE_AND_DETAIL, { ids, id: ids[0] }),
  ];
}

describe("find, compare, detail and overview: npm start's embedded server answers as the test database", () => {
  let dataDir: string;
  let embedded: ServerProcess;
  let postgres: TestApp;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-atlas-queries-'));
    // The production build on a new data folder: its own PostgreSQL server from npm, migrated and seeded at start.
    embedded = spawnServer({ DATA_DIR: dataDir, PORT: '0', SOP_ATLAS_DEMO: '1' });
    // The same seed as the embedded server's first start (Jeroen, with its committed point, and the demo region):
    // a search around 2524 CK starts from the centre of the schools there, Jeroen included.
    postgres = await startTestApp({ seed: true });
  });
  afterAll(async () => {
    await stopServer(embedded);
    await postgres.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers identically', async () => {
    const url = await waitUntilListening(embedded);
    const onEmbedded = await answers(url);
    const onPostgres = await answers(postgres.url);
    expect((onEmbedded[0] as { schools: { totalCount: number } }).schools.totalCount).toBeGreaterThan(0);
    expect(onEmbedded).toEqual(onPostgres);
  });
});
