import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { createSchool } from '../factories';
import { graphqlData, type GraphqlResponse } from '../graphql-request';
import { startTestApp, type TestApp } from '../test-app';
import { type DuoTestSchool, pupilsCsv, registerCsv } from './duo-files';
import { type FakePdok, startFakePdok } from './fake-pdok';

const STAFF_TOKEN = 'places-and-kinds-staff-token-0123456';
const DEN_HAAG = { place: "'s-Gravenhage", gemeenteCode: '0518', gemeenteName: "'s-Gravenhage" };
const SCHOOLS: DuoTestSchool[] = [
  {
    vestigingscode: '99AA00',
    name: 'OBS De Laak',
    street: 'Laakweg',
    houseNumber: '10',
    postcode: '2524 CK',
    ...DEN_HAAG,
    kind: 'BAO',
    pupils: 210,
  },
  {
    vestigingscode: '99AB00',
    name: 'De Duinen',
    street: 'Zorgvlietweg',
    houseNumber: '3',
    postcode: '2517KA',
    ...DEN_HAAG,
    kind: 'SBO',
    pupils: 95,
  },
  {
    vestigingscode: '99AC00',
    name: 'De Regenboog',
    street: 'Kerklaan',
    houseNumber: '7',
    postcode: '2282 AB',
    place: 'Rijswijk',
    gemeenteCode: '0603',
    gemeenteName: 'Rijswijk',
    kind: 'SO',
    pupils: 80,
  },
  {
    vestigingscode: '99AD00',
    name: 'Het Verstopte Hoekje',
    street: 'Nergensweg',
    houseNumber: '1',
    postcode: '2519 ZZ',
    ...DEN_HAAG,
    kind: 'BAO',
    pupils: 150,
  },
];

interface Row {
  vestigingscode: string | null;
  name: string;
  kind: string;
  kind_source: string | null;
  werkgebied_code: string | null;
  werkgebied_source: string | null;
  latitude: number | null;
}

