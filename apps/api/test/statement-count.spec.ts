import { createPupilCount, createSchools, createSop, sopDocument } from './factories';
import { graphqlData } from './graphql-request';
import { SqlCounter } from './sql-counter';
import { startTestApp, type TestApp } from './test-app';

const LIST = `query ($first: Int) { schools(first: $first) { edges { node {
  werkgebied { name } latestPupilCount { total } pupilCount sops { schoolYear }
} } } }`;

describe('schools list: SQL statements do not grow with the list', () => {
  const counter = new SqlCounter();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ sqlLogger: counter });
    const ids = await createSchools(app.dataSource, 200);
    for (const id of ids.slice(0, 20)) {
      await createPupilCount(app.dataSource, id, '2023-10-01', 200);
      await createSop(app.dataSource, id, sopDocument('2023-2024'));
    }
  });
  afterAll(() => app.close());

  async function statementsFor(first: number): Promise<number> {
    counter.reset();
    const data = await graphqlData<{ schools: { edges: unknown[] } }>(app.url, LIST, { first });
    expect(data.schools.edges).toHaveLength(first);
    return counter.count;
  }

  it('issues the same small number of statements for 2 and for 200 schools', async () => {
    const few = await statementsFor(2);
    const many = await statementsFor(200);
    // count + page + one batch each for werkgebied, latest pupil count and SOPs
    expect(few).toBe(5);
    expect(many).toBe(few);
  });

  it('School.staleSop (the search list\'s "verouderd" tag) is one batched statement for 2 and for 200 schools', async () => {
    const STALE = `query ($first: Int) { schools(first: $first) { edges { node { staleSop { schoolYear } } } } }`;
    const run = async (first: number): Promise<number> => {
      counter.reset();
      const data = await graphqlData<{ schools: { edges: unknown[] } }>(app.url, STALE, { first });
      expect(data.schools.edges).toHaveLength(first);
      return counter.count;
    };
    const few = await run(2);
    // count + page + one batch for staleSop
    expect(few).toBe(3);
    expect(await run(200)).toBe(few);
  });

  it('find with filters, sort and nested relations stays at the same count for 2 and 200 schools', async () => {
    const FIND = `query ($first: Int) { schools(first: $first, filter: { kinds: [BAO], pupils: { max: 100000 } },
      sort: { field: PUPILS, direction: DESC }) { totalCount edges { distanceKm node {
        werkgebied { name } pupilCount sops { schoolYear hgw { code } expertise { code } facilities { code } }
        sop { schoolYear warnings { code } } history { code values { value } }
      } } } }`;
    const run = async (first: number): Promise<number> => {
      counter.reset();
      const data = await graphqlData<{ schools: { edges: unknown[] } }>(app.url, FIND, { first });
      expect(data.schools.edges).toHaveLength(Math.min(first, 20));
      return counter.count;
    };
    const few = await run(2);
    // search + school rows + werkgebied + latest pupil count + SOPs (also for sop) + hgw + expertise + facilities
    // + warnings + history
    expect(few).toBe(10);
    expect(await run(200)).toBe(few);
  });
});
