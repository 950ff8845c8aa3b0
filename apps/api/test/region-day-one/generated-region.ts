/**
 * A generated region for the day-one flow: DUO register and pupil files in DUO's formats, and one SOP document per
 * school in text, DOCX or PDF, with the cases real folders hold: names that differ from DUO's (prefixes, `'t`,
 * `St.`), addresses written with a dash, without the space in the postcode, `'s-Gravenhage` for Den Haag, a school
 * missing from DUO, two schools in one building, a duplicate file, a foreign template and an image-only PDF.
 * Every document says what must become of it (`expected`), so a test can check each outcome.
 */
import { type SchoolKind } from '@sop-atlas/sop-model';
import { type DuoTestSchool } from './duo-files';
import { renderImageOnlyPdf, renderSop, type SopFormat } from './sop-documents';

export type ExpectedOutcome =
  /** Matched to this DUO school; published directly when clean (DOCX, PDF) under the policy. */
  | { kind: 'matched'; vestigingscode: string; clean: boolean }
  /** Waits "te koppelen": no confident match (never a new school). */
  | { kind: 'to-match' }
  | { kind: 'duplicate'; vestigingscode: string }
  | { kind: 'refused' };

export interface GeneratedDocument {
  fileName: string;
  bytes: Uint8Array;
  expected: ExpectedOutcome;
  /** What makes this document interesting, for the figures. */
  variant: string;
}

export interface GeneratedRegion {
  schools: DuoTestSchool[];
  documents: GeneratedDocument[];
}

const WORDS = [
  'Regenboog',
  'Kompas',
  'Vlinder',
  'Springplank',
  'Zonnebloem',
  'Wereldburger',
  'Klimop',
  'Ark',
  'Horizon',
  'Triangel',
  'Schakel',
  'Sterrenkijker',
  'Boomgaard',
  'Windroos',
  'Vuurtoren',
  'Kameleon',
  'Duinroos',
  'Paletje',
  'Tweemaster',
  'Eikenhof',
  'Notenbalk',
  'Lindenhof',
  'Meander',
  'Parel',
  'Octopus',
  'Fontein',
];
const STREETS = ['Laan', 'Straat', 'Weg', 'Plein', 'Kade', 'Hof'];
const FIRST = [
  'Berken',
  'Eiken',
  'Linden',
  'Beuken',
  'Iepen',
  'Wilgen',
  'Populieren',
  'Kastanje',
  'Esdoorn',
  'Platanen',
];
/** Den Haag PC4s across the stadsdelen (sure, estimated and mixed ones), Rijswijk and Leidschendam-Voorburg. */
const PLACES: readonly { pc4: number; place: string; gemeenteCode: string; gemeenteName: string }[] = [
  ...[
    2491, 2495, 2511, 2512, 2515, 2517, 2518, 2521, 2522, 2524, 2525, 2526, 2531, 2532, 2533, 2541, 2542,
    2544, 2545, 2548, 2551, 2552, 2555, 2561, 2563, 2564, 2565, 2571, 2572, 2574, 2582, 2583, 2584, 2585,
    2586, 2591, 2592, 2593, 2594, 2595, 2596, 2597,
  ].map((pc4) => ({
    pc4,
    place: "'s-Gravenhage",
    gemeenteCode: '0518',
    gemeenteName: "'s-Gravenhage",
  })),
  ...[2281, 2282, 2284, 2285, 2286, 2288].map((pc4) => ({
    pc4,
    place: 'Rijswijk',
    gemeenteCode: '0603',
    gemeenteName: 'Rijswijk',
  })),
  ...[2261, 2262, 2264, 2266, 2271, 2272, 2273, 2274, 2275].map((pc4) => ({
    pc4,
    place: 'Leidschendam',
    gemeenteCode: '1916',
    gemeenteName: 'Leidschendam-Voorburg',
  })),
];

const PREFIX_DUO = ['OBS', 'RKBS', 'PCBS', 'CBS', 'IKC', ''];
const PREFIX_DOC = [
  'Basisschool',
  'Openbare basisschool',
  'R.K. Basisschool',
  'Christelijke basisschool',
  'Kindcentrum',
  '',
];

function letters(i: number): string {
  const a = 'ABCDEFGHJKLMNPRSTVWXZ';
  return `${a[i % a.length] ?? 'A'}${a[Math.floor(i / a.length) % a.length] ?? 'A'}`;
}

