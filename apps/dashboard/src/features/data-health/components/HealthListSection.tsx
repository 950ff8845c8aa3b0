import { type ReactNode, useId, useState } from 'react';
import { ErrorState, LoadingState } from '../../../components/states';
import { type QueryResult } from '../../../graphql/useGraphQLQuery';
import { dataHealthStrings } from '../strings.nl';

export type Notice = { readonly kind: 'ok' | 'error'; readonly text: string };

/**
 * A fix of one school from a data-health list and what it says afterwards: saved (and audited) or failed, in Dutch.
 * The list itself reloads because the fix's mutation invalidates it (graphql/query-client.ts).
 */
export function useSchoolFix(): {
  readonly notice: Notice | null;
  readonly run: (school: string, action: () => Promise<void>) => Promise<boolean>;
} {
  const [notice, setNotice] = useState<Notice | null>(null);
  const run = (school: string, action: () => Promise<void>): Promise<boolean> => {
    setNotice(null);
    return action().then(
      () => {
        setNotice({ kind: 'ok', text: dataHealthStrings.saved(school) });
        return true;
      },
      (cause: unknown) => {
        setNotice({
          kind: 'error',
          text: dataHealthStrings.failed(cause instanceof Error ? cause.message : String(cause)),
        });
        return false;
      },
    );
  };
  return { notice, run };
}

/**
 * One list of data health in Beheer: title and intro, the outcome of the last fix, and the list as a table (loading,
 * error with retry, "none" when it is empty). The rows are the caller's.
 */
export function HealthListSection<TItem>({
  title,
  intro,
  notice,
  query,
  none,
  caption,
  columns,
  children,
}: {
  readonly title: string;
  readonly intro: string;
  readonly notice: Notice | null;
  readonly query: QueryResult<readonly TItem[]>;
  readonly none: string;
  readonly caption: (count: number) => string;
  readonly columns: readonly string[];
  readonly children: (items: readonly TItem[]) => ReactNode;
}) {
  const id = useId();
  return (
    <section className="sop-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="muted">{intro}</p>
      {notice ? (
        <p
          className={notice.kind === 'ok' ? 'state' : 'state state--error'}
          role={notice.kind === 'ok' ? 'status' : 'alert'}
        >
          {notice.text}
        </p>
      ) : null}
      {query.status === 'loading' ? <LoadingState /> : null}
      {query.status === 'error' ? <ErrorState message={query.error.message} onRetry={query.refetch} /> : null}
      {query.status === 'success' && query.data.length === 0 ? <p className="state">{none}</p> : null}
      {query.status === 'success' && query.data.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>{caption(query.data.length)}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children(query.data)}</tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
