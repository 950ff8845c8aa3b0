import {
  CATALOGS,
  EXPERTISE_CODES,
  FACILITY_CODES,
  HGW_CODES,
  PARTNER_CODES,
  catalogLabel,
  frequencyRank,
  matchCatalogLabel,
  type CatalogKind,
  WERKGEBIED_CODES,
  werkgebiedName,
} from './catalogs';

describe('catalogs of the Haaglanden model SOP 2021-2025', () => {
  it.each([
    ['hgw', HGW_CODES, 7],
    ['expertise', EXPERTISE_CODES, 12],
    ['partner', PARTNER_CODES, 11],
    ['facility', FACILITY_CODES, 9],
  ] as const)('%s lists the template rows in order with the contract codes', (kind, codes, count) => {
    const items = CATALOGS[kind];
    expect(items).toHaveLength(count);
    expect(items.map((i) => i.code)).toEqual([...codes]);
    expect(items.map((i) => i.row)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    for (const item of items) expect(item.since).toBe('haaglanden-model-sop-2021-2025');
  });

  // Row labels exactly as the real SOP of Basisschool Jeroen prints them (after joining wrapped lines).
  it.each<[CatalogKind, string, string | null]>([
    ['hgw', '1. Doelgericht werken.', 'doelgericht'],
    ['hgw', '2. De werkwijze is systematisch, in stappen en transparant.', 'systematisch'],
    [
      'hgw',
      '5. Ouders en leerkrachten worden als ervaringsdeskundigen en partners gezien.',
      'ouders-partners',
    ],
    ['expertise', 'Remedial teaching', 'remedial-teaching'],
    ['expertise', 'Expertise taal, lezen en spraak', 'taal-lezen-spraak'],
    ['expertise', 'Expertise (hoog)begaafdheid', 'hoogbegaafdheid'],
    ['expertise', 'Expertise tweede taal/NT2', 'nt2'],
    ['expertise', 'Expertise autisme', 'autisme'],
    ['expertise', 'Expertise muziek', null],
    ['partner', 'Speciaal Basisonderwijs', 'sbo'],
    ['partner', 'Schoolmaatschappelijk werk (+)', 'schoolmaatschappelijk-werk'],
    ['partner', 'Jeugdgezondheidzorg/schoolarts/School verpleegkundige', 'jgz'],
    ['partner', 'Jeugdgezondheidzorg/schoolarts/Schoolverpleegkundige', 'jgz'],
    ['partner', 'CJG', 'cjg'],
    ['partner', 'Politie/wijkagent', 'politie-wijkagent'],
    ['partner', 'Ergotherapie', null],
    ['facility', 'Voorzieningen doven/slechthorenden', 'voorzieningen-doven-slechthorenden'],
    ['facility', 'Time out ruimte', 'time-out-ruimte'],
    ['facility', 'Time-out-ruimte', 'time-out-ruimte'],
    ['facility', 'Lift', 'lift'],
    ['facility', '', null],
  ])('matches %s row "%s" to %s', (kind, label, code) => {
    expect(matchCatalogLabel(kind, label)).toBe(code);
  });

  it('gives Dutch labels for codes and nothing for unknown codes', () => {
    expect(catalogLabel('facility', 'time-out-ruimte')).toBe('Time-out-ruimte');
    expect(catalogLabel('partner', 'bestaat-niet')).toBeUndefined();
  });

  it.each([
    ['structureel', 3],
    ['regelmatig', 2],
    ['incidenteel', 1],
    ['niet-van-toepassing', 0],
  ] as const)('ranks frequency %s as %i', (frequency, rank) => {
    expect(frequencyRank(frequency)).toBe(rank);
  });
});

describe('werkgebiedName: what people read instead of the code', () => {
  it.each<[string | null, string | null]>([
    ['laak', 'Laak'],
    ['rijswijk', 'Rijswijk'],
    ['haagse-hout', 'Haagse Hout'],
    ['leidschenveen-ypenburg', 'Leidschenveen-Ypenburg'],
    ['leidschendam-voorburg', 'Leidschendam-Voorburg'],
    [null, null],
    ['onbekend-gebied', 'onbekend-gebied'],
  ])('%s → %s', (code, name) => {
    expect(werkgebiedName(code)).toBe(name);
  });

  it('names every werkgebied of the catalog without a code in it', () => {
    for (const code of WERKGEBIED_CODES) expect(werkgebiedName(code)).not.toBe(code);
  });
});
