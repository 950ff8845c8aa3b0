/**
 * "Soort school onzeker" on a real PostgreSQL (ADR 0008): two DUO pupil files that disagree on a school's kind leave
 * a conflict with both candidates (file, peildatum); the newest peildatum decides the stored kind, so importing last
 * year's file again does not turn it back; staff choose a kind (manual, audited), which resolves the conflict; a
 * later DUO file keeps staff's kind and opens a new conflict. The region overview's data health counts them.
 */
import { SchoolKindConflict1798250000000 } from '../../src/database/migrations/1798250000000-school-kind-conflict';
import { graphql } from '../graphql-request';
import { type DuoTestSchool, pupilsCsv } from '../region-day-one/duo-files';
import { startTestApp, type TestApp } from '../test-app';

const STAFF_TOKEN = 'kind-conflict-test-staff-token-0123';

const DEN_HAAG = { place: "'s-Gravenhage", gemeenteCode: '0518', gemeenteName: "'s-Gravenhage" };
const DUINEN: DuoTestSchool = {
  vestigingscode: '99KA00',
  name: 'De Duinen',
  street: 'Zorgvlietweg',
  houseNumber: '3',
  postcode: '2517 KA',
  ...DEN_HAAG,
  kind: 'SBO',
  pupils: 95,
};
const LAAK: DuoTestSchool = {
  vestigingscode: '99KB00',
  name: 'OBS De Laak',
  street: 'Laakweg',
  houseNumber: '10',
  postcode: '2524 CK',
  ...DEN_HAAG,
  kind: 'BAO',
  pupils: 210,
};

const FILE_2023 = pupilsCsv([DUINEN, LAAK], '20231001');
const FILE_2024 = pupilsCsv([{ ...DUINEN, kind: 'SO' }, LAAK], '20241001');
const FILE_2025 = pupilsCsv([{ ...DUINEN, kind: 'SO', pupils: 90 }, LAAK], '20251001');

interface Candidate {
  kind: string;
  source: string;
  fileName: string | null;
  fileKind: string | null;
  referenceDate: string | null;
  importedAt: string | null;
}
interface Conflict {
  schoolId: string;
  name: string;
  vestigingscode: string | null;
  kind: string;
  kindSource: string | null;
  candidates: Candidate[];
}

const CONFLICTS = `{ schoolKindConflicts { schoolId name vestigingscode kind kindSource openedAt
  candidates { kind source fileName fileKind referenceDate importedAt } } }`;
const SET_KIND = `mutation($id: ID!, $kind: SchoolKind!) { setSchoolKind(schoolId: $id, kind: $kind) { id kind } }`;
const OVERVIEW = `{ regionOverview(schoolYear: "2024-2025") { dataHealth {
  uncertainKind { count schools { name detail } } } } }`;

