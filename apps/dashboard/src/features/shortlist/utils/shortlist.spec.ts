import { describe, expect, it } from '@jest/globals';
import {
  compareUrl,
  haversineKm,
  MAX_SAVED,
  readSearchPoint,
  readShortlist,
  type SavedSchool,
  searchPointOf,
  shareUrl,
  shownDistance,
  shownList,
  toggleSaved,
} from './shortlist';

const school = (id: string, extra: Partial<SavedSchool> = {}): SavedSchool => ({
  id,
  name: `School ${id}`,
  distanceKm: null,
  near: null,
  nearPoint: null,
  matched: [],
  ...extra,
});

describe('readShortlist', () => {
  it.each<[string, string | null, string[]]>([
    ['nothing stored', null, []],
    ['not JSON', '{kapot', []],
    ['not a list', '{"id":"a"}', []],
    [
      'a list with an unreadable entry and a double',
      JSON.stringify([
        school('a'),
        { id: 'b' },
        school('a'),
        school('c', { distanceKm: 1.2, near: '2524 CK' }),
      ]),
      ['a', 'c'],
    ],
  ])('%s', (_case, raw, ids) => {
    expect(readShortlist(raw).map((s) => s.id)).toEqual(ids);
  });

  it('keeps what the search knew about a school', () => {
    const saved = school('a', {
      distanceKm: 0.8,
      near: '2524 CK',
      nearPoint: { latitude: 52.0705, longitude: 4.3007 },
      matched: ['Autisme: Binnen het team'],
    });
    expect(readShortlist(JSON.stringify([saved]))).toEqual([saved]);
  });

  it.each<[string, unknown]>([
    ['a list saved before the point was kept', undefined],
    ['a broken point', { latitude: 95, longitude: 4.3 }],
    ['a point that is no object', '52.07,4.30'],
  ])('reads %s, without the point', (_case, nearPoint) => {
    const raw = JSON.stringify([
      { id: 'a', name: 'A', distanceKm: 0.8, near: '2524 CK', nearPoint, matched: [] },
    ]);
    expect(readShortlist(raw)).toEqual([school('a', { name: 'A', distanceKm: 0.8, near: '2524 CK' })]);
  });
});

describe('toggleSaved', () => {
  it('saves a school, and removes it the second time', () => {
    const once = toggleSaved([], school('a'));
    expect(once.map((s) => s.id)).toEqual(['a']);
    expect(toggleSaved(once, school('a'))).toEqual([]);
  });

  it(`keeps a full list (${MAX_SAVED} schools) as it is`, () => {
    const full = Array.from({ length: MAX_SAVED }, (_, i) => school(`s${i}`));
    expect(toggleSaved(full, school('extra')).map((s) => s.id)).toEqual(full.map((s) => s.id));
  });
});

describe('links', () => {
  const list = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => school(id));

  it('compares the first six side by side', () => {
    expect(compareUrl(list)).toBe('/vergelijken?school=a&school=b&school=c&school=d&school=e&school=f');
  });

  it('shares every school of the list (no search point when none was saved)', () => {
    expect(shareUrl('https://atlas.example', list.slice(0, 2))).toBe(
      'https://atlas.example/bewaard?school=a&school=b',
    );
  });
});

const HAAGSE_MARKT = { latitude: 52.0705, longitude: 4.3007 };
const SPUI = { latitude: 52.0776, longitude: 4.3176 };
const near = (label: string, point: { latitude: number; longitude: number }, km = 1.2) =>
  ({ distanceKm: km, near: label, nearPoint: point }) as const;

