import { parseSchoolAddress } from './address';
import { type MatchCandidate, matchSchool } from './match-school';

const school = (
  id: string,
  name: string,
  postcode: string,
  houseNumber: string,
  code: string | null = null,
): MatchCandidate => ({
  id,
  name,
  vestigingscode: code,
  street: 'Straat',
  houseNumber,
  postcode,
  place: "'S-GRAVENHAGE",
  gemeenteCode: '0518',
});

const KNOWN: MatchCandidate[] = [
  school('rank', 'OBS De Rank', '2511 AB', '10', '11AA00'),
  school('regenboog', 'De Regenboog', '2511 AB', '12', '11BB00'),
  school('regenboog-dep', 'De Regenboog dependance', '2512 CD', '3', '11BB01'),
  school('heren', 'Montessorischool Herenstraat', '2580 WT', '129', '22CC00'),
  school('twin-a', 'IKC Het Kompas', '2545 AA', '1', '33DD00'),
  school('twin-b', 'SBO De Piramide', '2545 AA', '1', '33EE00'),
  school('jozef', 'RKBS Sint-Jozef', '2282 AB', '5', '44FF00'),
];

const doc = (name: string | null, address: string, vestigingscode: string | null = null) => ({
  name,
  vestigingscode,
  address: parseSchoolAddress(address),
});

describe('matchSchool: on what the document states, strongest first, never a guess', () => {
  it.each([
    [
      'vestigingscode wins over a differing address',
      doc('Iets anders', 'Elders 1, 9999 ZZ Nergens', '11AA00'),
      'rank',
      'vestigingscode',
    ],
    [
      'near name at the same postcode (prefix differs)',
      doc('Basisschool De Rank', 'Straat 99, 2511 AB Den Haag'),
      'rank',
      'naam-postcode',
    ],
    [
      'postcode + house number, name written differently',
      doc('Montessori Herenstraat', "Herenstraat 129 - 2580WT 's-Gravenhage"),
      'heren',
      'adres',
    ],
    [
      'two schools in one building: the name decides',
      doc('Het Kompas', 'Straat 1, 2545 AA Den Haag'),
      'twin-a',
      'adres',
    ],
    [
      'St. = Sint, postcode without space',
      doc('St. Jozef', 'Kerkplein 5, 2282AB Rijswijk'),
      'jozef',
      'adres',
    ],
  ])('%s', (_, document, id, rule) => {
    expect(matchSchool(document, KNOWN)).toMatchObject({ kind: 'matched', schoolId: id, rule });
  });

  it('flags a kept match whose name differs from DUO', () => {
    const result = matchSchool(
      doc('Montessori Herenstraat', "Herenstraat 129 - 2580WT 's-Gravenhage"),
      KNOWN,
    );
    expect(result).toMatchObject({ kind: 'matched', nameDiffers: true });
    expect(matchSchool(doc('Basisschool De Rank', 'Straat 99, 2511 AB Den Haag'), KNOWN)).toMatchObject({
      nameDiffers: false,
    });
  });

  it.each([
    [
      'a name that fits no school at its postcode',
      doc('De Springplank', 'Straat 50, 2511 AB Den Haag'),
      'niet zeker',
    ],
    [
      'a postcode with no known school',
      doc('OBS De Rank', 'Straat 10, 2599 ZZ Den Haag'),
      'geen bekende school',
    ],
    ['no postcode at all', doc('De Rank', 'Den Haag'), 'geen postcode'],
    ['only a Postbus', doc('De Rank', 'Postbus 10, 2511 AB Den Haag'), 'postbus'],
    [
      'a different school at the same address',
      doc('De Zonnebloem', 'Straat 1, 2545 AA Den Haag'),
      'niet zeker',
    ],
  ])('waits for staff: %s', (_, document, reason) => {
    const result = matchSchool(document, KNOWN);
    expect(result.kind).toBe('unmatched');
    if (result.kind === 'unmatched') expect(result.reason).toContain(reason);
  });

  it('suggests the likely schools, best first', () => {
    const result = matchSchool(doc('De Rank', 'Den Haag'), KNOWN);
    expect(result.kind === 'unmatched' && result.suggestions[0]?.schoolId).toBe('rank');
    const pobox = matchSchool(doc('De Rank', 'Postbus 10, 2511 AB Den Haag'), KNOWN);
    expect(pobox.kind === 'unmatched' && pobox.suggestions.map((s) => s.schoolId)[0]).toBe('rank');
  });

  it('two equally good names at one postcode are left to staff', () => {
    const twins = [
      school('a', 'De Regenboog', '2511 AB', '10'),
      school('b', 'OBS De Regenboog', '2511 AB', '20'),
    ];
    const result = matchSchool(doc('Regenboog', 'Straat 30, 2511 AB Den Haag'), twins);
    expect(result.kind).toBe('unmatched');
    expect(result.kind === 'unmatched' && result.suggestions.map((s) => s.schoolId).sort()).toEqual([
      'a',
      'b',
    ]);
  });

  it('never matches against an empty register', () => {
    expect(matchSchool(doc('OBS De Rank', 'Straat 10, 2511 AB Den Haag'), []).kind).toBe('unmatched');
  });
});
