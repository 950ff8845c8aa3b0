import { schoolStrings as t } from '../strings.nl';
import type { HistoryTableRow } from '../utils/profile';

/** Every catalog item's value in each published SOP of the school (School.history), changed rows marked. */
export function HistoryTable({
  years,
  rows,
}: {
  readonly years: readonly string[];
  readonly rows: readonly HistoryTableRow[];
}) {
  if (years.length === 0 || rows.length === 0) return <p className="muted">{t.history.empty}</p>;
  return (
    <details className="history">
      <summary>{t.history.title(years.length)}</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t.history.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.item}</th>
              {years.map((y) => (
                <th scope="col" key={y}>
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className={row.changed ? 'row--differs' : undefined}>
                <th scope="row">
                  {row.label}{' '}
                  <span className="muted">
                    ({t.history.kinds[row.kind as keyof typeof t.history.kinds] ?? row.kind})
                  </span>
                  {row.changed ? <span className="tag tag--differs">{t.history.changed}</span> : null}
                </th>
                {row.values.map((v, i) => (
                  <td key={years[i] ?? i}>{v ?? <span className="muted">–</span>}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
