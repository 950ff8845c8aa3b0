import { useId, useMemo, useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/states';
import { type QueryResult } from '../../../graphql/useGraphQLQuery';
import { type AuditEventRow, useAuditTrailQuery } from '../hooks/useReviewQueries';
import { reviewStrings as t } from '../strings.nl';
import { auditFieldPaths, auditTimeText, auditValueText, eventsOfField } from '../utils/review';

/** The school's append-only audit trail: every change and refused attempt, oldest first. */
export function AuditTrail({
  schoolId,
  refreshKey,
}: {
  readonly schoolId: string;
  readonly refreshKey: string;
}) {
  return <AuditTrailView query={useAuditTrailQuery(schoolId, refreshKey)} />;
}

/** The audit trail of a query the caller already runs (it reads the events too), with the per-field filter. */
export function AuditTrailView({ query }: { readonly query: QueryResult<readonly AuditEventRow[]> }) {
  const id = useId();
  const [field, setField] = useState('');
  const events = query.status === 'success' ? query.data : null;
  const paths = useMemo(() => (events ? auditFieldPaths(events) : []), [events]);
  const shown = events ? eventsOfField(events, field) : [];
  return (
    <section aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t.audit.title}</h4>
      {paths.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-field`}>{t.audit.fieldFilter}</label>
          <select id={`${id}-field`} value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">{t.audit.allFields}</option>
            {paths.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {query.status === 'loading' ? (
        <LoadingState />
      ) : query.status === 'error' ? (
        <ErrorState message={query.error.message} onRetry={query.refetch} />
      ) : shown.length === 0 ? (
        <EmptyState>{t.audit.empty}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="data-table data-table--audit">
            <caption>{t.audit.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.audit.when}</th>
                <th scope="col">{t.audit.who}</th>
                <th scope="col">{t.audit.what}</th>
                <th scope="col">{t.audit.field}</th>
                <th scope="col">{t.audit.change}</th>
                <th scope="col">{t.audit.reason}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((event) => (
                <tr key={event.id}>
                  <td>{auditTimeText(event.occurredAt)}</td>
                  <td>{event.actor}</td>
                  <td>{t.audit.actions[event.action] ?? event.action}</td>
                  <td>{event.path ? <code>{event.path}</code> : '–'}</td>
                  <td>
                    {event.oldValue !== null || event.newValue !== null
                      ? `${auditValueText(event.oldValue)} → ${auditValueText(event.newValue)}`
                      : '–'}
                  </td>
                  <td>{event.reason ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
