import { describe, expect, it } from '@jest/globals';
import { formatDate, formatEuro, formatNumber, formatPercent, MISSING, parseDutchAmount } from './format';

describe('formatNumber: leerlingaantallen met Nederlandse scheiding', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [1234, '1.234'],
    [60290, '60.290'],
    [1234.6, '1.235'],
    [-12, '-12'],
    [null, MISSING],
    [undefined, MISSING],
    [Number.NaN, MISSING],
  ])('%p → %p', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });
});

describe('formatEuro: bedragen basisondersteuning', () => {
  it.each([
    [46130, {}, '€ 46.130'],
    [7000, {}, '€ 7.000'],
    [106, {}, '€ 106'],
    [0, {}, '€ 0'],
    [-1200, {}, '€ -1.200'],
    [139.6, { cents: true }, '€ 139,60'],
    [46130.5, { cents: true }, '€ 46.130,50'],
    [null, {}, MISSING],
  ])('%p %p → %p', (value, options, expected) => {
    expect(formatEuro(value, options)).toBe(expected);
  });
});

describe('formatPercent: aandelen als fractie', () => {
  it.each([
    [0.25, 0, '25%'],
    [1, 0, '100%'],
    [0, 0, '0%'],
    [0.125, 1, '12,5%'],
    [0.3333, 0, '33%'],
    [null, 0, MISSING],
  ])('%p (%p decimalen) → %p', (value, digits, expected) => {
    expect(formatPercent(value, digits)).toBe(expected);
  });
});

describe('formatDate: lange Nederlandse datum', () => {
  it.each([
    ['2026-11-28', '28 november 2026'],
    ['2023-10-01', '1 oktober 2023'],
    ['2024-01-01T00:30:00+01:00', '1 januari 2024'],
    [new Date(Date.UTC(2025, 6, 31, 12)), '31 juli 2025'],
    ['geen datum', MISSING],
    ['', MISSING],
    [null, MISSING],
  ])('%p → %p', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });
});

describe('parseDutchAmount: bedragen zoals mensen ze typen', () => {
  it.each([
    ['46.130', 46130],
    ['€ 46.130', 46130],
    ['€46130', 46130],
    ['46130,50', 46130.5],
    ['1.234.567,8', 1234567.8],
    ['  7000 ', 7000],
    ['0', 0],
    ['46,130.00', null],
    ['-5', null],
    ['46.13', null],
    ['12,345', null],
    ['zeven', null],
    ['', null],
  ])('%j → %j', (text, value) => {
    expect(parseDutchAmount(text)).toBe(value);
  });
});
