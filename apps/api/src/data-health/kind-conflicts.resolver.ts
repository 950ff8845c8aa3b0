import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify } from '../common/auth/identity';
import { NotFoundError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { isUuid } from '../common/uuid';
import { AppConfig } from '../config/app-config';
import { School } from '../schools/models/school.model';
import { type SchoolKindEnum } from '../schools/models/school-kind.enum';
import { toSchool } from '../schools/school.mapper';
import { SetSchoolKindArgs } from './dto/set-school-kind.args';
import { KindConflictsService } from './kind-conflicts.service';
import { SchoolKindConflict } from './models/school-kind-conflict.model';

/** Data health for staff: schools whose kind is in doubt ("Soort school onzeker") and staff's choice. */
@Resolver(() => SchoolKindConflict)
export class KindConflictsResolver {
  constructor(
    private readonly service: KindConflictsService,
    private readonly config: AppConfig,
  ) {}

  @Roles('swv-staff')
  @Query(() => [SchoolKindConflict], {
    description:
      'Schools whose DUO files (or staff and a DUO file) disagree on the kind, with the candidates; open until staff choose (setSchoolKind). SWV staff only.',
  })
  async schoolKindConflicts(): Promise<SchoolKindConflict[]> {
    const rows = await this.service.open();
    return rows.map((r) => ({
      schoolId: r.school_id,
      name: r.name,
      vestigingscode: r.vestigingscode,
      kind: r.kind as SchoolKindEnum,
      kindSource: r.kind_source,
      openedAt: r.opened_at,
      candidates: r.candidates.map((c) => ({
        kind: c.kind as SchoolKindEnum,
        source: c.source,
        fileName: c.fileName,
        fileKind: c.fileKind,
        referenceDate: c.referenceDate,
        importedAt: c.recordedAt === null ? null : new Date(c.recordedAt),
      })),
    }));
  }

  @Roles('swv-staff')
  @Mutation(() => School, {
    description:
      "Sets a school's kind by hand (`manual`: DUO imports keep it and report a disagreement) and resolves its kind conflict; audited as `school.kind-set`. SWV staff only.",
  })
  async setSchoolKind(@Args() args: SetSchoolKindArgs, @Context() ctx: GraphqlContext): Promise<School> {
    if (!isUuid(args.schoolId)) throw new NotFoundError('School', 'schoolId', args.schoolId);
    const who = identify(ctx.req, this.config);
    const school = await this.service.setKind(
      args.schoolId,
      args.kind,
      who.kind === 'identified' ? who.identity : null,
    );
    if (!school) throw new NotFoundError('School', 'schoolId', args.schoolId);
    return toSchool(school);
  }
}
