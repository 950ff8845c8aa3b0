import { describe, expect, it } from '@jest/globals';
import {
  circleBounds,
  formatKm,
  mapPoints,
  matchedItems,
  sopForFilters,
  toFoundRows,
  type FoundEdge,
} from './find';
import { EMPTY_SEARCH, type SearchFilters } from './search-params';

type Sop = FoundEdge['node']['sops'][number];

const SOP_2023: Sop = {
  schoolYear: '2023-2024',
  status: 'PUBLISHED',
  expertise: [
    { code: 'autisme', availabilityKind: 'in-team' },
    { code: 'gedrag', availabilityKind: 'ingekocht' },
  ],
  facilities: [
    { code: 'time-out-ruimte', status: 'aanwezig' },
    { code: 'lift', status: 'niet-van-toepassing' },
  ],
  partners: [{ code: 'logopedie', frequency: 'structureel' }],
  hgw: [{ code: 'doelgericht', status: 'in-ontwikkeling' }],
};
const DRAFT_2024: Sop = {
  schoolYear: '2024-2025',
  status: 'DRAFT',
  expertise: [],
  facilities: [],
  partners: [],
  hgw: [],
};

const f = (o: Partial<SearchFilters>): SearchFilters => ({ ...EMPTY_SEARCH, ...o });

describe('sopForFilters', () => {
  it.each([
    ['latest published, not the newer draft', '', '2023-2024'],
    ['the chosen year', '2024-2025', '2024-2025'],
    ['a year without SOP', '2020-2021', null],
  ])('%s', (_case, year, expected) => {
    expect(sopForFilters([DRAFT_2024, SOP_2023], year)?.schoolYear ?? null).toBe(expected);
  });
});

describe('matchedItems', () => {
  it.each<[string, Partial<SearchFilters>, string[]]>([
    ['no SOP filters', {}, []],
    [
      'autism in the team + time-out room',
      { expertise: ['autisme'], facilities: ['time-out-ruimte'] },
      ['Autisme: Binnen het team', 'Time-out-ruimte: Aanwezig in de school'],
    ],
    ['bought-in does not count in-team-only', { expertise: ['gedrag'] }, []],
    [
      'bought-in counts when allowed',
      { expertise: ['gedrag'], expertiseInTeamOnly: false },
      ['Gedrag: Ingekocht wanneer nodig'],
    ],
    ['absent facility is no match', { facilities: ['lift'] }, []],
    ['partner at least regelmatig', { partner: 'logopedie' }, ['Logopedie: Structureel']],
    ['HGW status must be equal', { hgw: 'doelgericht', hgwStatus: 'op-orde' }, []],
  ])('%s', (_case, filters, expected) => {
    const labels = matchedItems(SOP_2023, f(filters)).map((m) => `${m.label}: ${m.detail}`);
    expect(labels.map((l) => l.toLowerCase())).toEqual(expected.map((l) => l.toLowerCase()));
  });
});

const EDGE: FoundEdge = {
  cursor: 'c1',
  distanceKm: 1.26,
  node: {
    id: 's1',
    name: 'De Regenboog',
    place: 'Den Haag',
    gemeenteName: 'Den Haag',
    kind: 'BAO',
    isDemo: true,
    latitude: 52.07,
    longitude: 4.3,
    locationApproximate: false,
    locationSource: 'DEMO',
    latestPupilCount: { total: 210, suppressed: false, referenceDate: '2024-10-01' },
    werkgebied: { code: 'escamp', name: 'Escamp' },
    staleSop: null,
    sops: [SOP_2023],
  },
};

describe('toFoundRows and mapPoints', () => {
  it('keeps the API order, the distance and the matches', () => {
    const rows = toFoundRows(
      [
        EDGE,
        { ...EDGE, cursor: 'c2', distanceKm: null, node: { ...EDGE.node, id: 's2', latitude: null } },
        {
          ...EDGE,
          cursor: 'c3',
          node: { ...EDGE.node, id: 's3', locationApproximate: true, locationSource: 'GESCHAT' },
        },
        { ...EDGE, cursor: 'c4', node: { ...EDGE.node, id: 's4', locationSource: 'MANUAL' } },
      ],
      f({ facilities: ['time-out-ruimte'] }),
    );
    expect(rows.map((r) => [r.id, r.distanceKm, r.matched.length])).toEqual([
      ['s1', 1.26, 1],
      ['s2', null, 1],
      ['s3', 1.26, 1],
      ['s4', 1.26, 1],
    ]);
    expect(rows.map((r) => r.locationApproximate)).toEqual([false, false, true, false]);
    // Where a point is not PDOK's (nor demo data), the list and the map say where it comes from.
    expect(rows.map((r) => r.locationNote)).toEqual([
      null,
      null,
      'Locatie: geschat uit de postcode, niet uit het adres',
      'Locatie: door het SWV op de kaart gezet',
    ]);
    const point = { name: 'De Regenboog', latitude: 52.07, longitude: 4.3, isDemo: true };
    expect(mapPoints(rows, ['s1'])).toEqual([
      { ...point, id: 's1', selected: true, approximate: false, locationNote: null },
      {
        ...point,
        id: 's3',
        selected: false,
        approximate: true,
        locationNote: 'Locatie: geschat uit de postcode, niet uit het adres',
      },
      {
        ...point,
        id: 's4',
        selected: false,
        approximate: false,
        locationNote: 'Locatie: door het SWV op de kaart gezet',
      },
    ]);
  });
});

describe('formatKm', () => {
  it.each([
    [1.26, '1,3 km'],
    [0, '0,0 km'],
    [12, '12,0 km'],
    [null, null],
  ])('%s → %s', (km, expected) => {
    expect(formatKm(km)).toBe(expected);
  });
});

describe('circleBounds', () => {
  it('spans the radius ring around the home address (about 1 km = 0.009° latitude)', () => {
    const [[south, west], [north, east]] = circleBounds({ latitude: 52.07, longitude: 4.3, radiusKm: 2 });
    expect(north - south).toBeCloseTo((2 * 2) / 111.195, 6);
    // A degree of longitude is shorter at 52° north, so the box is wider in degrees than it is high.
    expect(east - west).toBeCloseTo((2 * 2) / (111.195 * Math.cos((52.07 * Math.PI) / 180)), 6);
    expect((north + south) / 2).toBeCloseTo(52.07, 9);
  });
});
