import { describe, expect, it } from '@jest/globals';
import {
  compareUrl,
  MAX_SAVED,
  readShortlist,
  type SavedSchool,
  shareUrl,
  shownList,
  toggleSaved,
} from './shortlist';

const school = (id: string, extra: Partial<SavedSchool> = {}): SavedSchool => ({
  id,
  name: `School ${id}`,
  distanceKm: null,
  near: null,
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
    const saved = school('a', { distanceKm: 0.8, near: '2524 CK', matched: ['Autisme: Binnen het team'] });
    expect(readShortlist(JSON.stringify([saved]))).toEqual([saved]);
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

  it('shares every school of the list', () => {
    expect(shareUrl('https://atlas.example', list.slice(0, 2))).toBe(
      'https://atlas.example/bewaard?school=a&school=b',
    );
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
