import { type BatchLoader, byKey, groupByKey, RequestLoaders } from './request-loaders';

describe('byKey / groupByKey', () => {
  const rows = [
    { id: 'b', school: 's1' },
    { id: 'a', school: 's2' },
    { id: 'c', school: 's1' },
  ];

  it('orders values by key, with a fallback for missing keys', () => {
    expect(
      byKey(
        ['a', 'x', 'b'],
        rows,
        (r) => r.id,
        (r) => r.school,
        null,
      ),
    ).toEqual(['s2', null, 's1']);
  });

  it('groups rows by key in row order, empty for missing keys', () => {
    expect(groupByKey(['s1', 's3', 's2'], rows, (r) => r.school).map((g) => g.map((r) => r.id))).toEqual([
      ['b', 'c'],
      [],
      ['a'],
    ]);
  });
});

describe('RequestLoaders', () => {
  it('batches the loads of one tick into one call and caches per request', async () => {
    const calls: string[][] = [];
    const batch: BatchLoader<string, string> = {
      loadMany: (keys) => {
        calls.push([...keys]);
        return Promise.resolve(keys.map((k) => k.toUpperCase()));
      },
    };
    const loaders = new RequestLoaders();
    expect(await Promise.all(['a', 'b', 'a'].map((k) => loaders.for(batch).load(k)))).toEqual([
      'A',
      'B',
      'A',
    ]);
    expect(await loaders.for(batch).load('b')).toBe('B');
    expect(calls).toEqual([['a', 'b']]);
    await new RequestLoaders().for(batch).load('a');
    expect(calls).toHaveLength(2);
  });
});
