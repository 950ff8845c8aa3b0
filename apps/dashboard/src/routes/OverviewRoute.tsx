import { RegionOverview } from '../features/region/components/RegionOverview';

export default function OverviewRoute() {
  return <RegionOverview />;
}
