import { formatNumber, MISSING } from '../../utils/format';
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
  return (
    <div className="table-scroll">
      <table className="heatmap">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{indexLabel}</th>
            {categories.map((c) => (
              <th key={c.key} scope="col" className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.map((datum, rowIndex) => {
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
