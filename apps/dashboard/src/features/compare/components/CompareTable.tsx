import { ExportLinks } from '../../exports/components/ExportLinks';
import { exportStrings } from '../../exports/strings.nl';
import { compareExportUrl } from '../../exports/utils/export-urls';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { DemoBadge, ErrorState, LoadingState } from '../../../components/states';
import { formatPercent } from '../../../utils/format';
import { useCompareSchoolsQuery } from '../hooks/useCompareSchoolsQuery';
import { compareStrings as t } from '../strings.nl';
import { compareFacts, compareSections, differenceCount } from '../utils/compare-table';

/** The aligned comparison of 2–6 schools from `compareSchools`, differences highlighted, shares as reference. */
export function CompareTable({ ids }: { readonly ids: readonly string[] }) {
  const query = useCompareSchoolsQuery(ids, null);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const toggleId = useId();
  if (query.status === 'loading') return <LoadingState />;
  if (query.status === 'error') return <ErrorState message={query.error.message} onRetry={query.refetch} />;
  const comparison = query.data;
  const sections = compareSections(comparison, onlyDifferences);
  const columns = comparison.schools;
  const facts = compareFacts(comparison);
  return (
    <section className="sop-section compare-aligned" aria-labelledby={`${toggleId}-title`}>
      <div className="chart-frame__header">
        <div>
          <h2 id={`${toggleId}-title`}>{t.aligned.title}</h2>
          <p className="chart-frame__meta" role="status">
            {t.aligned.differences(differenceCount(comparison))}
          </p>
        </div>
        <label className="checks__option" htmlFor={toggleId}>
          <input
            id={toggleId}
            type="checkbox"
            checked={onlyDifferences}
            onChange={(e) => setOnlyDifferences(e.target.checked)}
          />{' '}
          {t.aligned.onlyDifferences}
        </label>
      </div>
      <ExportLinks what={exportStrings.what.compare} url={(format) => compareExportUrl(format, ids, null)} />
      <div className="table-scroll">
        <table className="data-table data-table--compare">
          <caption className="visually-hidden">{t.aligned.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.aligned.item}</th>
              {columns.map((c) => (
                <th scope="col" key={c.school.id}>
                  <Link
                    to={`/scholen/${encodeURIComponent(c.school.id)}`}
                    aria-label={t.aligned.open(c.school.name)}
                  >
                    {c.school.name}
                  </Link>{' '}
                  {c.school.isDemo ? <DemoBadge /> : null}
                  <br />
                  <span className="muted">
                    {c.schoolYear ? t.aligned.sop(c.schoolYear) : t.aligned.noSop}
                  </span>
                </th>
              ))}
              <th scope="col" className="num">
                <abbr title={t.aligned.regionTitle}>{t.aligned.region}</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="compare-aligned__group">
              <th scope="colgroup" colSpan={columns.length + 2}>
                {t.aligned.facts.title}
              </th>
            </tr>
            {facts.map((fact) => (
              <tr key={fact.key} data-fact={fact.key}>
                <th scope="row">{fact.label}</th>
                {fact.cells.map((cell) => (
                  <td key={cell.schoolId}>
                    {cell.value}
                    {cell.detail !== null ? <span className="share">{cell.detail}</span> : null}
                  </td>
                ))}
                <td className="num" />
              </tr>
            ))}
          </tbody>
          {sections.map((section) => (
            <tbody key={section.kind}>
              <tr className="compare-aligned__group">
                <th scope="colgroup" colSpan={columns.length + 2}>
                  {t.aligned.kinds[section.kind]}{' '}
                  <span className="muted">({t.aligned.differences(section.differing)})</span>
                </th>
              </tr>
              {section.rows.length === 0 ? (
                <tr>
                  <td colSpan={columns.length + 2} className="muted">
                    {t.aligned.noRows}
                  </td>
                </tr>
              ) : null}
              {section.rows.map((row) => (
                <tr key={row.key} className={row.differs ? 'row--differs' : undefined}>
                  <th scope="row">
                    {row.label}
                    {row.differs ? <span className="tag tag--differs">{t.aligned.differs}</span> : null}
                  </th>
                  {row.cells.map((cell) => (
                    <td key={cell.schoolId} className={cell.has ? 'cell--has' : 'cell--hasnot'}>
                      <span className="visually-hidden">{cell.has ? t.aligned.has : t.aligned.hasNot}: </span>
                      {cell.label ?? <span className="muted">{t.aligned.unknown}</span>}
                      {cell.werkgebiedShare !== null ? (
                        <span className="share">
                          {t.aligned.werkgebiedShare(formatPercent(cell.werkgebiedShare))}
                        </span>
                      ) : null}
                    </td>
                  ))}
                  <td className="num">{formatPercent(row.regionShare)}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
      <p className="chart-frame__meta">
        {t.aligned.shareNote(comparison.shareSchoolYear, comparison.shareSchools)}
      </p>
    </section>
  );
}
