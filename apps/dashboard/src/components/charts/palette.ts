/**
 * The one place chart colours live. Every categorical colour has at least 4.5:1 contrast on white (so it also works
 * for text and thin lines); the sequential scale pairs each step with a text colour that keeps 4.5:1 on it.
 * Components take colour *names* (`ChartColor`), never hex codes.
 */

export const CHART_COLORS = {
  blue: '#1f5fa8',
  orange: '#a34f00',
  green: '#1b7045',
  purple: '#6b3fa0',
  magenta: '#a8205a',
  teal: '#0b6672',
  grey: '#58616b',
} as const;

export type ChartColor = keyof typeof CHART_COLORS;

/** Default order for series without an explicit colour. */
export const CATEGORICAL_ORDER: readonly ChartColor[] = [
  'blue',
  'orange',
  'green',
  'purple',
  'magenta',
  'teal',
  'grey',
];

export function colorValue(color: ChartColor): string {
  return CHART_COLORS[color];
}

/** The colour of the n-th series (wraps around). */
export function seriesColor(index: number, explicit?: ChartColor): string {
  const name = explicit ?? CATEGORICAL_ORDER[index % CATEGORICAL_ORDER.length] ?? 'blue';
  return CHART_COLORS[name];
}

export interface SequentialStep {
  readonly background: string;
  readonly text: string;
}

/** Light to dark blue, 5 steps, for heatmaps (0 = lowest). */
export const SEQUENTIAL_BLUE: readonly SequentialStep[] = [
  { background: '#eef4fb', text: '#1a1a1a' },
  { background: '#c9dcf1', text: '#1a1a1a' },
  { background: '#8db5e0', text: '#1a1a1a' },
  { background: '#2f6bb3', text: '#ffffff' },
  { background: '#1b4f8c', text: '#ffffff' },
];

/** Neutral colours for axes, grid and muted text in charts. */
export const CHART_CHROME = {
  axis: '#4a525a',
  grid: '#d9dde2',
  muted: '#58616b',
  empty: '#f4f5f7',
} as const;
