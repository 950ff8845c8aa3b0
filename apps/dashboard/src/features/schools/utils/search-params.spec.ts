import { describe, expect, it } from '@jest/globals';
import {
  EMPTY_SEARCH,
  toSortInput,
  filtersOnSopItems,
  filtersToSearchParams,
  type SearchFilters,
  searchParamsToFilters,
  toFilterInput,
  toNearInput,
} from './search-params';
import { WERKGEBIED_CODES } from '@sop-atlas/sop-model';

const with_ = (overrides: Partial<SearchFilters>): SearchFilters => ({ ...EMPTY_SEARCH, ...overrides });

describe('filters ⇄ URL round trip', () => {
  it.each<[string, SearchFilters, string]>([
    ['nothing chosen', EMPTY_SEARCH, ''],
    ['text', with_({ text: 'Jeroen' }), 'q=Jeroen'],
    [
      'two werkgebieden (link from a chart)',
      with_({ werkgebieden: ['escamp', 'laak'] }),
      'werkgebied=escamp&werkgebied=laak',
    ],
    ['kinds', with_({ kinds: ['SBO', 'SO'] }), 'soort=SBO&soort=SO'],
    [
      'autism in the team + time-out room near 2524 CK',
      with_({ expertise: ['autisme'], facilities: ['time-out-ruimte'], near: '2524 CK' }),
      'expertise=autisme&voorziening=time-out-ruimte&bij=2524+CK',
    ],
    [
      'all of two expertise areas, bought-in counts',
      with_({ expertise: ['autisme', 'gedrag'], expertiseMatch: 'ALL', expertiseInTeamOnly: false }),
      'expertise=autisme&expertise=gedrag&expertise-alle=1&ingekocht=1',
    ],
    ['partner with the default minimum', with_({ partner: 'logopedie' }), 'partner=logopedie'],
    [
      'partner structureel',
      with_({ partner: 'logopedie', partnerMinimum: 'structureel' }),
      'partner=logopedie&partner-min=structureel',
    ],
    [
      'HGW in ontwikkeling',
      with_({ hgw: 'doelgericht', hgwStatus: 'in-ontwikkeling' }),
      'hgw=doelgericht&hgw-status=in-ontwikkeling',
    ],
    ['pupils range', with_({ pupilsMin: 100, pupilsMax: 300 }), 'min-leerlingen=100&max-leerlingen=300'],
    ['only a lower bound of 0', with_({ pupilsMin: 0 }), 'min-leerlingen=0'],
    [
      'school year and real schools',
      with_({ schoolYear: '2023-2024', demo: 'echt' }),
      'jaar=2023-2024&demo=echt',
    ],
    [
      'address with radius and sort',
      with_({ near: 'Laan van Meerdervoort 1, Den Haag', radiusKm: 2.5, sort: 'DISTANCE' }),
      'bij=Laan+van+Meerdervoort+1%2C+Den+Haag&straal=2.5&sortering=DISTANCE',
    ],
  ])('%s', (_case, filters, query) => {
    expect(filtersToSearchParams(filters).toString()).toBe(query);
    expect(searchParamsToFilters(new URLSearchParams(query))).toEqual(filters);
  });
});

describe('searchParamsToFilters drops what the API would reject', () => {
  it.each<[string, string, Partial<SearchFilters>]>([
    ['unknown codes', 'werkgebied=atlantis&expertise=toveren&voorziening=zwembad&soort=VO', {}],
    ['duplicate codes once', 'expertise=autisme&expertise=autisme', { expertise: ['autisme'] }],
    ['negative or broken pupil numbers', 'min-leerlingen=-3&max-leerlingen=veel', {}],
    ['bad school year', 'jaar=2023', {}],
    ['radius too large is capped', 'bij=2524CK&straal=500', { near: '2524CK', radiusKm: 50 }],
    ['radius not a number falls back', 'bij=2524CK&straal=ver', { near: '2524CK' }],
    ['radius with a comma', 'bij=2524CK&straal=1,5', { near: '2524CK', radiusKm: 1.5 }],
    ['unknown sort', 'sortering=RANDOM', {}],
    ['padded text', 'q=++Jeroen++', { text: 'Jeroen' }],
  ])('%s', (_case, query, expected) => {
    expect(searchParamsToFilters(new URLSearchParams(query))).toEqual(with_(expected));
  });
});

