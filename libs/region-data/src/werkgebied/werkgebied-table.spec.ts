import { WERKGEBIED_CODES } from '@sop-atlas/sop-model';
import {
  loadDefaultWerkgebiedTable,
  parseWerkgebiedTable,
  type WerkgebiedLookup,
  WerkgebiedTableError,
  werkgebiedForPostcode,
} from './werkgebied-table';

describe('werkgebiedForPostcode with the shipped table', () => {
  const table = loadDefaultWerkgebiedTable();

  it.each<[string, string | null, string | undefined, Partial<WerkgebiedLookup>]>([
    ['Rijswijk by PC4', '2285 AB', undefined, { werkgebied: 'rijswijk', certainty: 'zeker' }],
    [
      'Leidschendam-Voorburg by PC4 (Voorburg)',
      '2273AB',
      undefined,
      { werkgebied: 'leidschendam-voorburg', certainty: 'zeker' },
    ],
    [
      'Leidschenveen-Ypenburg',
      '2497 AA',
      undefined,
      { werkgebied: 'leidschenveen-ypenburg', certainty: 'zeker' },
    ],
    ['Centrum (safe range)', '2512 AB', '0518', { werkgebied: 'centrum', certainty: 'zeker' }],
    ['Wateringse Veld', '2548', undefined, { werkgebied: 'escamp', certainty: 'zeker' }],
    ['Loosduinen (safe range)', '2552 XX', undefined, { werkgebied: 'loosduinen', certainty: 'zeker' }],
    ['Scheveningen (safe range)', '2586 AB', undefined, { werkgebied: 'scheveningen', certainty: 'zeker' }],
    ['Laakkwartier (estimated)', '2524 CK', undefined, { werkgebied: 'laak', certainty: 'geschat' }],
    ['Segbroek (estimated)', '2563 AA', undefined, { werkgebied: 'segbroek', certainty: 'geschat' }],
    ['Haagse Hout (estimated)', '2592 AA', undefined, { werkgebied: 'haagse-hout', certainty: 'geschat' }],
    [
      'a straddling PC4',
      '2525 AB',
      undefined,
      { werkgebied: null, certainty: 'gemengd', candidates: ['centrum', 'laak'] },
    ],
    [
      'another straddling PC4',
      '2545',
      undefined,
      { werkgebied: null, certainty: 'gemengd', candidates: ['escamp', 'loosduinen'] },
    ],
    ['gemeente 0603 decides over the PC4', '2525 AB', '0603', { werkgebied: 'rijswijk', certainty: 'zeker' }],
    [
      'gemeente 1916 decides without postcode',
      null,
      '1916',
      { werkgebied: 'leidschendam-voorburg', certainty: 'zeker' },
    ],
    ['a gemeente outside SPPOH', '2242 AA', '0629', { werkgebied: null, certainty: 'onbekend' }],
    ['a PC4 outside the table', '2242 AA', undefined, { werkgebied: null, certainty: 'onbekend' }],
    ['a PC4 gap inside the range', '2519 AA', undefined, { werkgebied: null, certainty: 'onbekend' }],
    ['no postcode', null, undefined, { werkgebied: null, certainty: 'onbekend' }],
    ['garbage', 'onbekend', undefined, { werkgebied: null, certainty: 'onbekend' }],
  ])('%s', (_case, postcode, gemeente, expected) => {
    expect(werkgebiedForPostcode(postcode, table, gemeente)).toMatchObject(expected);
  });

  it('covers every werkgebied with at least one certain or estimated PC4', () => {
    const covered = new Set([...table.entries.values()].map((e) => e.werkgebied));
    for (const code of WERKGEBIED_CODES) expect(covered).toContain(code);
  });

  it('covers the PC4 ranges of the three gemeenten', () => {
    for (const pc4 of [2261, 2275, 2281, 2289, 2491, 2498, 2511, 2597])
      expect(table.entries.has(pc4)).toBe(true);
    expect(table.entries.has(2290)).toBe(false);
  });
});

describe('parseWerkgebiedTable', () => {
  const header = 'pc4;werkgebied;opmerking';

  it('expands ranges and reads certainty from the opmerking', () => {
    const table = parseWerkgebiedTable(
      `\uFEFF# commentaar\n${header}\r\n2281-2283;rijswijk;\n2524;laak;geschat\n`,
    );
    expect([...table.entries.keys()]).toEqual([2281, 2282, 2283, 2524]);
    expect(table.entries.get(2524)).toMatchObject({ werkgebied: 'laak', certainty: 'geschat', line: 4 });
    expect(table.entries.get(2282)).toMatchObject({ certainty: 'zeker', note: null });
  });

  it.each<[string, string, { line: number; message: RegExp }[]]>([
    ['an empty text', '', [{ line: 1, message: /tabel is leeg/ }]],
    ['a wrong header', 'postcode;gebied\n', [{ line: 1, message: /kopregel moet/ }]],
    [
      'an unknown werkgebied',
      `${header}\n2281;wassenaar;x\n`,
      [{ line: 2, message: /onbekend werkgebied 'wassenaar'/ }],
    ],
    [
      'a bad PC4',
      `${header}\n22a1;rijswijk;\n2289-2281;rijswijk;\n`,
      [
        { line: 2, message: /'22a1'/ },
        { line: 3, message: /'2289-2281'/ },
      ],
    ],
    [
      'an overlap',
      `${header}\n2281-2289;rijswijk;\n2285;laak;\n`,
      [{ line: 3, message: /PC4 2285 staat al op regel 2/ }],
    ],
    [
      'gemengd without candidates',
      `${header}\n2525;gemengd;twee stadsdelen\n`,
      [{ line: 2, message: /noem minstens twee/ }],
    ],
    ['too many fields', `${header}\n2525;laak;a;b\n`, [{ line: 2, message: /4 velden/ }]],
  ])('rejects %s, naming the line', (_case, text, expected) => {
    let problems: readonly { line: number; message: string }[] = [];
    try {
      parseWerkgebiedTable(text);
    } catch (error) {
      if (!(error instanceof WerkgebiedTableError)) throw error;
      problems = error.problems;
    }
    expect(problems).toEqual(
      expected.map((p) => ({ line: p.line, message: expect.stringMatching(p.message) as unknown })),
    );
  });
});
