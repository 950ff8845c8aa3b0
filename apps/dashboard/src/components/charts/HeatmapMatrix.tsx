import { useState } from 'react';
import { formatNumber, MISSING } from '../../utils/format';
import { sortRows, type SortState } from './heatmap-sort';
import { bucketOf, valueExtent } from './chart-table';
import { SEQUENTIAL_BLUE } from './palette';
import { sharedStrings as t } from '../strings.nl';
import type { ChartCategory, LabelKey, ValueFormatter } from './types';

export interface HeatmapMatrixProps<T> {
  readonly data: readonly T[];
  /** Key of each row's label. */
  readonly index: LabelKey<T>;
  readonly indexLabel: string;
  /** One column per category. */
  readonly categories: readonly ChartCategory<T>[];
  readonly valueFormatter?: ValueFormatter;
  /** Fixed colour domain (e.g. 0–1 for shares); defaults to the data's extent. */
  readonly domain?: readonly [number, number];
  /** Click-through to one cell. */
  readonly onSelect?: (datum: T, category: ChartCategory<T>) => void;
  readonly caption: string;
}

/** A matrix as a real table (rows × categories) whose cells are shaded by value: readable without colour too. */
export function HeatmapMatrix<T>(props: HeatmapMatrixProps<T>) {
  const {
    data,
    index,
    indexLabel,
    categories,
    valueFormatter = formatNumber,
    domain,
    onSelect,
    caption,
  } = props;
  const extent = domain ?? valueExtent(data, categories);
  // Sortable by any column (a button in its header, so by keyboard too); the data's own order until then.
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = sortRows(data, index, sort);
  const header = (key: string, label: string, numeric: boolean) => {
    const active = sort?.key === key;
    return (
      <th
        key={key}
        scope="col"
        className={numeric ? 'num' : undefined}
        aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
      >
        <button
          type="button"
          className="heatmap__sort"
          aria-label={t.chart.sortBy(label)}
          onClick={() =>
            setSort({
              key,
              // numbers highest first, names A–Z first; a second click turns it round
              direction: active ? (sort.direction === 'asc' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc',
            })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    // Focusable and named: a table wider than a phone scrolls inside this box, by keyboard too.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {header(String(index), indexLabel, false)}
            {categories.map((c) => header(String(c.key), c.label, true))}
          </tr>
        </thead>
        <tbody>
          {rows.map((datum, rowIndex) => {
            const label = String(datum[index]);
            return (
              <tr key={`${label}-${rowIndex}`}>
                <th scope="row">{label}</th>
                {categories.map((c) => {
                  const value = datum[c.key];
                  const known = typeof value === 'number' && Number.isFinite(value);
                  const step =
                    known && extent
                      ? SEQUENTIAL_BLUE[bucketOf(value, extent, SEQUENTIAL_BLUE.length)]
                      : undefined;
                  const style = step ? { background: step.background, color: step.text } : undefined;
                  const text = known ? valueFormatter(value) : MISSING;
                  return (
                    <td key={c.key} className="num heatmap__cell" style={style}>
                      {onSelect && known ? (
                        <button
                          type="button"
                          className="heatmap__button"
                          aria-label={`${t.chart.select(`${label}, ${c.label}`)}: ${text}`}
                          onClick={() => onSelect(datum, c)}
                        >
                          {text}
                        </button>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
