import { useNavigate } from 'react-router-dom';
import { type ChartCategory, ChartFrame } from '../../../components/charts';
import { ScatterChart } from '../../../components/charts/lazy';
import { formatEuro, formatNumber } from '../../../utils/format';
import { useFundingScatterQuery } from '../hooks/useFundingScatterQuery';
import { regionStrings } from '../strings.nl';
import { type FundingPoint } from '../utils/overview';

const t = regionStrings.insights;
const euro = (v: number) => formatEuro(v);

const SCATTER_CATEGORIES: readonly [ChartCategory<FundingPoint>, ChartCategory<FundingPoint>] = [
  { key: 'pupils', label: t.scatter.pupils },
  { key: 'perPupil', label: t.scatter.perPupil },
];

export function FundingScatter() {
  const query = useFundingScatterQuery();
  const navigate = useNavigate();
  const points = query.status === 'success' ? query.data : [];
  const open = (point: FundingPoint | undefined) => {
    if (point) void navigate(`/scholen/${encodeURIComponent(point.id)}`);
  };
  return (
    <ChartFrame
      lazy
      title={t.scatter.title}
      description={t.scatter.description}
      unit={t.scatter.unit}
      status={
        query.status === 'loading'
          ? { kind: 'loading' }
          : query.status === 'error'
            ? { kind: 'error', message: query.error.message, onRetry: query.refetch }
            : points.length === 0
              ? { kind: 'empty', message: t.scatter.empty }
              : { kind: 'ready' }
      }
      table={{
        columns: [
          { key: 'name', label: t.scatter.index, numeric: false },
          { key: 'pupils', label: t.scatter.pupils, numeric: true },
          { key: 'perPupil', label: t.scatter.perPupil, numeric: true },
        ],
        rows: points.map((p, index) => ({
          index,
          cells: [p.name, formatNumber(p.pupils), formatEuro(p.perPupil)],
        })),
      }}
      onSelectRow={(i) => open(points[i])}
    >
      <ScatterChart
        data={points}
        index="name"
        categories={SCATTER_CATEGORIES}
        valueFormatter={euro}
        xFormatter={formatNumber}
        onSelect={(point) => open(point)}
      />
    </ChartFrame>
  );
}
