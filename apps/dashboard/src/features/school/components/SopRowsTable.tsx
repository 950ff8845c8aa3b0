import { schoolStrings as t } from '../strings.nl';
import type { ProfileRow } from '../utils/profile';

function Value({ row }: { readonly row: ProfileRow }) {
  if (row.candidates.length > 0)
    return <span className="value value--ambiguous">{t.ambiguous(row.candidates.join(t.or))}</span>;
  if (row.value === null) return <span className="muted">{t.notFilled}</span>;
  return (
    <>
      {row.value}
      {row.availabilityKind === 'in-team' ? <span className="tag tag--team">{t.inTeam}</span> : null}
      {row.availabilityKind === 'ingekocht' ? <span className="tag tag--bought">{t.purchased}</span> : null}
    </>
  );
}

/** One SOP table (HGW, expertise, partners, facilities): value, source and warnings per catalog item. */
export function SopRowsTable({
  caption,
  rows,
}: {
  readonly caption: string;
  readonly rows: readonly ProfileRow[];
}) {
  if (rows.length === 0) return <p className="muted">{t.notFilled}</p>;
  return (
    // focusable and named: on a phone the table scrolls sideways in this box, by keyboard too
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table data-table--sop">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.columns.item}</th>
            <th scope="col">{t.columns.value}</th>
            <th scope="col">{t.columns.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={row.warnings.length > 0 || row.candidates.length > 0 ? 'row--warn' : undefined}
            >
              <th scope="row">{row.label}</th>
              <td>
                <Value row={row} />
                {row.warnings.map((w) => (
                  <p key={w} className="warning">
                    <strong>{t.warning}:</strong> {w}
                  </p>
                ))}
              </td>
              <td className="source">{row.sources.length > 0 ? row.sources.join('; ') : t.source.none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
