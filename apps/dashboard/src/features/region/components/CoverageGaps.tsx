import { Link } from 'react-router-dom';
import { formatNumber } from '../../../utils/format';
import { type RegionOverviewData } from '../hooks/useRegionOverviewQuery';
import { regionStrings } from '../strings.nl';
import { gapRows, searchUrlFor } from '../utils/overview';

const t = regionStrings.insights;

/** Items that fewer than the minimum number of schools in a werkgebied offer, with the pupils there. */
export function CoverageGaps({ data }: { readonly data: RegionOverviewData }) {
  const rows = gapRows(data.items, ['expertise', 'facility']);
  return (
    <section className="sop-section" aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t.gaps.title}</h2>
      <p className="chart-frame__meta">{t.gaps.description}</p>
      {rows.length === 0 ? (
        <p>{t.gaps.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t.gaps.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.gaps.item}</th>
                <th scope="col">{t.gaps.werkgebieden}</th>
                <th scope="col" className="num">
                  {t.gaps.pupils}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => (
                <tr key={g.key}>
                  <th scope="row">
                    {g.label}{' '}
                    <span className="muted">({t.kinds[g.kind as keyof typeof t.kinds] ?? g.kind})</span>
                  </th>
                  <td>
                    {g.werkgebieden.map((w, i) => (
                      <span key={w.code ?? w.name}>
                        {i > 0 ? ', ' : ''}
                        <Link to={searchUrlFor('', '', w.code)}>{w.name}</Link>
                      </span>
                    ))}
                  </td>
                  <td className="num">{formatNumber(g.pupilsInGaps)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
