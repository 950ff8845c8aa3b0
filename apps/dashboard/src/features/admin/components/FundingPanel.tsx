import { PUBLISHED_FUNDING_2017_2018 } from '@sop-atlas/sop-model';
import { ChartFrame, toChartTable, type ChartCategory } from '../../../components/charts';
import { LineChart } from '../../../components/charts/LineChart';
import { formatEuro } from '../../../utils/format';
import { useFundingParametersQuery } from '../hooks/useFundingParametersQuery';
import { adminStrings as t } from '../strings.nl';
import { EXAMPLE_PUPILS, type FundingDatum, fundingSeries } from '../utils/funding-chart';
import { FundingParametersForm } from './FundingParametersForm';

const CHART_CATEGORIES: readonly ChartCategory<FundingDatum>[] = [
  { key: 'perPupil', label: t.funding.perPupil, color: 'blue' },
];
const TABLE_CATEGORIES: readonly ChartCategory<FundingDatum>[] = [
  ...CHART_CATEGORIES,
  { key: 'basePerLocation', label: t.funding.base },
  { key: 'example', label: t.funding.example(EXAMPLE_PUPILS) },
];

/** Beheer → Bekostiging: the funding formula per calendar year for everyone to read; staff set a year's amounts. */
export function FundingPanel({ staff }: { readonly staff: boolean }) {
  const query = useFundingParametersQuery();
  const data = query.status === 'success' ? fundingSeries(query.data) : [];
  const euro = (v: number) => formatEuro(v);
  return (
    <>
      <p className="lead">{t.intro}</p>
      <p className="state">
        {t.funding.published(
          formatEuro(PUBLISHED_FUNDING_2017_2018.basePerLocation),
          formatEuro(PUBLISHED_FUNDING_2017_2018.perPupil),
          PUBLISHED_FUNDING_2017_2018.note,
        )}
      </p>
      <ChartFrame
        title={t.funding.title}
        description={t.funding.description(EXAMPLE_PUPILS)}
        unit={t.funding.unit}
        status={
          query.status === 'loading'
            ? { kind: 'loading' }
            : query.status === 'error'
              ? { kind: 'error', message: query.error.message, onRetry: query.refetch }
              : data.length === 0
                ? { kind: 'empty', message: t.funding.empty }
                : { kind: 'ready' }
        }
        table={toChartTable({
          data,
          index: 'year',
          indexLabel: t.funding.index,
          categories: TABLE_CATEGORIES,
          valueFormatter: euro,
        })}
      >
        <LineChart data={data} index="year" categories={CHART_CATEGORIES} valueFormatter={euro} />
      </ChartFrame>
      {staff && query.status === 'success' ? (
        <FundingParametersForm rows={query.data} onSaved={query.refetch} />
      ) : null}
    </>
  );
}
