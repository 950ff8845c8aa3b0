import { graphqlData } from './graphql-request';
import { startTestApp, type TestApp } from './test-app';
import { MIGRATIONS } from '../src/database/migrations';

describe('health and funding parameters', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  });
  afterAll(() => app.close());

  it('reports the PostgreSQL server and the applied migrations', async () => {
    const data = await graphqlData<{ health: Record<string, unknown> }>(
      app.url,
      '{ health { status version databaseKind databaseVersion migrationCount } }',
    );
    expect(data.health).toEqual({
      status: 'ok',
      version: '0.1.0',
      databaseKind: 'postgres',
      databaseVersion: expect.stringMatching(/^1[5-9]\./) as unknown,
      migrationCount: MIGRATIONS.length,
    });
  });

  it('has the seeded werkgebieden and funding parameters 2021-2025', async () => {
    const data = await graphqlData<{ fundingParameters: { calendarYear: number; perPupil: number }[] }>(
      app.url,
      '{ fundingParameters { calendarYear basePerLocation perPupil note } }',
    );
    expect(data.fundingParameters.map((p) => p.calendarYear)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(data.fundingParameters[0]).toMatchObject({ basePerLocation: 7000, perPupil: 106 });
    const werkgebieden: unknown[] = await app.dataSource.query('SELECT code FROM werkgebied');
    expect(werkgebieden).toHaveLength(10);
  });

  it('seeds Basisschool Jeroen (the only non-demo school) with its published SOP 2023-2024', async () => {
    const data = await graphqlData<{ schools: { edges: { node: Record<string, unknown> }[] } }>(
      app.url,
      '{ schools(filter: { isDemo: false }) { edges { node { name postcode isDemo werkgebied { code } sops { schoolYear status fundingAmount } } } } }',
    );
    expect(data.schools.edges.map((e) => e.node)).toEqual([
      {
        name: 'Basisschool Jeroen',
        postcode: '2524 CK',
        isDemo: false,
        werkgebied: { code: 'laak' },
        sops: [{ schoolYear: '2023-2024', status: 'PUBLISHED', fundingAmount: 46130 }],
      },
    ]);
  });

  it('serves the Dutch fallback page for non-API paths while the dashboard is not built', async () => {
    const response = await fetch(`${app.url}/scholen/123`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<html lang="nl">');
  });
});
