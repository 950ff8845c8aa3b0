import { Link } from 'react-router-dom';
import { DemoBadge } from '../../../components/states';
import { formatDate, formatNumber } from '../../../utils/format';
import { schoolsStrings as t } from '../strings.nl';
import { formatKm, type FoundRow } from '../utils/find';
import type { SchoolRow } from '../utils/schools';
import { shortlistStrings } from '../../shortlist/strings.nl';
import { isOnShortlist, type LatLon, MAX_SAVED, type SavedSchool } from '../../shortlist/utils/shortlist';

function Pupils({ row }: { readonly row: SchoolRow }) {
  if (row.pupilsSuppressed) return <abbr title={t.pupilsSuppressedTitle}>{t.pupilsSuppressed}</abbr>;
  if (row.pupils === null) return <span className="muted">{formatNumber(null)}</span>;
  return (
    <span title={row.pupilsDate ? t.pupilsDate(formatDate(row.pupilsDate)) : undefined}>
      {formatNumber(row.pupils)}
    </span>
  );
}

function SopCell({ row }: { readonly row: SchoolRow }) {
  if (row.latestSop === null) return <span className="tag tag--missing">{t.sop.ontbreekt}</span>;
  return (
    <>
      {row.latestSop.schoolYear} <span className="muted">({t.sop.status[row.latestSop.status]})</span>
      {row.sopState === 'verouderd' ? <span className="tag tag--stale">{t.sop.verouderd}</span> : null}
    </>
  );
}

function SaveButton({
  row,
  near,
  nearPoint,
  saved,
  onSave,
}: {
  readonly row: FoundRow;
  readonly near: string;
  readonly nearPoint: LatLon | null;
  readonly saved: readonly SavedSchool[];
  readonly onSave: (school: SavedSchool) => void;
}) {
  const on = isOnShortlist(saved, row.id);
  const full = !on && saved.length >= MAX_SAVED;
  return (
    <button
      type="button"
      className="button button--secondary button--small save-button"
      aria-pressed={on}
      aria-label={shortlistStrings.saveSchool(row.name)}
      title={full ? shortlistStrings.full(MAX_SAVED) : undefined}
      disabled={full}
      onClick={() =>
        onSave({
          id: row.id,
          name: row.name,
          distanceKm: row.distanceKm,
          near: near === '' ? null : near,
          nearPoint:
            near === '' || nearPoint === null
              ? null
              : { latitude: nearPoint.latitude, longitude: nearPoint.longitude },
          matched: row.matched.map((m) => `${m.label}: ${m.detail}`),
        })
      }
    >
      {on ? `★ ${shortlistStrings.saved}` : `☆ ${shortlistStrings.save}`}
    </button>
  );
}

export function SchoolsTable({
  rows,
  showDistance,
  showMatched,
  selected,
  canSelectMore,
  onToggle,
  saved,
  onSave,
  near,
  nearPoint,
}: {
  readonly rows: readonly FoundRow[];
  /** The shortlist ("bewaard"), and how to add a row to it or take it off. */
  readonly saved: readonly SavedSchool[];
  readonly onSave: (school: SavedSchool) => void;
  /** The searched address (kept with a saved school beside its distance). */
  readonly near: string;
  /** Where the search placed `near` (its distances are measured from there), kept for a shared link. */
  readonly nearPoint: LatLon | null;
  readonly showDistance: boolean;
  readonly showMatched: boolean;
  readonly selected: readonly string[];
  readonly canSelectMore: boolean;
  readonly onToggle: (id: string) => void;
}) {
  // Under 768 px each row is laid out as a card (styles.css); `data-label` names the cells there.
  return (
    <div className="table-scroll table-scroll--cards">
      <table className="data-table data-table--schools">
        <caption className="visually-hidden">{t.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.select}</th>
            <th scope="col">{t.table.name}</th>
            <th scope="col">{t.table.place}</th>
            <th scope="col">{t.table.werkgebied}</th>
            <th scope="col">{t.table.kind}</th>
            <th scope="col" className="num">
              {t.table.pupils}
            </th>
            {showDistance ? (
              <th scope="col" className="num">
                {t.table.distance}
              </th>
            ) : null}
            {showMatched ? <th scope="col">{t.table.matched}</th> : null}
            <th scope="col">{t.table.sop}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const checked = selected.includes(row.id);
            return (
              <tr key={row.id} className={checked ? 'row--selected' : undefined}>
                <td className="cell--select">
                  <input
                    type="checkbox"
                    aria-label={t.table.selectSchool(row.name)}
                    checked={checked}
                    disabled={!checked && !canSelectMore}
                    onChange={() => onToggle(row.id)}
                  />
                </td>
                <th scope="row">
                  <Link className="school-name" to={`/scholen/${encodeURIComponent(row.id)}`}>
                    {row.name}
                  </Link>{' '}
                  {row.isDemo ? <DemoBadge /> : null}{' '}
                  <SaveButton row={row} near={near} nearPoint={nearPoint} saved={saved} onSave={onSave} />
                </th>
                <td data-label={t.table.place}>
                  {row.place ?? <span className="muted">{t.unknown}</span>}
                  {row.locationApproximate ? (
                    <>
                      {' '}
                      <span className="tag tag--approximate" title={t.map.approximateTitle}>
                        {t.map.approximate}
                      </span>
                    </>
                  ) : null}
                  {row.locationNote !== null ? (
                    <>
                      <br />
                      <small className="muted">{row.locationNote}</small>
                    </>
                  ) : null}
                </td>
                <td data-label={t.table.werkgebied}>
                  {row.werkgebiedName ?? <span className="muted">{t.unknown}</span>}
                </td>
                <td data-label={t.table.kind}>
                  <abbr title={row.kindLabel}>{row.kind}</abbr>
                </td>
                <td className="num" data-label={t.table.pupils}>
                  <Pupils row={row} />
                </td>
                {showDistance ? (
                  <td className="num" data-label={t.table.distance}>
                    {formatKm(row.distanceKm) ?? t.unknown}
                  </td>
                ) : null}
                {showMatched ? (
                  <td data-label={t.table.matched}>
                    <ul className="matches">
                      {row.matched.map((m) => (
                        <li key={m.key} className="match">
                          <mark>{m.label}</mark> <span className="muted">{m.detail}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                ) : null}
                <td data-label={t.table.sop}>
                  <SopCell row={row} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
