import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../common/auth/access-rule.decorator';
import { identify } from '../common/auth/identity';
import { BadInputError, NotFoundError } from '../common/errors/graphql-errors';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { isUuid } from '../common/uuid';
import { AppConfig } from '../config/app-config';
import { School } from '../schools/models/school.model';
import { toSchool } from '../schools/school.mapper';
import { SetSchoolWerkgebiedArgs } from './dto/set-school-werkgebied.args';
import { WerkgebiedSummary } from './models/werkgebied-summary.model';
import { UnknownWerkgebiedError, WerkgebiedenService } from './werkgebieden.service';

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
    if (!isUuid(args.schoolId)) throw new NotFoundError('School', 'schoolId', args.schoolId);
    const code = args.werkgebied?.trim() || null;
    try {
      const who = identify(ctx.req, this.config);
      const actor = who.kind === 'identified' ? who.identity : null;
      const school = await this.service.setSchoolWerkgebied(args.schoolId, code, actor);
      if (school === null) throw new NotFoundError('School', 'schoolId', args.schoolId);
      return toSchool(school);
    } catch (error) {
      if (error instanceof UnknownWerkgebiedError)
        throw new BadInputError(`Onbekend werkgebied '${error.code}'`, 'werkgebied');
      throw error;
    }
  }
}
