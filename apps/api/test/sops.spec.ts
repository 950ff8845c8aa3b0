import { classifyExpertise } from '@sop-atlas/sop-model';
import { SopEntity } from '../src/sops/sop.entity';
import { jeroenSopDocument } from '../src/seed/jeroen.fixture';
import { createSchool, createSop, createSourceDocument, sopDocument } from './factories';
import { graphql, graphqlData } from './graphql-request';
import { startTestApp, type TestApp } from './test-app';

describe('SopWriter and the sop query', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  async function count(table: string, sopId: string): Promise<number> {
    const rows: { n: string }[] = await app.dataSource.query(
      `SELECT count(*) AS n FROM ${table} WHERE sop_id = $1`,
      [sopId],
    );
    return Number(rows[0]?.n);
  }

  it('stores a document that reads back unchanged, with every row table and warning filled', async () => {
    const school = await createSchool(app.dataSource);
    const document = jeroenSopDocument();
    const saved = await createSop(app.dataSource, school.id, document);

    const stored = await app.dataSource
      .getRepository(SopEntity)
      .createQueryBuilder('sop')
      .addSelect('sop.document')
      .where('sop.id = :id', { id: saved.id })
      .getOneOrFail();
    expect(stored.document).toEqual(document);
    expect(stored).toMatchObject({
      schoolYear: '2023-2024',
      status: 'published',
      version: 1,
      fundingAmount: 46130,
      fundingYear: 2023,
      template: 'haaglanden-model-sop-2021-2025',
      limits: document.limits,
    });
    expect(stored.publishedAt).toBeInstanceOf(Date);

    expect(await count('sop_hgw', saved.id)).toBe(7);
    expect(await count('sop_expertise', saved.id)).toBe(12);
    expect(await count('sop_partner', saved.id)).toBe(11);
    expect(await count('sop_facility', saved.id)).toBe(9);
    expect(await count('sop_extra_offer', saved.id)).toBe(4);
    expect(await count('sop_warning', saved.id)).toBe(2);

    const expertise: { code: string; availability_kind: string }[] = await app.dataSource.query(
      `SELECT code, availability_kind FROM sop_expertise WHERE sop_id = $1 ORDER BY position`,
      [saved.id],
    );
    expect(expertise.map((r) => r.availability_kind)).toEqual(
      document.expertise.map((r) => classifyExpertise(r.available, r.availability)),
    );
    expect(expertise.find((r) => r.code === 'autisme')?.availability_kind).toBe('ingekocht');

    const partners: { code: string; frequency_rank: number | null; candidates: string[] }[] =
      await app.dataSource.query(
        `SELECT code, frequency_rank, candidates FROM sop_partner WHERE sop_id = $1 ORDER BY position`,
        [saved.id],
      );
    expect(partners.find((r) => r.code === 'adviseur-passend-onderwijs')?.frequency_rank).toBe(3);
    expect(partners.find((r) => r.code === 'fysiotherapie')).toEqual({
      code: 'fysiotherapie',
      frequency_rank: null,
      candidates: ['structureel', 'regelmatig'],
    });

    const found: unknown[] = await app.dataSource.query(
      `SELECT id FROM sop WHERE search @@ to_tsquery('dutch', 'veiligheid & leerkrachten')`,
    );
    expect(found).toEqual([{ id: saved.id }]);
  });

  it('refuses an invalid document and leaves nothing behind', async () => {
    const school = await createSchool(app.dataSource);
    const invalid = sopDocument('2023-2024', {
      partners: [{ code: 'cjg', label: 'CJG', frequency: 'regelmatig', candidates: ['regelmatig'] }],
    });
    await expect(createSop(app.dataSource, school.id, invalid)).rejects.toThrow('partners[0].candidates');
    expect(await app.dataSource.getRepository(SopEntity).countBy({ schoolId: school.id })).toBe(0);
  });

  it('publishing a new version archives the previous published SOP of that year', async () => {
    const school = await createSchool(app.dataSource);
    const first = await createSop(app.dataSource, school.id, sopDocument('2023-2024', { vision: 'eerste' }));
    const second = await createSop(app.dataSource, school.id, sopDocument('2023-2024', { vision: 'tweede' }));
    const rows = await app.dataSource.getRepository(SopEntity).find({
      where: { schoolId: school.id },
      order: { version: 'ASC' },
    });
    expect(rows.map((r) => [r.id, r.version, r.status])).toEqual([
      [first.id, 1, 'archived'],
      [second.id, 2, 'published'],
    ]);
  });

  it('answers sop(schoolId, schoolYear) with rows, warnings, provenance and the source document link', async () => {
    const school = await createSchool(app.dataSource, { name: 'Jeroen-kopie' });
    const source = await createSourceDocument(app.dataSource, 'De originele tekst');
    await createSop(app.dataSource, school.id, jeroenSopDocument(), 'published', source.id);
    await createSop(app.dataSource, school.id, sopDocument('2021-2022'));
    const data = await graphqlData<{ sop: Record<string, unknown> & { sourceDocument: { url: string } } }>(
      app.url,
      `query ($schoolId: ID!, $year: String) { sop(schoolId: $schoolId, schoolYear: $year) {
        schoolYear status fundingAmount fundingYear school { name }
        hgw { code status } expertise { code available availabilityKind }
        partners { code frequency candidates } facilities { code status }
        extraOffers { offer period isHint } warnings { path code candidates }
        provenance { path source section excerpt }
        sourceDocument { fileName mediaType byteSize url }
      } }`,
      { schoolId: school.id, year: '2023-2024' },
    );
    const sop = data.sop;
    expect(sop).toMatchObject({
      schoolYear: '2023-2024',
      status: 'PUBLISHED',
      fundingAmount: 46130,
      fundingYear: 2023,
      school: { name: 'Jeroen-kopie' },
      warnings: [
        { path: 'partners[9].frequency', code: 'ambiguous-cell', candidates: ['structureel', 'regelmatig'] },
        { path: 'partners[10].frequency', code: 'ambiguous-cell', candidates: ['structureel', 'regelmatig'] },
      ],
      sourceDocument: { fileName: 'sop jeroen.txt', mediaType: 'text/plain; charset=utf-8', byteSize: 18 },
    });
    expect(sop['hgw']).toHaveLength(7);
    expect(sop['facilities']).toContainEqual({ code: 'lift', status: 'aanwezig' });
    expect(sop['extraOffers']).toContainEqual({ offer: 'KIES training', period: null, isHint: true });
    expect(sop['provenance']).toContainEqual(
      expect.objectContaining({ path: 'funding.amount', section: '5 Financiën basisondersteuning' }),
    );

    const download = await fetch(`${app.url}${sop.sourceDocument.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await download.text()).toBe('De originele tekst');
    const missing = await fetch(`${app.url}/api/documents/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);

    const latest = await graphqlData<{ sop: { schoolYear: string } }>(
      app.url,
      `query ($schoolId: ID!) { sop(schoolId: $schoolId) { schoolYear } }`,
      { schoolId: school.id },
    );
    expect(latest.sop.schoolYear).toBe('2023-2024');
  });

  it.each([
    ['an unknown school', '00000000-0000-4000-8000-000000000000', null, 'schoolId'],
    ['a year without SOP', 'school', '2019-2020', 'schoolYear'],
  ])('answers NOT_FOUND for %s', async (_case, schoolId, schoolYear, argument) => {
    const school = await createSchool(app.dataSource);
    const result = await graphql(
      app.url,
      `
        query ($s: ID!, $y: String) {
          sop(schoolId: $s, schoolYear: $y) {
            id
          }
        }
      `,
      {
        s: schoolId === 'school' ? school.id : schoolId,
        y: schoolYear,
      },
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument });
    expect(result.errors?.[0]?.path).toEqual(['sop']);
  });
});
