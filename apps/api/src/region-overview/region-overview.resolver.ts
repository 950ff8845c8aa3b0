import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { WERKGEBIED_CODES } from '@sop-atlas/sop-model';
import { AggregateCache } from '../aggregate-cache/aggregate-cache';
import { Public } from '../common/auth/access-rule.decorator';
import { maySeeDrafts } from '../common/auth/identity';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { BadInputError } from '../common/errors/app-error';
import { checkSchoolYear } from '../common/args';
import { RegionOverviewArgs } from './dto/region-overview.args';
import { toCoverageItems, toDataHealth, toFunding, toTrends } from './region-overview.mapper';
import { RegionOverview } from './models/region-overview.model';
import { RegionOverviewService } from './region-overview.service';

export const MAX_MINIMUM_SCHOOLS = 1000;

@Resolver(() => RegionOverview)
export class RegionOverviewResolver {
  constructor(
    private readonly overviewService: RegionOverviewService,
    private readonly cache: AggregateCache,
  ) {}

  @Public()
  @Query(() => RegionOverview, {
    description:
      'Coverage of every catalog item per werkgebied and for the region, gaps, funding per pupil, data health and ' +
      'trends for a school year.',
  })
  async regionOverview(
    @Args() args: RegionOverviewArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<RegionOverview> {
    const schoolYear = checkSchoolYear(args.schoolYear, 'schoolYear');
    const werkgebied = args.werkgebied ?? null;
    if (werkgebied !== null && !(WERKGEBIED_CODES as readonly string[]).includes(werkgebied)) {
      throw new BadInputError(
        `onbekend werkgebied '${werkgebied}' (bekend: ${WERKGEBIED_CODES.join(', ')})`,
        'werkgebied',
      );
    }
    if (
      !Number.isInteger(args.minimumSchools) ||
      args.minimumSchools < 1 ||
      args.minimumSchools > MAX_MINIMUM_SCHOOLS
    ) {
      throw new BadInputError(
        `minimumSchools moet tussen 1 en ${MAX_MINIMUM_SCHOOLS} liggen`,
        'minimumSchools',
      );
    }
    const seesDrafts = maySeeDrafts(ctx.req, '');
    const scope = {
      schoolYear,
      werkgebied,
      allSchools: args.allSchools,
      minimumSchools: args.minimumSchools,
    };
    // the mapped answer per data version, scope and visibility (staff see which schools' drafts wait)
    const key = `regionOverview|${schoolYear}|${werkgebied ?? '*'}|${args.allSchools}|${args.minimumSchools}|${
      seesDrafts ? 'staff' : 'public'
    }`;
    return this.cache.get(
      key,
      async (): Promise<RegionOverview> => {
        const data = await this.overviewService.overview(scope, ctx.req);
        return {
          schoolYear,
          werkgebied,
          schools: data.totals.schools,
          schoolsWithSop: data.totals.schoolsWithSop,
          schoolsLeftOut: data.health.filter((r) => r.category === 'no-werkgebied').length,
          items: toCoverageItems(data.catalog, data.coverage, args.minimumSchools),
          funding: toFunding(data.funding),
          dataHealth: toDataHealth(data.health, seesDrafts),
          trends: toTrends(data.catalog, data.trends),
        };
      },
      ctx.req,
    );
  }
}