describe('toNearInput', () => {
  it.each([
    ['', 5, null],
    ['2524CK', 5, { postcode: '2524 CK', radiusKm: 5 }],
    ['2524 ck', 2, { postcode: '2524 CK', radiusKm: 2 }],
    ['Laan van Meerdervoort 1', 3, { address: 'Laan van Meerdervoort 1', radiusKm: 3 }],
    ['52.0907, 4.2797', 5, { latitude: 52.0907, longitude: 4.2797, radiusKm: 5 }],
    ['-1.5,100', 1, { latitude: -1.5, longitude: 100, radiusKm: 1 }],
  ])('%j (%d km)', (near, radius, expected) => {
    expect(toNearInput(near, radius)).toEqual(expected);
  });
});

describe('toFilterInput', () => {
  it.each<[string, SearchFilters, ReturnType<typeof toFilterInput>]>([
    ['nothing chosen sends nothing', EMPTY_SEARCH, {}],
    [
      'autism + time-out room',
      with_({ expertise: ['autisme'], facilities: ['time-out-ruimte'] }),
      { expertise: { codes: ['autisme'], match: 'ANY', inTeamOnly: true }, facilities: ['time-out-ruimte'] },
    ],
    ['demo only', with_({ demo: 'demo' }), { isDemo: true }],
    ['real only', with_({ demo: 'echt' }), { isDemo: false }],
    ['upper bound only', with_({ pupilsMax: 150 }), { pupils: { max: 150 } }],
    [
      'partner and HGW',
      with_({ partner: 'logopedie', hgw: 'positief' }),
      {
        partner: { code: 'logopedie', minimumFrequency: 'regelmatig' },
        hgw: { code: 'positief', status: 'op-orde' },
      },
    ],
  ])('%s', (_case, filters, expected) => {
    expect(toFilterInput(filters)).toEqual(expected);
  });

  it.each<[Partial<SearchFilters>, boolean]>([
    [{}, false],
    [{ text: 'x', werkgebieden: ['laak'] }, false],
    [{ facilities: ['lift'] }, true],
    [{ partner: 'logopedie' }, true],
  ])('filtersOnSopItems(%j) → %s', (overrides, expected) => {
    expect(filtersOnSopItems(with_(overrides))).toBe(expected);
  });
});

describe('toSortInput: the SchoolSort of the search (also sent with the exports)', () => {
  it.each([
    ['default order', with_({}), null],
    ['by name, ascending', with_({ sort: 'NAME' }), { field: 'NAME', direction: 'ASC' }],
    ['by pupils, largest first', with_({ sort: 'PUPILS' }), { field: 'PUPILS', direction: 'DESC' }],
    ['by distance without a place: default order', with_({ sort: 'DISTANCE' }), null],
    [
      'by distance near a postcode',
      with_({ sort: 'DISTANCE', near: '2524CK' }),
      { field: 'DISTANCE', direction: 'ASC' },
    ],
  ])('%s', (_case, filters, expected) => {
    expect(toSortInput(filters)).toEqual(expected);
  });
});

describe('the SOP state and "every werkgebied of SPPOH": the lists behind the Regio-overzicht figures', () => {
  it.each<[string, string, Partial<SearchFilters>, ReturnType<typeof toFilterInput>]>([
    [
      'stale SOPs in SPPOH',
      'werkgebied=sppoh&sop=verouderd&jaar=2025-2026',
      { inRegion: true, sopState: 'verouderd', schoolYear: '2025-2026' },
      { werkgebieden: [...WERKGEBIED_CODES], status: 'STALE', schoolYear: '2025-2026' },
    ],
    [
      'without a published SOP in one werkgebied',
      'werkgebied=laak&sop=zonder&jaar=2025-2026',
      { werkgebieden: ['laak'], sopState: 'zonder', schoolYear: '2025-2026' },
      { werkgebieden: ['laak'], status: 'MISSING', schoolYear: '2025-2026' },
    ],
    ['published', 'sop=gepubliceerd', { sopState: 'gepubliceerd' }, { status: 'PUBLISHED' }],
    ['concepts', 'sop=concept', { sopState: 'concept' }, { status: 'DRAFT' }],
  ])('%s', (_name, query, filters, input) => {
    const read = searchParamsToFilters(new URLSearchParams(query));
    expect(read).toEqual(with_(filters));
    expect(filtersToSearchParams(read).toString()).toBe(query);
    expect(toFilterInput(read)).toEqual(input);
  });

  it('drops an unknown state', () => {
    expect(searchParamsToFilters(new URLSearchParams('sop=misschien')).sopState).toBe('');
  });
});
