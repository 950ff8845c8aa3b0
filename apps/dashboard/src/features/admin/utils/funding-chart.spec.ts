import { describe, expect, it } from '@jest/globals';
import { fundingSeries } from './funding-chart';

describe('fundingSeries: bekostigingsparameters per kalenderjaar', () => {
  it.each([
    ['empty', [], 250, []],
    [
      'sorted oldest first with the formula amount of an example school',
      [
        { calendarYear: 2024, basePerLocation: 7500, perPupil: 110 },
        { calendarYear: 2018, basePerLocation: 7000, perPupil: 106 },
      ],
      250,
      [
        { year: '2018', basePerLocation: 7000, perPupil: 106, example: 33500 },
        { year: '2024', basePerLocation: 7500, perPupil: 110, example: 35000 },
      ],
    ],
    [
      'school without pupils gets the vaste voet',
      [{ calendarYear: 2023, basePerLocation: 7000, perPupil: 106 }],
      0,
      [{ year: '2023', basePerLocation: 7000, perPupil: 106, example: 7000 }],
    ],
  ])('%s', (_name, rows, pupils, expected) => {
    expect(fundingSeries(rows, pupils)).toEqual(expected);
  });
});