/** A deterministic region of `count` DUO schools (and their documents); the same count gives the same region. */
export async function generateRegion(count: number): Promise<GeneratedRegion> {
  const schools: DuoTestSchool[] = [];
  for (let i = 0; i < count; i += 1) {
    const where = PLACES[i % PLACES.length] ?? PLACES[0];
    if (where === undefined) throw new Error('no places');
    const kind: SchoolKind = i % 29 === 7 ? 'SBO' : i % 31 === 11 ? 'SO' : 'BAO';
    const word = WORDS[i % WORDS.length] ?? 'School';
    const base = `${word} ${FIRST[Math.floor(i / WORDS.length) % FIRST.length] ?? ''}`.trim();
    const prefix = kind === 'BAO' ? (PREFIX_DUO[i % PREFIX_DUO.length] ?? '') : kind;
    schools.push({
      vestigingscode:
        `${String(10 + Math.floor(i / 100)).padStart(2, '0')}${letters(i % 400)}${String(i % 100).padStart(2, '0')}`.slice(
          0,
          6,
        ),
      name: `${prefix} ${kind === 'BAO' ? 'De ' : ''}${base}`.trim(),
      street: `${FIRST[i % FIRST.length] ?? 'Berken'}${(STREETS[i % STREETS.length] ?? 'straat').toLowerCase()}`,
      houseNumber: String(1 + ((i * 7) % 180)),
      postcode: `${where.pc4} ${letters(i)}`,
      place: where.place === "'s-Gravenhage" ? "'s-Gravenhage" : where.place,
      gemeenteCode: where.gemeenteCode,
      gemeenteName: where.gemeenteName,
      kind,
      pupils: 80 + ((i * 37) % 420),
    });
  }
  // Two schools in one building (same address), told apart by their names.
  const [shareA, shareB] = [schools[3], schools[4]];
  if (shareA && shareB)
    Object.assign(shareB, {
      street: shareA.street,
      houseNumber: shareA.houseNumber,
      postcode: shareA.postcode,
      place: shareA.place,
      gemeenteCode: shareA.gemeenteCode,
      gemeenteName: shareA.gemeenteName,
    });

  const documents: GeneratedDocument[] = [];
  const formats: SopFormat[] = ['docx', 'pdf', 'txt'];
  for (const [i, school] of schools.entries()) {
    const format = formats[i % formats.length] ?? 'pdf';
    const bare = school.name.replace(/^(OBS|RKBS|PCBS|CBS|IKC|SBO|SO)\s+/, '');
    const docName =
      school.kind === 'BAO' ? `${PREFIX_DOC[(i + 2) % PREFIX_DOC.length] ?? ''} ${bare}`.trim() : school.name;
    const pc = school.postcode;
    const town = school.gemeenteCode === '0518' ? (i % 2 === 0 ? 'Den Haag' : "'s-Gravenhage") : school.place;
    // Every seventh school writes another house number (a side entrance): postcode + name decide.
    const house = i % 7 === 3 ? String(Number(school.houseNumber) + 2) : school.houseNumber;
    const addressLine =
      i % 4 === 0
        ? `${school.street} ${house} - ${pc.replace(' ', '')} ${town}`
        : i % 4 === 1
          ? `${school.street} ${house}, ${pc.replace(' ', '')}, ${town}`
          : `${school.street} ${house}, ${pc} ${town}`;
    let variant = i % 4 === 0 ? 'adres met streep' : i % 4 === 1 ? 'postcode zonder spatie' : 'gewoon adres';
    if (docName.toLowerCase() !== school.name.toLowerCase()) variant += ', naam wijkt af in voorvoegsel';
    if (house !== school.houseNumber) variant += ', ander huisnummer';
    documents.push({
      fileName: `sop-${String(i).padStart(3, '0')}-${bare.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.${format}`,
      bytes: await renderSop({ name: docName, addressLine, clean: true }, format),
      expected: { kind: 'matched', vestigingscode: school.vestigingscode, clean: format !== 'txt' },
      variant: `${format}: ${variant}`,
    });
  }
  // A school that is not in DUO's files: waits "te koppelen".
  documents.push({
    fileName: 'sop-onbekende-school.pdf',
    bytes: await renderSop(
      {
        name: 'Basisschool Het Verloren Schaap',
        addressLine: 'Nergenslaan 1, 2599 ZZ Den Haag',
        clean: true,
      },
      'pdf',
    ),
    expected: { kind: 'to-match' },
    variant: 'school niet in DUO',
  });
  // A name that fits no school at a known postcode (a different school in the same street): waits.
  const other = schools[10];
  if (other)
    documents.push({
      fileName: 'sop-andere-school-zelfde-postcode.docx',
      bytes: await renderSop(
        {
          name: 'De Zevensprong',
          addressLine: `${other.street} 999, ${other.postcode} Den Haag`,
          clean: true,
        },
        'docx',
      ),
      expected: { kind: 'to-match' },
      variant: 'andere naam op bekende postcode',
    });
  // The first document again under another file name.
  const first = documents[0];
  const firstSchool = schools[0];
  if (first && firstSchool)
    documents.push({
      fileName: `z-kopie-${first.fileName}`,
      bytes: first.bytes,
      expected: { kind: 'duplicate', vestigingscode: firstSchool.vestigingscode },
      variant: 'duplicaat',
    });
  // Another SWV's template (of an earlier school year): read as far as recognisable, never published directly.
  const foreign = schools[20];
  if (foreign)
    documents.push({
      fileName: 'sop-ander-model.txt',
      bytes: new TextEncoder().encode(
        `Ondersteuningsprofiel van ${foreign.name} voor schooljaar 2023-2024\n\nSchool: ${foreign.name}\n` +
          `Adres: ${foreign.street} ${foreign.houseNumber}, ${foreign.postcode} ${foreign.place}\n\n` +
          'Wij bieden ondersteuning volgens het model van een ander samenwerkingsverband.\n',
      ),
      expected: { kind: 'matched', vestigingscode: foreign.vestigingscode, clean: false },
      variant: 'ander model (foreign template)',
    });
  documents.push({
    fileName: 'sop-scan.pdf',
    bytes: await renderImageOnlyPdf(),
    expected: { kind: 'refused' },
    variant: 'alleen afbeelding (scan)',
  });
  return { schools, documents };
}
