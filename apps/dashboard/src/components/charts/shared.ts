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

/** A chart's `onClick`: calls `onSelect` with the clicked datum and its index; undefined without `onSelect`. */
export function selectHandler<T>(
  data: readonly T[],
  onSelect: ((datum: T, index: number) => void) | undefined,
): ((state: { activeIndex?: unknown }) => void) | undefined {
  if (!onSelect) return undefined;
  return (state) => {
    const i = clickedIndex(state.activeIndex, data.length);
    const datum = i === null ? undefined : data[i];
    if (i !== null && datum !== undefined) onSelect(datum, i);
  };
}
