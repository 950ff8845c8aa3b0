import { graphqlData } from '../graphql-request';
import { startTestApp, type TestApp } from '../test-app';

describe('the real school on a fresh start: Basisschool Jeroen (2524 CK) placed, in a werkgebied, found nearby', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  });
  afterAll(() => app.close());

  it('has coordinates and its (estimated) werkgebied Laak, is found within 1 km of 2524 CK and counted by the overview', async () => {
    const found = await graphqlData<{
      schools: {
        edges: {
          distanceKm: number | null;
          node: {
            name: string;
            werkgebiedCode: string | null;
            werkgebiedSource: string | null;
            latitude: number | null;
            locationSource: string | null;
            locationApproximate: boolean;
          };
        }[];
      };
    }>(
      app.url,
      `{ schools(first: 50, filter: { isDemo: false }, near: { postcode: "2524 CK", radiusKm: 1 }) {
          edges { distanceKm node { name werkgebiedCode werkgebiedSource latitude locationSource locationApproximate } } } }`,
    );
    const jeroen = found.schools.edges.find((e) => e.node.name === 'Basisschool Jeroen');
    expect(jeroen?.node).toMatchObject({ werkgebiedCode: 'laak', werkgebiedSource: 'geschat' });
    expect(jeroen?.node.latitude).toBeCloseTo(52.066, 2);
    // The committed point is an estimate written down offline, not PDOK's: "locatie bij benadering".
    expect(jeroen?.node).toMatchObject({ locationSource: 'GESCHAT', locationApproximate: true });
    expect(jeroen?.distanceKm).toBeLessThan(1);

    const overview = await graphqlData<{
      regionOverview: { schoolsLeftOut: number; dataHealth: { withoutWerkgebied: { count: number } } };
    }>(
      app.url,
      `{ regionOverview(schoolYear: "2023-2024") { schoolsLeftOut dataHealth { withoutWerkgebied { count } } } }`,
    );
    expect(overview.regionOverview).toEqual({
      schoolsLeftOut: 0,
      dataHealth: { withoutWerkgebied: { count: 0 } },
    });
  });
});