describe('a region on day one: kinds from DUO, werkgebied and coordinates from the address (PDOK answers over HTTP)', () => {
  let app: TestApp;
  let pdok: FakePdok;
  let dir: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
    pdok = await startFakePdok([
      {
        postcode: '2524CK',
        houseNumber: '10',
        street: 'Laakweg',
        place: "'s-Gravenhage",
        gemeentecode: '0518',
        wijknaam: 'Wijk 38 Laakkwartier en Spoorwijk',
        lat: 52.0661,
        lon: 4.3258,
      },
      {
        postcode: '2517KA',
        houseNumber: '3',
        street: 'Zorgvlietweg',
        place: "'s-Gravenhage",
        gemeentecode: '0518',
        wijknaam: 'Wijk 12 Zorgvliet',
        lat: 52.0921,
        lon: 4.2954,
      },
      {
        postcode: '2282AB',
        houseNumber: '7',
        street: 'Kerklaan',
        place: 'Rijswijk',
        gemeentecode: '0603',
        wijknaam: 'Wijk 01 Oud Rijswijk',
        lat: 52.0361,
        lon: 4.3222,
      },
    ]);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'region-day-one-'));
    process.env['DATABASE_URL'] = app.database.url;
    process.env['GEOCODER'] = 'pdok';
    process.env['PDOK_LOCATIESERVER_URL'] = pdok.url;
  });
  afterAll(async () => {
    for (const key of ['DATABASE_URL', 'GEOCODER', 'PDOK_LOCATIESERVER_URL']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    fs.rmSync(dir, { recursive: true, force: true });
    await pdok.close();
    await app.close();
  });

  const run = async (args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const out = { stdout: '', stderr: '' };
    const code = await main(args, {
      stdout: (t) => void (out.stdout += t),
      stderr: (t) => void (out.stderr += t),
    });
    return { code, ...out };
  };
  const file = (name: string, bytes: Buffer): string => {
    const full = path.join(dir, name);
    fs.writeFileSync(full, bytes);
    return full;
  };
  const rows = (): Promise<Row[]> =>
    app.dataSource.query<Row[]>(
      `SELECT vestigingscode, name, kind, kind_source, werkgebied_code, werkgebied_source, latitude
       FROM school ORDER BY vestigingscode NULLS LAST, name`,
    );

  let manualId = '';

  it('the register places each school: wijk from PDOK mapped to its stadsdeel, gemeente for Rijswijk, an estimate where PDOK finds nothing', async () => {
    manualId = (
      await createSchool(app.dataSource, {
        name: 'Handmatig ingedeeld',
        postcode: '2524 CK',
        street: 'Laakweg',
        houseNumber: '10',
        werkgebiedCode: 'escamp',
        werkgebiedSource: 'manual',
      })
    ).id;
    const result = await run(['duo', file('register.csv', registerCsv(SCHOOLS))]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /ligging via PDOK: 4 van 5 geplaatst, 3 werkgebied\(en\) uit wijk of gemeente; niet gevonden: 1/,
    );
    const byCode = new Map((await rows()).map((r) => [r.vestigingscode ?? r.name, r]));
    expect(byCode.get('99AA00')).toMatchObject({
      werkgebied_code: 'laak',
      werkgebied_source: 'pdok',
      latitude: 52.0661,
    });
    // 2517 straddles centrum and scheveningen: the wijk decides.
    expect(byCode.get('99AB00')).toMatchObject({
      werkgebied_code: 'scheveningen',
      werkgebied_source: 'pdok',
    });
    expect(byCode.get('99AC00')).toMatchObject({
      werkgebied_code: 'rijswijk',
      werkgebied_source: 'gemeente',
    });
    // Not found by PDOK, PC4 2519 not in the table: the nearest PC4's werkgebied, marked as an estimate.
    expect(byCode.get('99AD00')).toMatchObject({
      werkgebied_code: 'centrum',
      werkgebied_source: 'geschat',
      latitude: null,
    });
    // Staff's choice stays (its coordinates are filled in, its werkgebied not).
    expect(byCode.get('Handmatig ingedeeld')).toMatchObject({
      werkgebied_code: 'escamp',
      werkgebied_source: 'manual',
      latitude: 52.0661,
    });
    // The register has no SOORT PO: the kind is read from the name until a pupil file says it.
    expect(byCode.get('99AB00')).toMatchObject({ kind: 'BAO', kind_source: 'naam' });
  });

  it('the pupil file sets BAO / SBO / SO from SOORT_PO; a later file that disagrees is reported, not silent', async () => {
    expect((await run(['duo', file('leerlingen-2024.csv', pupilsCsv(SCHOOLS))])).code).toBe(0);
    const kinds = Object.fromEntries(
      (await rows()).map((r) => [r.vestigingscode ?? r.name, [r.kind, r.kind_source]]),
    );
    expect(kinds).toMatchObject({
      '99AA00': ['BAO', 'duo'],
      '99AB00': ['SBO', 'duo'],
      '99AC00': ['SO', 'duo'],
      '99AD00': ['BAO', 'duo'],
    });
    const changed = SCHOOLS.map((s) => (s.vestigingscode === '99AB00' ? { ...s, kind: 'BAO' as const } : s));
    const later = await run(['duo', file('leerlingen-2025.csv', pupilsCsv(changed, '20251001'))]);
    expect(later.code).toBe(0);
    const report = JSON.parse(later.stdout) as { warnings: string[] };
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^99AB00 \(De Duinen\): soort school verschilt tussen DUO-bestanden: eerder SBO, leerlingen-2025\.csv zegt BAO/,
      ),
    ]);
    // Back to what DUO said first, for the checks below.
    const back = await run(['duo', file('leerlingen-2024b.csv', pupilsCsv(SCHOOLS, '20251001'))]);
    expect(back.code).toBe(0);
    expect((await rows()).find((r) => r.vestigingscode === '99AB00')?.kind).toBe('SBO');
  });

  it('schools filter on kind, and the overview says which schools it leaves out and why', async () => {
    await createSchool(app.dataSource, {
      name: 'Zonder adres',
      postcode: null,
      werkgebiedCode: null,
      werkgebiedSource: null,
    });
    const sbo = await graphqlData<{ schools: { edges: { node: { name: string; kind: string } }[] } }>(
      app.url,
      `{ schools(first: 50, filter: { kinds: [SBO] }) { edges { node { name kind } } } }`,
    );
    expect(sbo.schools.edges.map((e) => e.node)).toEqual([{ name: 'DE DUINEN', kind: 'SBO' }]);
    const data = await graphqlData<{
      regionOverview: {
        schools: number;
        schoolsLeftOut: number;
        dataHealth: Record<string, { count: number; schools: { name: string; detail: string | null }[] }>;
      };
    }>(
      app.url,
      `{ regionOverview(schoolYear: "2024-2025") { schools schoolsLeftOut dataHealth {
          withoutWerkgebied { count schools { name detail } }
          withoutCoordinates { count schools { name detail } }
          estimatedWerkgebied { count schools { name detail } } } } }`,
    );
    const overview = data.regionOverview;
    expect(overview.schools).toBe(5);
    expect(overview.schoolsLeftOut).toBe(1);
    expect(overview.dataHealth['withoutWerkgebied']?.schools).toEqual([
      { name: 'Zonder adres', detail: 'geen postcode' },
    ]);
    expect(overview.dataHealth['withoutCoordinates']?.schools.map((s) => s.name)).toEqual([
      'HET VERSTOPTE HOEKJE',
    ]);
    expect(overview.dataHealth['estimatedWerkgebied']?.schools.map((s) => s.name)).toEqual([
      'HET VERSTOPTE HOEKJE',
    ]);
    expect(manualId).not.toBe('');
  });

  it('an estimated point is approximate; after staff drop a pin it is not, and placing again by address leaves the pin', async () => {
    const laakweg = { street: 'Laakweg', houseNumber: '10', postcode: '2524 CK', werkgebiedCode: 'laak' };
    const estimate = { latitude: 52.0655, longitude: 4.327, locationSource: 'geschat' as const };
    const pinned = await createSchool(app.dataSource, {
      name: 'Speld van het SWV',
      ...laakweg,
      werkgebiedSource: 'geschat',
      ...estimate,
    });
    const other = await createSchool(app.dataSource, {
      name: 'Nog geschat',
      ...laakweg,
      werkgebiedSource: 'manual',
      ...estimate,
    });
    const PLACE = `query($id: ID!) { school(id: $id) { latitude longitude locationSource locationApproximate werkgebiedSource } }`;
    const place = async (id: string) =>
      (await graphqlData<{ school: Record<string, unknown> }>(app.url, PLACE, { id })).school;
    expect(await place(pinned.id)).toMatchObject({ locationSource: 'GESCHAT', locationApproximate: true });

    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${STAFF_TOKEN}` },
      body: JSON.stringify({
        query: `mutation($id: ID!) { setSchoolLocation(schoolId: $id, latitude: 52.0663, longitude: 4.3261) { id } }`,
        variables: { id: pinned.id },
      }),
    });
    expect(((await response.json()) as GraphqlResponse<unknown>).errors).toBeUndefined();
    const pin = {
      latitude: 52.0663,
      longitude: 4.3261,
      locationSource: 'MANUAL',
      locationApproximate: false,
    };
    expect(await place(pinned.id)).toMatchObject(pin);

    const again = await run(['plaats']);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ placed: 1, pinsKept: 1 });
    // PDOK knows Laakweg 10 (52.0661, 4.3258): the estimate moves there, the pin stays; the pinned school's
    // estimated werkgebied still comes from PDOK's wijk.
    expect(await place(pinned.id)).toEqual({ ...pin, werkgebiedSource: 'pdok' });
    expect(await place(other.id)).toEqual({
      latitude: 52.0661,
      longitude: 4.3258,
      locationSource: 'PDOK',
      locationApproximate: false,
      werkgebiedSource: 'manual',
    });
  });
});
