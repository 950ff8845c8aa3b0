import { graphqlData } from '../graphql-request';
import { STAFF_TOKEN } from '../imports/real-sop';
import { startTestApp, type TestApp } from '../test-app';
import {
  type DuoSpecialTestSchool,
  type DuoTestSchool,
  pupilsCsv,
  registerCsv,
  specialRegisterCsv,
} from './duo-files';

const DEN_HAAG = { place: "'s-Gravenhage", gemeenteCode: '0518', gemeenteName: "'s-Gravenhage" };
const RIJSWIJK = { place: 'Rijswijk', gemeenteCode: '0603', gemeenteName: 'Rijswijk' };

/** The register of basisonderwijs (no kind) and the pupil file (`SOORT_PO`: Bo / Sbo). */
const REGULAR: DuoTestSchool[] = [
  {
    vestigingscode: '99BA00',
    name: 'OBS De Laak',
    street: 'Laakweg',
    houseNumber: '10',
    postcode: '2524 CK',
    ...DEN_HAAG,
    kind: 'BAO',
    pupils: 210,
  },
  {
    vestigingscode: '99BB00',
    name: 'De Duinen',
    street: 'Zorgvlietweg',
    houseNumber: '3',
    postcode: '2517 KA',
    ...DEN_HAAG,
    kind: 'SBO',
    pupils: 95,
  },
  // The pupil file says Sbo, the SO register says SO: a conflict between files, to be reported.
  {
    vestigingscode: '99BE00',
    name: 'De Zeester',
    street: 'Strandweg',
    houseNumber: '5',
    postcode: '2586 JK',
    ...DEN_HAAG,
    kind: 'SBO',
    pupils: 60,
  },
];

/** `Alle vestigingen speciaal (basis)onderwijs`: no SWV column, the whole country. */
const SPECIAL: DuoSpecialTestSchool[] = [
  {
    vestigingscode: '99BC00',
    name: 'Het Kompas',
    street: 'Kerklaan',
    houseNumber: '7',
    postcode: '2282 AB',
    ...RIJSWIJK,
    soort: '(V)SO',
  },
  {
    vestigingscode: '99BC01',
    name: 'Het Kompas vso',
    street: 'Kerklaan',
    houseNumber: '9',
    postcode: '2282 AB',
    ...RIJSWIJK,
    soort: 'VSO',
  },
  {
    vestigingscode: '99BE00',
    name: 'De Zeester',
    street: 'Strandweg',
    houseNumber: '5',
    postcode: '2586 JK',
    ...DEN_HAAG,
    soort: 'SO',
  },
  {
    vestigingscode: '99BD00',
    name: 'Elders',
    street: 'Jan Sluijtersstraat',
    houseNumber: '3',
    postcode: '1062 CJ',
    place: 'Amsterdam',
    gemeenteCode: '0363',
    gemeenteName: 'Amsterdam',
    soort: 'SO',
  },
];

interface Report {
  kind: string;
  schoolsInserted: number;
  schoolsUpdated: number;
  skippedOtherSwv: number;
  warnings: string[];
}

describe('a region on day one: SO locations from DUO’s register of speciaal (basis)onderwijs', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { STAFF_TOKEN } });
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = async (name: string, bytes: Buffer): Promise<{ status: number; body: Report }> => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(`${app.url}/api/uploads/duo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${STAFF_TOKEN}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Report };
  };

  it('gives SPPOH’s SO locations kind SO, leaves other gemeenten and VSO alone out, and reports an SBO/SO conflict', async () => {
    expect((await upload('alle-vestigingen-bo.csv', registerCsv(REGULAR))).status).toBe(200);
    expect((await upload('leerlingen-po.csv', pupilsCsv(REGULAR))).status).toBe(200);

    const special = await upload('vestigingen-so.csv', specialRegisterCsv(SPECIAL));
    expect(special.status).toBe(200);
    expect(special.body).toMatchObject({
      kind: 'register',
      schoolsInserted: 1,
      schoolsUpdated: 1,
      skippedOtherSwv: 1,
    });
    expect(special.body.warnings).toEqual([
      'geen kolom met het samenwerkingsverband: de vestigingen van PO2815 zijn gekozen op gemeentenummer (0518, 0603, 1916)',
      '1 rij(en) uit andere gemeenten overgeslagen',
      '1 vestiging(en) met alleen voortgezet speciaal onderwijs (VSO) overgeslagen: geen primair onderwijs',
      expect.stringMatching(
        /^99BE00 \(DE ZEESTER\): soort school verschilt tussen DUO-bestanden: eerder SBO, vestigingen-so\.csv zegt SO/,
      ),
    ]);

    const rows = await app.dataSource.query<{ vestigingscode: string; kind: string; kind_source: string }[]>(
      `SELECT vestigingscode, kind, kind_source FROM school ORDER BY vestigingscode`,
    );
    expect(rows.map((r) => [r.vestigingscode, r.kind, r.kind_source])).toEqual([
      ['99BA00', 'BAO', 'duo'],
      ['99BB00', 'SBO', 'duo'],
      ['99BC00', 'SO', 'duo'],
      ['99BE00', 'SO', 'duo'],
    ]);
  });

  it('the schools filter and the region overview use the kind', async () => {
    const so = await graphqlData<{ schools: { edges: { node: { name: string; kind: string } }[] } }>(
      app.url,
      `{ schools(first: 50, filter: { kinds: [SO] }) { edges { node { name kind } } } }`,
    );
    expect(so.schools.edges.map((e) => e.node).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: 'DE ZEESTER', kind: 'SO' },
      { name: 'HET KOMPAS', kind: 'SO' },
    ]);
    const sbo = await graphqlData<{ schools: { edges: { node: { name: string } }[] } }>(
      app.url,
      `{ schools(first: 50, filter: { kinds: [SBO] }) { edges { node { name } } } }`,
    );
    expect(sbo.schools.edges.map((e) => e.node.name)).toEqual(['DE DUINEN']);
    // Every location is in the overview (the SO school in Rijswijk too), none left out for lack of a werkgebied.
    const overview = await graphqlData<{ regionOverview: { schools: number; schoolsLeftOut: number } }>(
      app.url,
      `{ regionOverview(schoolYear: "2024-2025") { schools schoolsLeftOut } }`,
    );
    expect(overview.regionOverview).toEqual({ schools: 4, schoolsLeftOut: 0 });
  });
});
