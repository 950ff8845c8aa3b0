import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access-rule.decorator';
import { maySeeDrafts } from '../common/auth/identity';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { encodeCursor, pageSize } from '../common/pagination/connection';
import { nearPlace, searchCriteria } from './search/search-criteria';
import { SchoolSearchService } from './search/school-search.service';
import { SchoolsArgs } from './dto/schools.args';
import { PupilCount } from './models/pupil-count.model';
import { SchoolConnection } from './models/school-connection.model';
import { School } from './models/school.model';
import { Werkgebied } from './models/werkgebied.model';
import { toPupilCount, toSchool, toWerkgebied } from './school.mapper';
import {
  LatestPupilCountBySchoolLoader,
  PupilCountsBySchoolLoader,
  WerkgebiedByCodeLoader,
} from './schools.loaders';

@Resolver(() => School)
export class SchoolsResolver {
  constructor(
    private readonly schoolSearch: SchoolSearchService,
    private readonly werkgebiedByCode: WerkgebiedByCodeLoader,
    private readonly pupilCountsBySchool: PupilCountsBySchoolLoader,
    private readonly latestPupilCountBySchool: LatestPupilCountBySchoolLoader,
  ) {}

  @Public()
  @Query(() => SchoolConnection, {
    description:
      'Find schools: filters (AND), optionally within `near.radiusKm` of a place, sorted (default by name, or by ' +
      'distance with `near`), as a cursor connection.',
  })
  async schools(@Args() args: SchoolsArgs, @Context() ctx: GraphqlContext): Promise<SchoolConnection> {
    const first = pageSize(args.first);
    const criteria = searchCriteria(args.filter, args.sort, args.near != null, maySeeDrafts(ctx.req, ''));
    const near = args.near ? nearPlace(args.near) : null;
    const page = await this.schoolSearch.find(criteria, near, first, args.after);
    const edges = page.hits.map((hit) => ({
      cursor: encodeCursor(hit.cursor),
      node: toSchool(hit.school),
      distanceKm: hit.distanceKm === null ? null : Math.round(hit.distanceKm * 1000) / 1000,
    }));
    return {
      edges,
      totalCount: page.totalCount,
      centre: page.centre ?? null,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @ResolveField(() => Werkgebied, { nullable: true })
  async werkgebied(@Parent() school: School, @Context() ctx: GraphqlContext): Promise<Werkgebied | null> {
    if (school.werkgebiedCode === null) return null;
    const entity = await ctx.loaders.for(this.werkgebiedByCode).load(school.werkgebiedCode);
    return entity ? toWerkgebied(entity) : null;
  }

  @ResolveField(() => [PupilCount], { description: 'Pupil count history, newest first.' })
  async pupilCounts(@Parent() school: School, @Context() ctx: GraphqlContext): Promise<PupilCount[]> {
    const rows = await ctx.loaders.for(this.pupilCountsBySchool).load(school.id);
    return rows.map(toPupilCount);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Pupils on the latest reference date; null when unknown or suppressed (`<5`).',
  })
  async pupilCount(@Parent() school: School, @Context() ctx: GraphqlContext): Promise<number | null> {
    const row = await ctx.loaders.for(this.latestPupilCountBySchool).load(school.id);
    return row?.total ?? null;
  }

  @ResolveField(() => PupilCount, { nullable: true })
  async latestPupilCount(
    @Parent() school: School,
    @Context() ctx: GraphqlContext,
  ): Promise<PupilCount | null> {
    const row = await ctx.loaders.for(this.latestPupilCountBySchool).load(school.id);
    return row ? toPupilCount(row) : null;
  }
}