describe('a shared link carries the search point its distances were measured from', () => {
  it('carries the label and the exact coordinates', () => {
    const list = [school('a', near('2524 CK', HAAGSE_MARKT)), school('b', near('2524 CK', HAAGSE_MARKT))];
    expect(shareUrl('https://atlas.example', list)).toBe(
      'https://atlas.example/bewaard?school=a&school=b&vanaf=2524%20CK&punt=52.0705,4.3007',
    );
  });

  it.each<[string, SavedSchool[], string | null]>([
    ['no school saved around an address', [school('a'), school('b')], null],
    ['saved before the point was kept', [school('a', { distanceKm: 1, near: '2524 CK' })], null],
    [
      'the place most schools were measured from',
      [
        school('a', near('Spui 70, Den Haag', SPUI)),
        school('b', near('2524 CK', HAAGSE_MARKT)),
        school('c', near('2524 CK', HAAGSE_MARKT)),
        school('d'),
      ],
      '2524 CK',
    ],
    [
      'the first place on a tie',
      [school('a', near('Spui 70, Den Haag', SPUI)), school('b', near('2524 CK', HAAGSE_MARKT))],
      'Spui 70, Den Haag',
    ],
  ])('%s', (_case, list, label) => {
    expect(searchPointOf(list)?.label ?? null).toBe(label);
  });

  it('is read back from the link as it was written (label with spaces and commas, negative coordinates)', () => {
    const point = {
      label: 'Laan van Meerdervoort 1, Den Haag',
      latitude: -33.8688197,
      longitude: 151.2092955,
    };
    const link = shareUrl('https://atlas.example', [school('a', near(point.label, point))]);
    expect(readSearchPoint(new URL(link).searchParams)).toEqual(point);
  });

  it('keeps the point a shared list came with when it is passed on', () => {
    const from = { label: '2524 CK', ...HAAGSE_MARKT };
    expect(shareUrl('https://atlas.example', [school('a')], from)).toBe(
      'https://atlas.example/bewaard?school=a&vanaf=2524%20CK&punt=52.0705,4.3007',
    );
  });

  it.each<[string, string]>([
    ['an old link without it', 'school=a'],
    ['a point without a label', 'school=a&punt=52.07,4.30'],
    ['a label without a point', 'school=a&vanaf=2524%20CK'],
    ['a point that is no number pair', 'school=a&vanaf=2524%20CK&punt=52.07;4.30'],
    ['a latitude off the earth', 'school=a&vanaf=2524%20CK&punt=95,4.30'],
    ['a longitude off the earth', 'school=a&vanaf=2524%20CK&punt=52.07,181'],
  ])('reads no point from %s', (_case, query) => {
    expect(readSearchPoint(new URLSearchParams(query))).toBeNull();
  });
});

describe('haversineKm: the straight-line distance the search measures', () => {
  it.each<[string, { latitude: number; longitude: number }, { latitude: number; longitude: number }, number]>(
    [
      ['the same point', HAAGSE_MARKT, HAAGSE_MARKT, 0],
      [
        'one degree of latitude (IUGG mean radius)',
        { latitude: 0, longitude: 0 },
        { latitude: 1, longitude: 0 },
        111.195,
      ],
      ['Haagse Markt to Spui', HAAGSE_MARKT, SPUI, 1.399],
    ],
  )('%s', (_case, from, to, km) => {
    expect(haversineKm(from, to)).toBeCloseTo(km, 3);
    expect(haversineKm(to, from)).toBeCloseTo(km, 3);
  });
});

describe('shownDistance: what a card says about the distance', () => {
  const from = { label: '2524 CK', ...HAAGSE_MARKT };
  const saved = school('a', near('Spui 70, Den Haag', SPUI, 3.3));

  it("measures a shared link's schools from its point, whatever this browser saved", () => {
    const shown = shownDistance(saved, SPUI, from);
    expect(shown?.from).toBe('2524 CK');
    expect(shown?.km).toBeCloseTo(1.399, 3);
  });

  it('shows none for a school without coordinates on a shared link', () => {
    expect(shownDistance(saved, { latitude: null, longitude: null }, from)).toBeNull();
    expect(shownDistance(saved, undefined, from)).toBeNull();
  });

  it('shows the saved distance without a shared point (own list, old links)', () => {
    expect(shownDistance(saved, SPUI, null)).toEqual({ km: 3.3, from: 'Spui 70, Den Haag' });
    expect(shownDistance(school('b'), SPUI, null)).toBeNull();
  });
});

describe('shownList', () => {
  const saved = [school('a', { distanceKm: 1, near: '2524 CK' }), school('b')];

  it("shows this browser's list without a shared link", () => {
    expect(shownList(saved, [])).toBe(saved);
  });

  it("shows a shared link's schools, with what this browser saved about them", () => {
    const shown = shownList(saved, ['c', 'a', 'c']);
    expect(shown.map((s) => [s.id, s.distanceKm])).toEqual([
      ['c', null],
      ['a', 1],
    ]);
  });
});
