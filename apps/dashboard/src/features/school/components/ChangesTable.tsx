import { schoolStrings as t } from '../strings.nl';
import type { YearChange } from '../utils/profile';

export function ChangesTable({
  previousYear,
  changes,
}: {
  readonly previousYear: string | null;
  readonly changes: readonly YearChange[];
}) {
  if (previousYear === null) return <p className="muted">{t.changes.first}</p>;
  if (changes.length === 0) return <p>{t.changes.none(previousYear)}</p>;
  return (
    <>
      <p>{t.changes.intro(previousYear)}</p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t.sections.changes}</caption>
          <thead>
            <tr>
              <th scope="col">{t.changes.item}</th>
              <th scope="col">{t.changes.before}</th>
              <th scope="col">{t.changes.after}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={`${c.section}-${c.label}`}>
                <th scope="row">
                  {c.label} <span className="muted">({c.section})</span>
                </th>
                <td>{c.before ?? <span className="muted">{t.changes.added}</span>}</td>
                <td>{c.after ?? <span className="muted">{t.changes.removed}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
