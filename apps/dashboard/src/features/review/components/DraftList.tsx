import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { formatDate } from '../../../utils/format';
import { useDraftsQuery } from '../hooks/useReviewQueries';
import { reviewStrings as t } from '../strings.nl';

/** The drafts (newest first), a page at a time, each with its open/total warnings and a "Beoordelen" button. */
export function DraftList({
  refreshKey,
  onOpen,
}: {
  readonly refreshKey: number;
  readonly onOpen: (sopId: string) => void;
}) {
  const [after, setAfter] = useState<string | null>(null);
  const query = useDraftsQuery(after, refreshKey);
  if (query.status === 'loading') return <LoadingState />;
  if (query.status === 'error') return <ErrorState message={query.error.message} onRetry={query.refetch} />;
  const page = query.data;
  if (page.edges.length === 0) return <EmptyState>{t.list.empty}</EmptyState>;
  return (
    <div>
      <div className="table-scroll">
        <table className="data-table data-table--drafts">
          <caption>{t.list.caption(page.totalCount)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.list.school}</th>
              <th scope="col">{t.list.year}</th>
              <th scope="col">{t.list.status}</th>
              <th scope="col">{t.list.warnings}</th>
              <th scope="col">
                <span className="visually-hidden">{t.list.open}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node, cursor }) => (
              <tr key={cursor} className={node.unresolvedWarningCount > 0 ? 'row--warn' : undefined}>
                <th scope="row">
                  {node.school.name}
                  {node.sop.sourceDocument ? (
                    <span className="source"> · {node.sop.sourceDocument.fileName}</span>
                  ) : null}
                </th>
                <td>{node.schoolYear}</td>
                <td>
                  {t.statuses[node.sop.status] ?? node.sop.status} · {formatDate(node.sop.updatedAt)}
                </td>
                <td>{t.list.warningCount(node.unresolvedWarningCount, node.warningCount)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t.list.openLabel(node.school.name, node.schoolYear)}
                    onClick={() => onOpen(node.sop.id)}
                  >
                    {t.list.open}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="dialog__actions">
        {page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setAfter(page.pageInfo.endCursor ?? null)}
          >
            {t.list.more}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAfter(null);
            query.refetch();
          }}
        >
          {t.list.refresh}
        </button>
      </div>
    </div>
  );
}
