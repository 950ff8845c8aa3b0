import { formatDegrees, parseDegrees } from './data-health';

describe('coordinates typed by staff', () => {
  it.each([
    ['52,0712', 52.0712],
    ['52.0712', 52.0712],
    [' 4,31 ', 4.31],
    ['-0,5', -0.5],
    ['52', 52],
    ['', null],
    ['52,07,1', null],
    ['abc', null],
    ['1e3', null],
    ['52,', null],
  ])('%j → %j', (text, value) => {
    expect(parseDegrees(text)).toBe(value);
  });

  it('writes degrees with a decimal comma and at most six decimals', () => {
    expect(formatDegrees(52.07123456)).toBe('52,071235');
    expect(formatDegrees(4.3)).toBe('4,3');
  });
});
