import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../common/auth/access-rule.decorator';
import { identify } from '../common/auth/identity';
import { NotFoundError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { School } from '../schools/models/school.model';
import { toSchool } from '../schools/school.mapper';
import { SetSchoolWerkgebiedArgs } from './dto/set-school-werkgebied.args';
import { WerkgebiedSummary } from './models/werkgebied-summary.model';
import { WerkgebiedenService } from './werkgebieden.service';
import { requireUuid } from '../common/args';

@Resolver(() => WerkgebiedSummary)
export class WerkgebiedenResolver {
  constructor(
    private readonly service: WerkgebiedenService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Query(() => [WerkgebiedSummary], { description: 'The 10 SPPOH werkgebieden with school counts, by name.' })
  async werkgebieden(): Promise<WerkgebiedSummary[]> {
    return this.service.list();
  }

  @Roles('swv-staff')
  @Mutation(() => School, {
    description:
      "Sets a school's werkgebied by hand (source `manual`; DUO imports keep it; audited as `school.werkgebied-set`). SWV staff only.",
  })
  async setSchoolWerkgebied(
    @Args() args: SetSchoolWerkgebiedArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<School> {
    requireUuid(args.schoolId, 'School', 'schoolId');
    const code = args.werkgebied?.trim() || null;
    const who = identify(ctx.req, this.config);
    const actor = who.kind === 'identified' ? who.identity : null;
    const school = await this.service.setSchoolWerkgebied(args.schoolId, code, actor);
    if (school === null) throw new NotFoundError('School', 'schoolId', args.schoolId);
    return toSchool(school);
  }
}
