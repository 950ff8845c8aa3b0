import { formatDate, formatEuro, formatNumber, formatPercent } from '../../../utils/format';
import { schoolStrings as t } from '../strings.nl';
import type { FundingSummary } from '../utils/profile';

/** Stated, expected and per-pupil basisondersteuning of the chosen SOP. */
export function FundingFigures({ summary }: { readonly summary: FundingSummary }) {
  if (summary.stated === null) return <p className="muted">{t.funding.none}</p>;
  return (
    <dl className="figures">
      <div className="figure">
        <dt>{t.funding.stated}</dt>
        <dd className="figure__value">{formatEuro(summary.stated)}</dd>
        {summary.year !== null ? <dd className="figure__note">{t.funding.year(summary.year)}</dd> : null}
      </div>
      <div className="figure">
        <dt>{t.funding.expected}</dt>
        <dd className="figure__value">{formatEuro(summary.expected)}</dd>
        <dd className="figure__note">
          {summary.parameters
            ? t.funding.expectedNote(
                formatEuro(summary.parameters.basePerLocation),
                formatEuro(summary.parameters.perPupil),
              )
            : t.funding.noParameters}
        </dd>
      </div>
      <div className="figure">
        <dt>{t.funding.perPupil}</dt>
        <dd className="figure__value">{formatEuro(summary.perPupil)}</dd>
        {summary.pupils ? (
          <dd className="figure__note">
            {t.funding.pupils(formatNumber(summary.pupils.total), formatDate(summary.pupils.referenceDate))}
          </dd>
        ) : null}
      </div>
      {summary.deviation ? (
        <div className="figure">
          <dt>{t.funding.difference}</dt>
          <dd className="figure__value">{formatEuro(summary.deviation.absolute)}</dd>
          <dd className="figure__note">{formatPercent(summary.deviation.relative, 1)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
