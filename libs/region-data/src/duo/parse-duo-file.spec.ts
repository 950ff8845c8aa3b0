import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuoFileError, type DuoParseOptions, type DuoProblem } from './types';
import {
  normalisePostcode,
  normaliseSchoolKind,
  parseCount,
  parseDuoFile,
  parsePeildatum,
} from './parse-duo-file';

const fixture = (name: string): Uint8Array => readFileSync(join(__dirname, '../../test/fixtures', name));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function problemsOf(run: () => unknown): readonly DuoProblem[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DuoFileError) return error.problems;
    throw error;
  }
  throw new Error('expected a DuoFileError');
}

describe('parseDuoFile: the layouts DUO publishes', () => {
  it('reads the old register (Latin-1, semicolons, CRLF, BRIN NUMMER + 2-digit VESTIGINGSNUMMER) and keeps PO2815', () => {
    const result = parseDuoFile(fixture('register-old-latin1.csv'), { fileName: 'oud.csv' });
    expect(result).toMatchObject({
      kind: 'register',
      fileName: 'oud.csv',
      delimiter: ';',
      encoding: 'windows-1252',
    });
    expect(result.schools.map((s) => s.vestigingscode)).toEqual(['99FA00', '99FA01', '99FB00']);
    expect(result.skippedOtherSwv).toBe(2);
    expect(result.rejected).toEqual([]);
    expect(result.pupilCounts).toEqual([]);
    expect(result.schools[0]).toEqual({
      vestigingscode: '99FA00',
      brin: '99FA',
      name: 'Fixtureschool De Poëzieboom',
      street: 'Verzonnenstraat',
      houseNumber: '12',
      postcode: '2524 CK',
      place: "'S-GRAVENHAGE",
      gemeenteCode: '0518',
      gemeenteName: "'s-Gravenhage",
      kind: 'BAO',
      denomination: 'Rooms-Katholiek',
      boardNumber: '99001',
      phone: '0701234567',
      website: 'https://www.poezieboom.example',
      swv: 'PO2815',
    });
    expect(result.schools[1]).toMatchObject({ name: 'Fixtureschool De Vlinder; locatie Noord', phone: null });
    expect(result.schools[2]).toMatchObject({
      name: 'Fixtureschool "Het Anker"',
      kind: 'SBO',
      website: 'https://anker.example',
    });
    expect(result.columnsFound).toContainEqual({ canonical: 'vestigingscode', header: 'VESTIGINGSNUMMER' });
    expect(result.columnsFound).toContainEqual({ canonical: 'instellingscode', header: 'BRIN NUMMER' });
    expect(result.columnsMissing).toEqual([]);
  });

  it('reads the new register (INSTELLINGSCODE + full VESTIGINGSCODE, Windows-1252 quote mark)', () => {
    const result = parseDuoFile(fixture('register-new.csv'));
    expect(result.kind).toBe('register');
    expect(result.encoding).toBe('windows-1252');
    expect(result.schools.map((s) => [s.vestigingscode, s.postcode, s.gemeenteCode])).toEqual([
      ['99FA00', '2524 CK', '0518'],
      ['99FB00', '2262 XY', '1916'],
      ['99FB01', '2273 AB', '1916'],
    ]);
    expect(result.schools[2]?.name).toBe('Fixtureschool ’t Klaverblad');
    expect(result.columnsFound).toContainEqual({ canonical: 'swv', header: 'SAMENWERKINGSVERBAND' });
    // The register has no SOORT PO column: reported, not fatal.
    expect(result.columnsMissing).toEqual(['soortPo']);
    expect(result.schools[0]?.kind).toBeNull();
    expect(result.skippedOtherSwv).toBe(1);
  });

  it('reads a portal copy (commas, lower-case headers, "huisnummer - toevoeging", no SWV column: all kept, warned)', () => {
    const result = parseDuoFile(fixture('register-portal-lowercase.csv'));
    expect(result.delimiter).toBe(',');
    expect(result.encoding).toBe('utf-8');
    expect(result.schools.map((s) => [s.vestigingscode, s.houseNumber, s.postcode, s.website])).toEqual([
      ['99FD00', '7', '2583 AB', 'https://duinroos.example'],
      ['99FD01', '9', '2583 AB', 'http://duinroos.example'],
    ]);
    expect(result.schools[0]?.name).toBe('Fixtureschool De Duinroos, dependance');
    expect(result.columnsMissing).toContain('swv');
    expect(result.warnings.join(' ')).toMatch(/geen kolom met het samenwerkingsverband/);
  });

  it('reads the register of speciaal (basis)onderwijs: SOORT PRIMAIR ONDERWIJS gives SO / SBO, no SWV column so the gemeente selects, VSO alone is left out', () => {
    const result = parseDuoFile(fixture('register-so-latin1.csv'), { fileName: 'vestigingen-so.csv' });
    expect(result).toMatchObject({ kind: 'register', delimiter: ';', encoding: 'windows-1252' });
    expect(result.columnsFound).toContainEqual({ canonical: 'soortPo', header: 'SOORT PRIMAIR ONDERWIJS' });
    expect(result.schools.map((s) => [s.vestigingscode, s.kind, s.gemeenteCode, s.postcode])).toEqual([
      ['99SA00', 'SO', '0518', '2525 AB'],
      ['99SB00', 'SO', '0603', '2282 AB'],
      ['99SC00', 'SBO', '1916', '2264 CD'],
    ]);
    expect(result.schools[0]?.name).toBe('Fixtureschool De Brücke');
    // Amsterdam is another SWV's; the VSO department is no primary school: both said, neither silent.
    expect(result.skippedOtherSwv).toBe(1);
    expect(result.warnings).toEqual([
      'geen kolom met het samenwerkingsverband: de vestigingen van PO2815 zijn gekozen op gemeentenummer (0518, 0603, 1916)',
      '1 rij(en) uit andere gemeenten overgeslagen',
      '1 vestiging(en) met alleen voortgezet speciaal onderwijs (VSO) overgeslagen: geen primair onderwijs',
    ]);
    // Without selection (swv: null) the other gemeente stays; VSO alone still is no primary school.
    const all = parseDuoFile(fixture('register-so-latin1.csv'), { swv: null });
    expect(all.schools.map((s) => s.vestigingscode)).toEqual(['99SA00', '99SB00', '99SC00', '99SD00']);
  });

  it('refuses a register whose kind column has a header it does not know, instead of counting every school as BAO', () => {
    const problems = problemsOf(() =>
      parseDuoFile(fixture('register-so-unknown-kind-header.csv'), { fileName: 'so.csv' }),
    );
    expect(problems).toEqual([
      {
        line: 1,
        column: 'ONDERWIJSSOORT',
        message:
          'so.csv, regel 1, kolom ONDERWIJSSOORT: deze kolom lijkt de soort onderwijs te geven, maar de kop ' +
          "'ONDERWIJSSOORT' is onbekend; verwacht SOORT PO, SOORT PRIMAIR ONDERWIJS, SOORT PO VESTIGING (zoals in " +
          'de bestanden van DUO). Zonder die kolom zou elke vestiging als gewone basisschool tellen: niets ingelezen',
      },
    ]);
  });

  it.each<[string, boolean]>([
    ['AANDUIDING WET', true],
    ['CLUSTER', true],
    ['SOORT ONDERWIJS', true],
    ['TYPE ONDERWIJS', true],
    ['ONDERWIJSGEBIED CODE', false],
    ['NODAAL GEBIED NAAM', false],
    ['SOORT VESTIGING', false],
  ])('a register with the column %j but no kind column is refused: %j', (header, refused) => {
    const text = `VESTIGINGSCODE;VESTIGINGSNAAM;SWV;${header}\n99SA00;De Brücke;PO2815;x\n`;
    const run = () => parseDuoFile(bytes(text), { fileName: 'r.csv' });
    if (refused) expect(problemsOf(run)).toEqual([expect.objectContaining({ line: 1, column: header })]);
    else expect(run().schools.map((s) => s.vestigingscode)).toEqual(['99SA00']);
  });

  it('without an SWV column, a row whose gemeentenummer is missing is rejected with its line, not guessed into the region', () => {
    const text =
      'VESTIGINGSCODE;VESTIGINGSNAAM;GEMEENTENUMMER;SOORT PRIMAIR ONDERWIJS\n99SA00;De Brücke;0518;SO\n99SE00;Zonder gemeente;;SO\n';
    const problems = problemsOf(() => parseDuoFile(bytes(text), { fileName: 'so.csv' }));
    expect(problems).toEqual([
      expect.objectContaining({
        line: 3,
        column: 'GEMEENTENUMMER',
        message: expect.stringMatching(
          /^so\.csv, regel 3, kolom GEMEENTENUMMER: gemeentenummer ontbreekt; .* bij PO2815 hoort$/,
        ) as unknown,
      }),
    ]);
  });

  it('reads pupil counts with BOM, commas, underscores, two reference dates and <5 as suppressed', () => {
    const result = parseDuoFile(fixture('pupils-bom-comma.csv'));
    expect(result).toMatchObject({ kind: 'pupils', delimiter: ',', encoding: 'utf-8', skippedOtherSwv: 1 });
    expect(result.pupilCounts).toEqual([
      { vestigingscode: '99FA00', referenceDate: '2023-10-01', total: 312, suppressed: false },
      { vestigingscode: '99FA01', referenceDate: '2023-10-01', total: null, suppressed: true },
      { vestigingscode: '99FB00', referenceDate: '2023-10-01', total: 118, suppressed: false },
      { vestigingscode: '99FA00', referenceDate: '2024-10-01', total: 305, suppressed: false },
    ]);
    // Each location once, as far as the pupil file describes it.
    expect(result.schools.map((s) => s.vestigingscode)).toEqual(['99FA00', '99FA01', '99FB00']);
    expect(result.schools[0]).toMatchObject({
      name: 'Fixtureschool De Poëzieboom, hoofdlocatie',
      street: null,
    });
    expect(result.columnsFound[0]).toEqual({ canonical: 'instellingscode', header: 'INSTELLINGSCODE' });
  });

  it('sums per-age columns when there is no total; a suppressed part makes the sum suppressed', () => {
    const result = parseDuoFile(fixture('pupils-old-ages.csv'));
    expect(result.kind).toBe('pupils');
    expect(result.encoding).toBe('windows-1252');
    expect(result.pupilCounts).toEqual([
      { vestigingscode: '99FA00', referenceDate: '2022-10-01', total: 302, suppressed: false },
      { vestigingscode: '99FB00', referenceDate: '2022-10-01', total: null, suppressed: true },
    ]);
    expect(result.columnsFound.filter((c) => c.canonical === 'deeltelling')).toHaveLength(9);
    expect(result.columnsMissing).not.toContain('totaal');
  });

  it.each<[string, string, DuoParseOptions, string[]]>([
    ['swv option selects another SWV', 'register-old-latin1.csv', { swv: 'PO 28-01' }, ['99FC00', '99FC01']],
    [
      'swv null keeps every row',
      'register-old-latin1.csv',
      { swv: null },
      ['99FA00', '99FA01', '99FB00', '99FC00', '99FC01'],
    ],
  ])('%s', (_case, file, options, codes) => {
    expect(parseDuoFile(fixture(file), options).schools.map((s) => s.vestigingscode)).toEqual(codes);
  });

  it.each<[string, string, ',' | ';']>([
    ['semicolons win over a comma inside quotes', '"A,B";VESTIGINGSCODE;VESTIGINGSNAAM\nx;99AA00;Een\n', ';'],
    ['commas win when more frequent', 'VESTIGINGSCODE,VESTIGINGSNAAM,"X;Y"\n99AA00,Een,z\n', ','],
  ])('sniffs the delimiter: %s', (_case, text, delimiter) => {
    expect(parseDuoFile(bytes(text), { swv: null }).delimiter).toBe(delimiter);
  });
});

