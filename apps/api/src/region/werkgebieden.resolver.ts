import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../common/auth/access-rule.decorator';
import { NotFoundError } from '../common/errors/app-error';
import { School } from '../schools/models/school.model';
import { toSchool } from '../schools/school.mapper';
import { SetSchoolWerkgebiedArgs } from './dto/set-school-werkgebied.args';
import { WerkgebiedSummary } from './models/werkgebied-summary.model';
import { WerkgebiedenService } from './werkgebieden.service';
import { requireUuid } from '../common/args';

@Resolver(() => WerkgebiedSummary)
export class WerkgebiedenResolver {
  constructor(private readonly service: WerkgebiedenService) {}

  @Public()
  @Query(() => [WerkgebiedSummary], { description: 'The 10 SPPOH werkgebieden with school counts, by name.' })
  async werkgebieden(): Promise<WerkgebiedSummary[]> {
    return this.service.list();
  }

  @Roles('swv-staff')
  @Mutation(() => School, {
    description: "Sets a school's werkgebied by hand (source `manual`; DUO imports keep it). SWV staff only.",
  })
  async setSchoolWerkgebied(@Args() args: SetSchoolWerkgebiedArgs): Promise<School> {
    requireUuid(args.schoolId, 'School', 'schoolId');
    const code = args.werkgebied?.trim() || null;
    const school = await this.service.setSchoolWerkgebied(args.schoolId, code);
    if (school === null) throw new NotFoundError('School', 'schoolId', args.schoolId);
    return toSchool(school);
  }
}
