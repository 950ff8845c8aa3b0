import { formatNumber } from '../../utils/format';
import { CHART_CHROME } from './palette';
import type { ValueFormatter } from './types';

export const AXIS_TICK = { fill: CHART_CHROME.axis, fontSize: 12 } as const;

/** Tooltip/axis formatting that tolerates Recharts' loose value types. */
export function formatUnknown(value: unknown, formatter: ValueFormatter = formatNumber): string {
  if (typeof value === 'number') return formatter(value);
  if (Array.isArray(value)) return value.map((v) => formatUnknown(v, formatter)).join(' – ');
  return typeof value === 'string' ? value : '';
}

/** The data index Recharts reports for a click (number or numeric string), or null. */
export function clickedIndex(activeIndex: unknown, length: number): number | null {
  const index = typeof activeIndex === 'number' ? activeIndex : Number(activeIndex);
  return Number.isInteger(index) && index >= 0 && index < length ? index : null;
}