describe('parseDuoFile: bad input', () => {
  it.each([
    [
      'tabs',
      'VESTIGINGSCODE\tVESTIGINGSNAAM\n99FA00\tDe Fictieve School\n',
      /verkeerd scheidingsteken: de kolommen zijn gescheiden door tabs/,
    ],
    [
      'vertical bars',
      'VESTIGINGSCODE|VESTIGINGSNAAM\n99FA00|De Fictieve School\n',
      /gescheiden door verticale strepen/,
    ],
    [
      'nothing',
      'VESTIGINGSCODE\n99FA00\n',
      /heeft maar één kolom \('VESTIGINGSCODE'\): geen scheidingsteken gevonden/,
    ],
  ])('a file separated by %s is told so, not reported as a missing column', (_name, text, message) => {
    const problems = problemsOf(() => parseDuoFile(bytes(text), { fileName: 'x.csv' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^x\.csv, regel 1: /);
    expect(problems[0]?.message).toMatch(message);
    expect(problems[0]?.message).not.toMatch(/ontbreekt/);
  });

  it.each<[string, string, Partial<DuoProblem>[]]>([
    ['an empty file', 'empty.csv', [{ message: 'x.csv: het bestand is leeg' }]],
    [
      'a header without data',
      'header-only.csv',
      [{ line: 1, message: expect.stringMatching(/alleen een kopregel/) as string }],
    ],
    [
      'missing required columns',
      'broken-missing-columns.csv',
      [
        {
          line: 1,
          column: 'vestigingscode',
          message: expect.stringMatching(
            /^x\.csv, regel 1, kolom vestigingscode: verplichte kolom ontbreekt/,
          ) as string,
        },
        { line: 1, column: 'naam' },
      ],
    ],
    [
      'a file with only rows of other SWVs',
      'foreign-only.csv',
      [
        {
          line: 1,
          column: 'SWV VESTIGING',
          message: expect.stringMatching(/geen enkele rij hoort bij PO2815: alle 2 rijen/) as string,
        },
      ],
    ],
    [
      'a duplicated vestigingscode',
      'broken-duplicate-register.csv',
      [
        {
          line: 4,
          column: 'VESTIGINGSCODE',
          message: 'x.csv, regel 4, kolom VESTIGINGSCODE: vestiging 99FA00 staat al op regel 2',
        },
      ],
    ],
    [
      'a duplicated vestigingscode + peildatum',
      'broken-duplicate-pupils.csv',
      [
        {
          line: 4,
          column: 'VESTIGINGSCODE',
          message: expect.stringMatching(/99FA00 met peildatum 2023-10-01 staat al op regel 2/) as string,
        },
      ],
    ],
    [
      'a non-numeric count and an impossible date',
      'broken-count.csv',
      [
        {
          line: 3,
          column: 'TOTAAL',
          message: "x.csv, regel 3, kolom TOTAAL: 'veel' is geen aantal leerlingen",
        },
        {
          line: 4,
          column: 'PEILDATUM_LEERLINGEN',
          message: expect.stringMatching(/'20231301' is geen peildatum/) as string,
        },
      ],
    ],
    [
      'a short line and an unterminated quote',
      'broken-lines.csv',
      [
        { line: 3, message: 'x.csv, regel 3: regel heeft 4 velden, de kopregel 5' },
        { line: 4, message: 'x.csv, regel 4: regel is kapot: aanhalingsteken niet afgesloten' },
      ],
    ],
  ])('%s throws a DuoFileError naming file, line and column', (_case, file, expected) => {
    const problems = problemsOf(() => parseDuoFile(fixture(file), { fileName: 'x.csv' }));
    expect(problems).toEqual(expected.map((p) => expect.objectContaining(p) as unknown));
  });

  it('with allowPartial returns the valid rows and lists the rejected ones', () => {
    const result = parseDuoFile(fixture('broken-lines.csv'), { fileName: 'x.csv', allowPartial: true });
    // The unterminated quote breaks only its own line: the next line is read again.
    expect(result.schools.map((s) => s.vestigingscode)).toEqual(['99FA00', '99FD00']);
    expect(result.rejected.map((r) => r.line)).toEqual([3, 4]);
  });

  it('with allowPartial still throws when no row is valid', () => {
    const text = 'VESTIGINGSCODE;VESTIGINGSNAAM\nXX;Een\n';
    const problems = problemsOf(() => parseDuoFile(bytes(text), { allowPartial: true, swv: null }));
    expect(problems).toEqual([
      expect.objectContaining({
        line: 2,
        column: 'VESTIGINGSCODE',
        message: expect.stringMatching(/'XX' is geen vestigingscode/) as string,
      }),
    ]);
  });

  it.each<[string, string, string]>([
    [
      'a BRIN that does not match the code',
      'INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM\n99AB;99AA00;Een\n',
      'INSTELLINGSCODE',
    ],
    ['a 2-digit number without BRIN column', 'VESTIGINGSNUMMER;VESTIGINGSNAAM\n00;Een\n', 'VESTIGINGSNUMMER'],
    ['an invalid postcode', 'VESTIGINGSCODE;VESTIGINGSNAAM;POSTCODE\n99AA00;Een;25 24CK\n', 'POSTCODE'],
    ['an unknown school kind', 'VESTIGINGSCODE;VESTIGINGSNAAM;SOORT PO\n99AA00;Een;VO\n', 'SOORT PO'],
    ['an empty name', 'VESTIGINGSCODE;VESTIGINGSNAAM\n99AA00; \n', 'VESTIGINGSNAAM'],
    [
      'a bad part count',
      'VESTIGINGSCODE;PEILDATUM;LEEFTIJD_4;LEEFTIJD_5\n99AA00;20231001;3;vier\n',
      'LEEFTIJD_5',
    ],
  ])('rejects %s, naming the column', (_case, text, column) => {
    const problems = problemsOf(() => parseDuoFile(bytes(text), { swv: null }));
    expect(problems).toEqual([expect.objectContaining({ line: 2, column })]);
  });
});

describe('value normalisation', () => {
  it.each<[string, string | null]>([
    ['2524CK', '2524 CK'],
    ['2524 ck', '2524 CK'],
    [' 2524  CK ', '2524 CK'],
    ['0524 CK', null],
    ['2524', null],
  ])('postcode %j → %j', (input, expected) => expect(normalisePostcode(input)).toBe(expected));

  it.each<[string, string | undefined]>([
    ['Bo', 'BAO'],
    ['BAO', 'BAO'],
    ['Sbo', 'SBO'],
    ['SBO', 'SBO'],
    ['(V)SO', 'SO'],
    ['SO/VSO', 'SO'],
    ['So', 'SO'],
    ['VSO', undefined],
    ['VO', undefined],
  ])('school kind %j → %j', (input, expected) => expect(normaliseSchoolKind(input)).toBe(expected));

  it.each<[string, string | null]>([
    ['20231001', '2023-10-01'],
    ['2023-10-01', '2023-10-01'],
    ['20230231', null],
    ['1-10-2023', null],
  ])('peildatum %j → %j', (input, expected) => expect(parsePeildatum(input)).toBe(expected));

  it.each<[string, number | 'suppressed' | undefined]>([
    ['0', 0],
    ['17', 17],
    ['<5', 'suppressed'],
    ['< 5', 'suppressed'],
    ['5,0', undefined],
    ['-1', undefined],
  ])('count %j → %j', (input, expected) => expect(parseCount(input)).toBe(expected));
});
