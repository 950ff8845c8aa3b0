import { describe, expect, it } from '@jest/globals';
import { CHART_CHROME, CHART_COLORS, SEQUENTIAL_BLUE, seriesColor } from './palette';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('palette: toegankelijk contrast', () => {
  it.each(Object.entries(CHART_COLORS))('%s (%s) has ≥ 4.5:1 on white', (_name, hex) => {
    expect(contrast(hex, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(SEQUENTIAL_BLUE.map((s, i) => [i, s.background, s.text] as const))(
    'heatmap step %i (%s) keeps its text (%s) readable at ≥ 4.5:1',
    (_i, background, text) => {
      expect(contrast(background, text)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each([
    ['axis', CHART_CHROME.axis],
    ['muted', CHART_CHROME.muted],
  ])('chrome %s (%s) has ≥ 4.5:1 on white', (_name, hex) => {
    expect(contrast(hex, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    [0, undefined, CHART_COLORS.blue],
    [1, undefined, CHART_COLORS.orange],
    [7, undefined, CHART_COLORS.blue],
    [0, 'teal' as const, CHART_COLORS.teal],
  ])('series %i (explicit %p) → %s', (index, explicit, expected) => {
    expect(seriesColor(index, explicit)).toBe(expected);
  });
});
