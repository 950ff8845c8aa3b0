import { request } from '../../../graphql/client';
import type { RegionOverviewQuery as RegionOverviewResult } from '../../../graphql/generated/graphql';
import { useGraphQLQuery, type QueryResult } from '../../../graphql/useGraphQLQuery';
import { RegionOverviewQuery } from '../graphql/region-overview.graphql';
import { latestYearWithData } from '../utils/overview';

export type RegionOverviewData = RegionOverviewResult['regionOverview'];

/**
 * The overview of `schoolYear`; without an explicit year, when the current year has no SOPs yet, the latest year
 * that has them (read from the trend lines) is shown instead.
 */
export function useRegionOverviewQuery(
  schoolYear: string,
  explicit: boolean,
  werkgebied: string | null,
): QueryResult<RegionOverviewData> {
  return useGraphQLQuery(
    `region-overview:${schoolYear}:${String(explicit)}:${werkgebied ?? ''}`,
    async (signal) => {
      const first = await request(RegionOverviewQuery, { schoolYear, werkgebied }, { signal });
      if (explicit || first.regionOverview.schoolsWithSop > 0) return first.regionOverview;
      const fallback = latestYearWithData(first.regionOverview.trends);
      if (fallback === null || fallback === schoolYear) return first.regionOverview;
      const second = await request(RegionOverviewQuery, { schoolYear: fallback, werkgebied }, { signal });
      return second.regionOverview;
    },
  );
}
