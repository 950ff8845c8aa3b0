import { expectedFunding, fundingDeviation, fundingPerPupil, PUBLISHED_FUNDING_2017_2018 } from './funding';

describe('funding of basisondersteuning', () => {
  it.each([
    ['the real SOP: €46.130 for 368 pupils', 46_130, 368, 125.35],
    ['a round amount', 10_000, 100, 100],
    ['no pupils known', 46_130, null, null],
    ['zero pupils', 46_130, 0, null],
    ['no amount stated', null, 368, null],
  ])('funding per pupil: %s', (_case, amount, pupils, expected) => {
    expect(fundingPerPupil(amount, pupils)).toBe(expected);
  });

  it.each([
    ['published 2017-2018 figures, 368 pupils', PUBLISHED_FUNDING_2017_2018, 368, 1, 7_000 + 106 * 368],
    ['two locations', { basePerLocation: 7_000, perPupil: 106 }, 200, 2, 14_000 + 21_200],
    ['no pupils yet', { basePerLocation: 7_000, perPupil: 106 }, 0, 1, 7_000],
    ['unknown pupils', { basePerLocation: 7_000, perPupil: 106 }, null, 1, null],
  ])('expected funding: %s', (_case, parameters, pupils, locations, expected) => {
    expect(expectedFunding(parameters, pupils, locations)).toBe(expected);
  });

  it('rejects an impossible number of locations', () => {
    expect(() => expectedFunding({ basePerLocation: 1, perPupil: 1 }, 10, 0)).toThrow(RangeError);
  });

  it.each([
    ['board skims 10%', 9_000, 10_000, { absolute: -1_000, relative: -0.1 }],
    ['board adds money', 46_130, 46_008, { absolute: 122, relative: 0.0027 }],
    ['exactly the formula', 100, 100, { absolute: 0, relative: 0 }],
    ['expected is zero', 50, 0, { absolute: 50, relative: null }],
    ['no stated amount', null, 100, null],
  ])('deviation: %s', (_case, stated, expected, deviation) => {
    expect(fundingDeviation(stated, expected)).toEqual(deviation);
  });
});
