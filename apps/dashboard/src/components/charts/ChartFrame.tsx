import {
  type ReactNode,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
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
 * Lazy plots take turns: one is drawn, and the next only in a later task, once the first is on the screen (its
 * commit). Charts that come near together (the first screen of a wide window, a fast scroll, a map beside them)
 * then draw as one task each instead of one long task that blocks input. A turn that does not finish (a chart
 * module that fails to load) is given up after TURN_TIMEOUT_MS, so the charts after it still draw.
 */
const TURN_TIMEOUT_MS = 2000;
const waitingTurns: ((release: () => void) => void)[] = [];
let turnTaken = false;

function nextTurn(): void {
  if (turnTaken) return;
  const start = waitingTurns.shift();
  if (!start) return;
  turnTaken = true;
  let done = false;
  const release = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    turnTaken = false;
    // the next chart in a task of its own, after the browser had a chance to paint and handle input
    setTimeout(nextTurn, 0);
  };
  const timer = setTimeout(release, TURN_TIMEOUT_MS);
  start(release);
}

/** Queues `start`; returns a cancel that leaves the queue, or ends the turn when it was already given. */
function takeTurn(start: (release: () => void) => void): () => void {
  let release: (() => void) | null = null;
  const entry = (r: () => void) => {
    release = r;
    start(r);
  };
  waitingTurns.push(entry);
  nextTurn();
  return () => {
    const index = waitingTurns.indexOf(entry);
    if (index >= 0) waitingTurns.splice(index, 1);
    release?.();
  };
}

/**
 * For a `lazy` frame: whether to draw its plot, a callback ref for the plot area, and `onDrawn` for when the plot
 * is on the screen. The plot is drawn once the area came within `margin` of the viewport (an IntersectionObserver;
 * once near, it stays drawn) and its turn came (see `takeTurn`), as a transition: React renders it in slices.
 * Before printing every plot is drawn at once (`flushSync`: the browser lays out the printout right after
 * `beforeprint`), so a printout misses none. Without `enabled` (or IntersectionObserver) it draws at once.
 */
export function useDrawWhenNear(
  enabled: boolean,
  margin = '300px',
): {
  readonly ref: (element: HTMLDivElement | null) => void;
  readonly draw: boolean;
  readonly onDrawn: () => void;
} {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const eager = !enabled || typeof IntersectionObserver === 'undefined';
  const [near, setNear] = useState(eager);
  const [draw, setDraw] = useState(eager);
  const release = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (draw) return undefined;
    const beforePrint = () => flushSync(() => setDraw(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [draw]);

  useEffect(() => {
    if (near || !element) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          setNear(true);
        }
      },
      { rootMargin: `${margin} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, element, margin]);

  useEffect(() => {
    if (!near || eager) return undefined;
    return takeTurn((done) => {
      release.current = done;
      startTransition(() => setDraw(true));
    });
  }, [near, eager]);

  const onDrawn = useCallback(() => release.current?.(), []);
  return { ref: setElement, draw, onDrawn };
}

/** Rendered after the plot inside its Suspense boundary: commits only when the plot itself is on the screen. */
function Drawn({ onDrawn }: { readonly onDrawn: () => void }) {
  useEffect(onDrawn, [onDrawn]);
  return null;
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
  const plot = useDrawWhenNear(lazy);
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
        ref={plot.ref}
        className="chart-frame__plot"
        style={height === 'auto' ? (plot.draw ? undefined : { minHeight: 320 }) : { height }}
        aria-busy={plot.draw ? undefined : true}
      >
        {/* a plot may be a lazily loaded module (charts/lazy.ts): its space is kept while it loads */}
        {plot.draw ? (
          <Suspense fallback={<LoadingState />}>
            {children}
            <Drawn onDrawn={plot.onDrawn} />
          </Suspense>
        ) : null}
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
