import { describe, expect, it } from '@jest/globals';
import { boxGeometry } from './box-plot';

describe('boxGeometry', () => {
  it('places min, quartiles, median and max on the bar from 0 to max (y grows downwards)', () => {
    // A bar of 200 px for max 400 drawn from y = 20: 0 lies at y = 220, each 100 euro is 50 px.
    expect(boxGeometry({ min: 100, q1: 150, median: 200, q3: 300, max: 400 }, 20, 200)).toEqual({
      max: 20,
      q3: 70,
      median: 120,
      q1: 145,
      min: 170,
    });
  });

  it.each([
    ['a missing quartile', { min: 1, q1: null, median: 2, q3: 3, max: 4 }],
    ['no amounts above 0', { min: 0, q1: 0, median: 0, q3: 0, max: 0 }],
  ])('draws nothing for %s', (_case, stats) => {
    expect(boxGeometry(stats, 0, 100)).toBeNull();
  });
});
