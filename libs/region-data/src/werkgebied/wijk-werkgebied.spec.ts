import { WERKGEBIED_CODES } from '@sop-atlas/sop-model';
import { decideWerkgebied, loadDefaultWijkTable, parseWijkTable, wijkKey } from './wijk-werkgebied';
import { loadDefaultWerkgebiedTable } from './werkgebied-table';

const table = loadDefaultWerkgebiedTable();

describe('decideWerkgebied: from gemeente, wijk and postcode, estimates marked', () => {
  it.each([
    ['Rijswijk by gemeente', { postcode: '2282 AB', gemeenteCode: '0603' }, 'rijswijk', 'gemeente'],
    [
      'Voorburg by gemeente',
      { postcode: '2271 AA', gemeenteCode: '1916' },
      'leidschendam-voorburg',
      'gemeente',
    ],
    [
      'PDOK wijk with CBS prefix',
      { postcode: '2524 CK', gemeenteCode: '0518', wijk: 'Wijk 38 Laakkwartier en Spoorwijk' },
      'laak',
      'pdok',
    ],
    [
      'PDOK wijk in a mixed PC4',
      { postcode: '2517 AA', gemeenteCode: '0518', wijk: 'Zorgvliet' },
      'scheveningen',
      'pdok',
    ],
    [
      'PDOK wijk Schildersbuurt',
      { postcode: '2525 AA', gemeenteCode: '0518', wijk: 'Schildersbuurt' },
      'centrum',
      'pdok',
    ],
    ['sure PC4', { postcode: '2511 AB', gemeenteCode: '0518' }, 'centrum', 'postcode'],
    ['estimated PC4', { postcode: '2524 CK', gemeenteCode: '0518' }, 'laak', 'geschat'],
    [
      'mixed PC4 without wijk: first named, estimated',
      { postcode: '2517 AA', gemeenteCode: '0518' },
      'centrum',
      'geschat',
    ],
    [
      'unknown wijk falls back to the table',
      { postcode: '2548 AA', gemeenteCode: '0518', wijk: 'Nergenshuizen' },
      'escamp',
      'postcode',
    ],
    [
      'Den Haag PC4 missing from the table: nearest',
      { postcode: '2519 AA', gemeenteCode: null },
      'centrum',
      'geschat',
    ],
  ])('%s', (_, input, werkgebied, source) => {
    expect(decideWerkgebied(input, table)).toMatchObject({ werkgebied, source });
  });

  it.each([
    ['outside SPPOH (Wassenaar)', { postcode: '2242 AA', gemeenteCode: '0629' }],
    ['no postcode, no gemeente', { postcode: null, gemeenteCode: null }],
  ])('none for %s', (_, input) => expect(decideWerkgebied(input, table).werkgebied).toBeNull());
});

describe('the wijk → stadsdeel table', () => {
  it('maps every wijk of domain.md to a werkgebied code', () => {
    const wijken = loadDefaultWijkTable();
    expect(wijken.size).toBeGreaterThanOrEqual(45);
    for (const code of wijken.values()) expect(WERKGEBIED_CODES).toContain(code);
    for (const stadsdeel of [
      'centrum',
      'escamp',
      'haagse-hout',
      'laak',
      'leidschenveen-ypenburg',
      'loosduinen',
      'scheveningen',
      'segbroek',
    ])
      expect([...wijken.values()]).toContain(stadsdeel);
  });

  it.each([
    ['Wijk 01 Oostduinen', 'oostduinen'],
    ['Geuzen- en Statenkwartier', 'geuzen en statenkwartier'],
    ['Bouwlust & Vrederust', 'bouwlust en vrederust'],
  ])('key %j → %j', (wijk, key) => expect(wijkKey(wijk)).toBe(key));

  it('refuses an unknown werkgebied with its line', () => {
    expect(() => parseWijkTable('wijk;werkgebied\nErgens;nergens\n')).toThrow(
      /regel 2: onbekend werkgebied 'nergens'/,
    );
  });
});
