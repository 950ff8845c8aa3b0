import { Args, Context, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type GraphQLResolveInfo } from 'graphql';
import { schoolYearOf } from '@sop-atlas/sop-model';
import { AppConfig } from '../config/app-config';
import { Public } from '../common/auth/access-rule.decorator';
import { maySeeDrafts } from '../common/auth/identity';
import { NotFoundError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { isUuid } from '../common/uuid';
import { SchoolArgs } from '../schools/dto/schools.args';
import { School } from '../schools/models/school.model';
import { toSchool } from '../schools/school.mapper';
import { checkSchoolYear } from '../common/args';
import { CatalogHistoryBySchoolLoader } from './catalog-history.loader';
import { CatalogHistory } from './models/catalog-history.model';
import { SchoolDetailPrefetch } from './school-detail.prefetch';
import { Sop } from './models/sop.model';
import { toSop } from './sop.mapper';
import { SopsBySchoolLoader } from './sops.loaders';
import { toSopDateKindEnum } from './models/sop-date-kind.enum';
import { StaleSop } from './models/stale-sop.model';
import { StaleSopBySchoolYearLoader, staleSopKey } from './stale-sop.loader';

/**
 * The school detail: `school(id)` (read ahead in one statement, see `SchoolDetailPrefetch`), `School.sop(schoolYear)`
 * and `School.history`: the SOP of any year and values over the years.
 */
@Resolver(() => School)
export class SchoolSopDetailResolver {
  constructor(
    private readonly prefetch: SchoolDetailPrefetch,
    private readonly sopsBySchool: SopsBySchoolLoader,
    private readonly historyBySchool: CatalogHistoryBySchoolLoader,
    private readonly staleSops: StaleSopBySchoolYearLoader,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => School)
  async school(
    @Args() { id }: SchoolArgs,
    @Context() ctx: GraphqlContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<School> {
    const school = isUuid(id) ? await this.prefetch.load(id, ctx, info) : null;
    if (!school) throw new NotFoundError('School', 'id', id);
    return toSchool(school);
  }

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

  @ResolveField(() => StaleSop, {
    nullable: true,
    description:
      "Set when the school's SOP is stale in `schoolYear` (default: the running school year): the same definition " +
      'as `schools(filter.status: STALE)` and the overview\'s "Verouderd SOP". Null when it is not (or has none).',
  })
  async staleSop(
    @Parent() school: School,
    @Context() ctx: GraphqlContext,
    @Args('schoolYear', { type: () => String, nullable: true }) schoolYear?: string | null,
  ): Promise<StaleSop | null> {
    const year = schoolYear ? checkSchoolYear(schoolYear, 'schoolYear') : schoolYearOf(new Date());
    const row = await ctx.loaders.for(this.staleSops).load(staleSopKey(school.id, year));
    return row
      ? {
          schoolYear: row.school_year,
          documentDate: row.document_date,
          documentDateKind: toSopDateKindEnum(row.document_date_kind),
          asOfYear: row.as_of,
          staleYears: this.config.staleSopYears,
        }
      : null;
  }

  @ResolveField(() => [CatalogHistory], {
    description: 'Per catalog item (HGW, expertise, partners, facilities) its value in each published SOP.',
  })
  async history(@Parent() school: School, @Context() ctx: GraphqlContext): Promise<CatalogHistory[]> {
    return ctx.loaders.for(this.historyBySchool).load(school.id);
  }
}
