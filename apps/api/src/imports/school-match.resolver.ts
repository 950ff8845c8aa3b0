import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { schoolAddressOf } from '@sop-atlas/region-data';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify } from '../common/auth/identity';
import { BadInputError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { ResolveSchoolMatchArgs, SchoolMatchesArgs } from './dto/school-match.args';
import { SchoolMatch } from './models/school-match.model';
import { type SchoolMatchEntity } from './school-match.entity';
import { SchoolMatchService } from './school-match.service';

export function toSchoolMatch(entity: SchoolMatchEntity): SchoolMatch {
  const school = entity.document.school;
  const address = schoolAddressOf(school);
  const line = [
    [address.street, address.houseNumber].filter((p) => p !== null).join(' '),
    [address.postcode, address.place].filter((p) => p !== null).join(' '),
  ]
    .filter((p) => p !== '')
    .join(', ');
  return {
    id: entity.id,
    fileName: entity.fileName,
    sourceDocumentId: entity.sourceDocumentId,
    documentSchoolName: school.name,
    documentAddress: address.postbus ? `Postbus, ${line}` : line === '' ? null : line,
    schoolYear: entity.document.schoolYear,
    reason: entity.reason,
    suggestions: entity.suggestions,
    createdAt: entity.createdAt,
    resolvedAt: entity.resolvedAt,
    resolvedBy: entity.resolvedBy,
    schoolId: entity.schoolId,
    sopId: entity.sopId,
  };
}

/** The "te koppelen" queue for staff: documents waiting for their school, and the choice that links them. */
@Resolver(() => SchoolMatch)
export class SchoolMatchResolver {
  constructor(
    private readonly matches: SchoolMatchService,
    private readonly config: AppConfig,
  ) {}

  @Roles('swv-staff')
  @Query(() => [SchoolMatch], {
    description: 'Imported documents waiting "te koppelen" to a school (oldest first), with suggestions.',
  })
  async schoolMatches(@Args() { all }: SchoolMatchesArgs): Promise<SchoolMatch[]> {
    return (await this.matches.list({ all })).map(toSchoolMatch);
  }

  @Roles('swv-staff')
  @Mutation(() => SchoolMatch, {
    description:
      'Links a waiting document to a known school (schoolId) or, as an explicit choice, to a new school made ' +
      'from the document (newSchool: true); its SOP is then saved as a draft (or published under the policy).',
  })
  async resolveSchoolMatch(
    @Args() args: ResolveSchoolMatchArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<SchoolMatch> {
    const hasSchool = args.schoolId !== undefined && args.schoolId !== null;
    if (hasSchool === (args.newSchool === true))
      throw new BadInputError('kies precies één: schoolId of newSchool: true', 'schoolId');
    const who = identify(ctx.req, this.config);
    const actor =
      who.kind === 'identified'
        ? {
            label: who.identity.label,
            userId: who.identity.userId ?? null,
            credential: who.identity.credential,
          }
        : { label: 'onbekend', userId: null, credential: null };
    const { entry } = await this.matches.resolve(
      args.id,
      hasSchool ? { schoolId: args.schoolId as string } : { newSchool: true },
      actor,
    );
    return toSchoolMatch(entry);
  }
}
