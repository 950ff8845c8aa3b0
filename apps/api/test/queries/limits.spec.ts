import { graphql, graphqlData } from '../graphql-request';
import { startTestApp, type TestApp } from '../test-app';
import { MAX_ALIASES, MAX_COST, MAX_QUERY_DEPTH } from '../../src/common/graphql/validation-rules';

describe('query limits: depth, aliases, cost', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('refuses a query deeper than the limit with a clear message', async () => {
    // schools > edges > node > sops > school > sops > school > … : depth grows by 2 per round trip
    let inner = 'id';
    for (let i = 0; i < 5; i += 1) inner = `sops { school { ${inner} } }`;
    const result = await graphql(app.url, `{ schools(first: 1) { edges { node { ${inner} } } } }`);
    expect(result.errors?.[0]?.message).toContain(`maximaal ${MAX_QUERY_DEPTH}`);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'depth',
    });
  });

  it('refuses too many aliases', async () => {
    const fields = Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: health { status }`).join(' ');
    const result = await graphql(app.url, `{ ${fields} }`);
    expect(result.errors?.map((e) => e.extensions?.['limit'])).toContain('aliases');
  });

  it('refuses an expensive query and allows a 200-school page with nested fields', async () => {
    const nested = 'id name werkgebied { name } sops { schoolYear hgw { code status } expertise { code } }';
    // 13 fields × 200 per page ≈ 2,600 each: five pages exceed the limit, one does not
    const expensive = `{ ${['a', 'b', 'c', 'd', 'e']
      .map((alias) => `${alias}: schools(first: 200) { edges { node { ${nested} } } }`)
      .join(' ')} }`;
    const result = await graphql(app.url, expensive);
    expect(result.errors?.[0]?.message).toContain(`maximaal ${MAX_COST}`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ limit: 'cost' });
    await expect(
      graphqlData(app.url, `{ schools(first: 200) { edges { node { ${nested} } } } }`),
    ).resolves.toBeDefined();
  });
});
