import { describe, expect, it } from '@jest/globals';
import { adminStrings as t } from '../strings.nl';
import { fundingFormFor, parseFundingForm } from './funding-form';

const form = (
  over: Partial<Record<'calendarYear' | 'basePerLocation' | 'perPupil' | 'note', string>> = {},
) => ({
  calendarYear: '2027',
  basePerLocation: '7.000',
  perPupil: '106,50',
  note: '  Begroting 2027 ',
  ...over,
});

describe('parseFundingForm', () => {
  it('turns Dutch input into the mutation variables', () => {
    expect(parseFundingForm(form(), t.fundingForm.errors)).toEqual({
      ok: true,
      value: { calendarYear: 2027, basePerLocation: 7000, perPupil: 106.5, note: 'Begroting 2027' },
    });
    expect(parseFundingForm(form({ note: '' }), t.fundingForm.errors)).toMatchObject({
      value: { note: null },
    });
  });

  it.each([
    ['a year outside 2000–2100', { calendarYear: '1999' }, 'calendarYear'],
    ['a year that is no year', { calendarYear: '27' }, 'calendarYear'],
    ['an English amount', { basePerLocation: '7,000.00' }, 'basePerLocation'],
    ['a base over 10 million', { basePerLocation: '10.000.001' }, 'basePerLocation'],
    ['a negative per-pupil amount', { perPupil: '-1' }, 'perPupil'],
    ['an empty per-pupil amount', { perPupil: '' }, 'perPupil'],
    ['a note over 1,000 characters', { note: 'x'.repeat(1001) }, 'note'],
  ])('refuses %s, naming the field', (_name, over, field) => {
    const result = parseFundingForm(form(over), t.fundingForm.errors);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : Object.keys(result.errors)).toEqual([field]);
  });
});

describe('fundingFormFor', () => {
  const rows = [
    { calendarYear: 2017, basePerLocation: 7000, perPupil: 106, note: 'gepubliceerd' },
    { calendarYear: 2025, basePerLocation: 7200, perPupil: 110.5, note: null },
  ];
  it.each([
    [2025, { calendarYear: '2025', basePerLocation: '7200', perPupil: '110,5', note: '' }],
    [2017, { calendarYear: '2017', basePerLocation: '7000', perPupil: '106', note: 'gepubliceerd' }],
    [2027, { calendarYear: '2027', basePerLocation: '7200', perPupil: '110,5', note: '' }],
    [2010, { calendarYear: '2010', basePerLocation: '', perPupil: '', note: '' }],
  ])('%i', (year, expected) => {
    expect(fundingFormFor(rows, year)).toEqual(expected);
  });
});
