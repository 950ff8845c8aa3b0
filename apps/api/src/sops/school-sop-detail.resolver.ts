import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { maySeeDrafts } from '../common/auth/identity';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { School } from '../schools/models/school.model';
import { checkSchoolYear } from '../search/search-criteria';
import { CatalogHistoryBySchoolLoader } from './catalog-history.loader';
import { CatalogHistory } from './models/catalog-history.model';
import { Sop } from './models/sop.model';
import { toSop } from './sop.mapper';
import { SopsBySchoolLoader } from './sops.loaders';

/** `School.sop(schoolYear)` and `School.history`: the school detail's SOP of any year and values over the years. */
@Resolver(() => School)
export class SchoolSopDetailResolver {
  constructor(
    private readonly sopsBySchool: SopsBySchoolLoader,
    private readonly historyBySchool: CatalogHistoryBySchoolLoader,
  ) {}

  @ResolveField(() => Sop, {
    nullable: true,
    description:
      'The SOP of a school year (the published one, else the newest version), or without a year the latest ' +
      'published SOP; with provenance and warnings. Null when there is none.',
  })
  async sop(
    @Parent() school: School,
    @Context() ctx: GraphqlContext,
    @Args('schoolYear', { type: () => String, nullable: true }) schoolYear?: string | null,
  ): Promise<Sop | null> {
    const year = schoolYear ? checkSchoolYear(schoolYear, 'schoolYear') : null;
    // newest school year first, then newest version (SopsBySchoolLoader); archived SOPs are not in the list
    const sops = await ctx.loaders.for(this.sopsBySchool).load(school.id);
    const chosen =
      year === null
        ? sops.find((s) => s.status === 'published')
        : (sops.find((s) => s.schoolYear === year && s.status === 'published') ??
          sops.find((s) => s.schoolYear === year));
    // unpublished versions only for staff and the school's own editors
    if (chosen && chosen.status !== 'published' && !maySeeDrafts(ctx.req, school.id)) return null;
    return chosen ? toSop(chosen) : null;
  }

  @ResolveField(() => [CatalogHistory], {
    description: 'Per catalog item (HGW, expertise, partners, facilities) its value in each published SOP.',
  })
  async history(@Parent() school: School, @Context() ctx: GraphqlContext): Promise<CatalogHistory[]> {
    return ctx.loaders.for(this.historyBySchool).load(school.id);
  }
}