describe('data health: a school kind in doubt between DUO files', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
  });
  afterAll(() => app.close());

  const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphql<T>(app.url, query, variables, token);
  const upload = async (name: string, bytes: Buffer): Promise<string[]> => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(`${app.url}/api/uploads/duo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
      body: form,
    });
    expect(response.status).toBe(200);
    return ((await response.json()) as { warnings: string[] }).warnings;
  };
  const conflicts = async (): Promise<Conflict[]> => {
    const result = await gql<{ schoolKindConflicts: Conflict[] }>(CONFLICTS, {}, STAFF_TOKEN);
    expect(result.errors).toBeUndefined();
    return result.data?.schoolKindConflicts ?? [];
  };
  const kindOf = async (code: string): Promise<[string, string | null]> => {
    const [row] = await app.dataSource.query<{ kind: string; kind_source: string | null }[]>(
      `SELECT kind, kind_source FROM school WHERE vestigingscode = $1`,
      [code],
    );
    return [row?.kind ?? '', row?.kind_source ?? null];
  };
  const brief = (c: Candidate) => [c.kind, c.source, c.fileName, c.fileKind, c.referenceDate];

  it('files that agree leave nothing in doubt', async () => {
    expect(await upload('leerlingen-2023.csv', FILE_2023)).toEqual([]);
    expect(await kindOf('99KA00')).toEqual(['SBO', 'duo']);
    expect(await conflicts()).toEqual([]);
  });

  it('a newer pupil file that disagrees: its kind is stored and the conflict kept with both candidates', async () => {
    const warnings = await upload('leerlingen-2024.csv', FILE_2024);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^99KA00 \(De Duinen\): soort school verschilt tussen DUO-bestanden: eerder SBO, leerlingen-2024\.csv zegt SO .*SO overgenomen: nieuwer dan peildatum 2023-10-01/,
      ),
    ]);
    expect(await kindOf('99KA00')).toEqual(['SO', 'duo']);
    const [conflict, ...rest] = await conflicts();
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({
      name: 'De Duinen',
      vestigingscode: '99KA00',
      kind: 'SO',
      kindSource: 'duo',
    });
    expect(conflict?.candidates.map(brief)).toEqual([
      ['SBO', 'duo', 'leerlingen-2023.csv', 'pupils', '2023-10-01'],
      ['SO', 'duo', 'leerlingen-2024.csv', 'pupils', '2024-10-01'],
    ]);
    expect(conflict?.candidates.every((c) => c.importedAt !== null)).toBe(true);
  });

  it('last year’s file imported again does not turn the kind back, and adds no candidate', async () => {
    const warnings = await upload('leerlingen-2023.csv', FILE_2023);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^99KA00 \(De Duinen\): .*leerlingen-2023\.csv zegt SBO \(peildatum 2023-10-01\); SO behouden: leerlingen-2024\.csv heeft nieuwere gegevens/,
      ),
    ]);
    expect(await kindOf('99KA00')).toEqual(['SO', 'duo']);
    const [conflict] = await conflicts();
    expect(conflict?.candidates.map((c) => c.fileName)).toEqual([
      'leerlingen-2023.csv',
      'leerlingen-2024.csv',
    ]);
  });

  it('the region overview counts it (named for staff, a number for others); only staff see the list', async () => {
    const staff = await gql<{ regionOverview: { dataHealth: { uncertainKind: unknown } } }>(
      OVERVIEW,
      {},
      STAFF_TOKEN,
    );
    expect(staff.data?.regionOverview.dataHealth.uncertainKind).toEqual({
      count: 1,
      schools: [{ name: 'De Duinen', detail: 'SBO / SO' }],
    });
    const anonymous = await gql<{ regionOverview: { dataHealth: { uncertainKind: unknown } } }>(OVERVIEW);
    expect(anonymous.data?.regionOverview.dataHealth.uncertainKind).toEqual({ count: 1, schools: [] });
    expect((await gql(CONFLICTS)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('staff choose the kind: stored as manual, audited, the conflict resolved', async () => {
    const [conflict] = await conflicts();
    const id = conflict?.schoolId ?? '';
    expect((await gql(SET_KIND, { id, kind: 'SBO' })).errors?.[0]?.extensions?.['code']).toBe(
      'UNAUTHENTICATED',
    );
    expect(await kindOf('99KA00')).toEqual(['SO', 'duo']);

    const result = await gql<{ setSchoolKind: { id: string; kind: string } }>(
      SET_KIND,
      { id, kind: 'SBO' },
      STAFF_TOKEN,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setSchoolKind).toEqual({ id, kind: 'SBO' });
    expect(await kindOf('99KA00')).toEqual(['SBO', 'manual']);
    expect(await conflicts()).toEqual([]);

    const audit = await app.dataSource.query<
      { action: string; path: string; old_value: unknown; new_value: unknown; reason: string }[]
    >(`SELECT action, path, old_value, new_value, reason FROM audit_event WHERE school_id = $1`, [id]);
    expect(audit).toEqual([
      {
        action: 'school.kind-set',
        path: 'kind',
        old_value: { kind: 'SO', source: 'duo' },
        new_value: { kind: 'SBO', source: 'manual' },
        reason: expect.stringContaining('SBO (leerlingen-2023.csv), SO (leerlingen-2024.csv)') as unknown,
      },
    ]);
    const [resolved] = await app.dataSource.query<{ resolved_kind: string }[]>(
      `SELECT resolved_kind FROM school_kind_conflict WHERE school_id = $1`,
      [id],
    );
    expect(resolved?.resolved_kind).toBe('SBO');
  });

  it('a later DUO file keeps staff’s kind and reports the disagreement as a new conflict', async () => {
    const warnings = await upload('leerlingen-2025.csv', FILE_2025);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^99KA00 \(De Duinen\): leerlingen-2025\.csv zegt soort SO, handmatig ingesteld is SBO; SBO behouden/,
      ),
    ]);
    expect(await kindOf('99KA00')).toEqual(['SBO', 'manual']);
    const [conflict, ...rest] = await conflicts();
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'SBO', kindSource: 'manual' });
    expect(conflict?.candidates.map(brief)).toEqual([
      ['SBO', 'manual', null, null, null],
      ['SO', 'duo', 'leerlingen-2025.csv', 'pupils', '2025-10-01'],
    ]);
    // A file agreeing with staff says nothing; it joins the open conflict as one more candidate for SBO.
    expect(await upload('leerlingen-2023.csv', FILE_2023)).toEqual([]);
    expect((await conflicts())[0]?.candidates).toHaveLength(3);
  });

  it('the migration goes down and up again', async () => {
    const runner = app.dataSource.createQueryRunner();
    try {
      const migration = new SchoolKindConflict1798250000000();
      await migration.down(runner);
      const gone = (await runner.query(
        `SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('school_kind_conflict', 'school_kind_evidence')`,
      )) as { n: number }[];
      expect(gone[0]?.n).toBe(0);
      await migration.up(runner);
      expect(await conflicts()).toEqual([]);
    } finally {
      await runner.release();
    }
  });
});
