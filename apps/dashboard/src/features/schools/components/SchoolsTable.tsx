import { DemoBadge } from '../../../components/states';
import { formatNumber } from '../../../utils/format';
import { schoolsStrings as t } from '../strings.nl';
import type { SchoolRow } from '../utils/schools';

export function SchoolsTable({ rows }: { readonly rows: readonly SchoolRow[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table data-table--schools">
        <caption className="visually-hidden">{t.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.name}</th>
            <th scope="col">{t.table.place}</th>
            <th scope="col">{t.table.werkgebied}</th>
            <th scope="col">{t.table.kind}</th>
            <th scope="col" className="num">
              {t.table.pupils}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span className="school-name">{row.name}</span> {row.isDemo ? <DemoBadge /> : null}
              </th>
              <td>{row.place ?? <span className="muted">{t.unknown}</span>}</td>
              <td>{row.werkgebiedName ?? <span className="muted">{t.unknown}</span>}</td>
              <td>
                <abbr title={row.kindLabel}>{row.kind}</abbr>
              </td>
              <td className="num">{formatNumber(row.pupils)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
