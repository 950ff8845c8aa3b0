import { coverageShare, isCoverageGap, percentileCont } from './coverage';

describe('coverage figures', () => {
  it.each([
    [{ schools: 20, withItem: 5 }, 0.25],
    [{ schools: 3, withItem: 1 }, 0.3333],
    [{ schools: 0, withItem: 0 }, null],
  ])('share of %o is %s', (count, share) => {
    expect(coverageShare(count)).toBe(share);
  });

  it.each([
    [{ schools: 20, withItem: 0 }, 1, true],
    [{ schools: 20, withItem: 1 }, 1, false],
    [{ schools: 20, withItem: 1 }, 2, true],
  ])('gap for %o with minimum %i: %s', (count, minimum, gap) => {
    expect(isCoverageGap(count, minimum)).toBe(gap);
  });

  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[10], 0.75, 10],
    [[], 0.5, null],
  ])('percentile_cont of %o at %f is %s', (values, fraction, expected) => {
    expect(percentileCont(values, fraction)).toBe(expected);
  });
});
