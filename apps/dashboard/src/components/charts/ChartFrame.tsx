import { type ReactNode, startTransition, Suspense, useEffect, useId, useState } from 'react';
import { flushSync } from 'react-dom';
import { EmptyState, ErrorState, LoadingState } from '../states';
import { sharedStrings as t } from '../strings.nl';
import type { ChartTable } from './types';

export type ChartStatus =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string; readonly onRetry?: () => void }
  | { readonly kind: 'empty'; readonly message?: string }
  | { readonly kind: 'ready' };

export interface ChartFrameProps {
  /** Says what the chart shows, e.g. "Aantal scholen per werkgebied". */
  readonly title: string;
  readonly description?: string;
  /** Unit of the values, e.g. "scholen" or "euro". */
  readonly unit: string;
  readonly status: ChartStatus;
  /** The accessible table alternative; null while there is nothing to show. */
  readonly table: ChartTable | null;
  /** Click-through from the table view (same target as clicking the chart). */
  readonly onSelectRow?: (index: number) => void;
  /** Height of the plot area in pixels (Recharts needs one); `auto` for table-like charts such as the heatmap. */
  readonly height?: number | 'auto';
  /**
   * Draw the plot only when it comes near the viewport (space kept until then). For charts below the fold on
   * heavy pages: the first load does not pay for drawing what nobody sees yet (Lighthouse TBT). With a plot from
   * `charts/lazy.ts` it does not even load the chart library until then.
   */
  readonly lazy?: boolean;
  readonly children: ReactNode;
}

/**
 * Whether the element came within `margin` of the viewport (once true, stays true); always true when `enabled`
 * is off. Returns a callback ref: the element may appear later (after a loading state).
 *
 * Coming near renders as a transition: React draws the chart in slices instead of one long task, and charts that
 * come near together (a fast scroll) do not block input. Before printing every chart is drawn at once (`flushSync`:
 * the browser lays out the printout right after `beforeprint`), so a printed page misses none.
 */
export function useNearViewport(
  enabled: boolean,
  margin = '300px',
): [(element: HTMLDivElement | null) => void, boolean] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [near, setNear] = useState(!enabled || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          startTransition(() => setNear(true));
        }
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    const beforePrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [near, element, margin]);
  return [setElement, near];
}

/** Frame shared by all charts: title, unit, sizing, loading/empty/error states and the "Bekijk als tabel" toggle. */
export function ChartFrame(props: ChartFrameProps) {
  const {
    title,
    description,
    unit,
    status,
    table,
    onSelectRow,
    height = 320,
    lazy = false,
    children,
  } = props;
  const [asTable, setAsTable] = useState(false);
  const [plotRef, near] = useNearViewport(lazy);
  const titleId = useId();
  const bodyId = useId();
  const canToggle = status.kind === 'ready' && table !== null;

  let body: ReactNode;
  if (status.kind === 'loading') body = <LoadingState />;
  else if (status.kind === 'error') body = <ErrorState message={status.message} onRetry={status.onRetry} />;
  else if (status.kind === 'empty') body = <EmptyState>{status.message ?? t.empty}</EmptyState>;
  else if (asTable && table)
    body = <ChartDataTable table={table} caption={title} onSelectRow={onSelectRow} />;
  else
    body = (
      <div
        ref={plotRef}
        className="chart-frame__plot"
        style={height === 'auto' ? (near ? undefined : { minHeight: 320 }) : { height }}
        aria-busy={near ? undefined : true}
      >
        {/* a plot may be a lazily loaded module (charts/lazy.ts): its space is kept while it loads */}
        {near ? <Suspense fallback={<LoadingState />}>{children}</Suspense> : null}
      </div>
    );

  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <div className="chart-frame__header">
        <div>
          <h2 className="chart-frame__title" id={titleId}>
            {title}
          </h2>
          <p className="chart-frame__meta">
            {description ? <span>{description} · </span> : null}
            <span>{t.chart.unit(unit)}</span>
          </p>
        </div>
        {canToggle ? (
          <button
            type="button"
            className="button button--secondary"
            aria-pressed={asTable}
            aria-controls={bodyId}
            onClick={() => setAsTable((v) => !v)}
          >
            {asTable ? t.chart.showChart : t.chart.showTable}
          </button>
        ) : null}
      </div>
      <div id={bodyId}>{body}</div>
    </figure>
  );
}

export function ChartDataTable({
  table,
  caption,
  onSelectRow,
}: {
  readonly table: ChartTable;
  readonly caption: string;
  readonly onSelectRow?: (index: number) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.index}>
              {row.cells.map((cell, i) => {
                const column = table.columns[i];
                if (i === 0)
                  return (
                    <th key={i} scope="row">
                      {onSelectRow ? (
                        <button type="button" className="link-button" onClick={() => onSelectRow(row.index)}>
                          {cell}
                        </button>
                      ) : (
                        cell
                      )}
                    </th>
                  );
                return (
                  <td key={i} className={column?.numeric ? 'num' : undefined}>
                    {cell}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
