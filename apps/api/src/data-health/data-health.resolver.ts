import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/auth/access-rule.decorator';
import { identify, type Identity } from '../common/auth/identity';
import { BadInputError, NotFoundError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { isUuid } from '../common/uuid';
import { AppConfig } from '../config/app-config';
import { School } from '../schools/models/school.model';
import { toSchool } from '../schools/school.mapper';
import { DataHealthService, LocationOutOfRangeError, NETHERLANDS } from './data-health.service';
import { SetSchoolLocationArgs } from './dto/set-school-location.args';
import { SchoolPlaceIssue } from './models/school-place-issue.model';

/** Data health for staff: schools whose werkgebied or coordinates are missing or estimated, and the pin fix. */
@Resolver(() => SchoolPlaceIssue)
export class DataHealthResolver {
  constructor(
    private readonly service: DataHealthService,
    private readonly config: AppConfig,
  ) {}

  @Roles('swv-staff')
  @Query(() => [SchoolPlaceIssue], {
    description:
      'Real schools of the region without werkgebied or coordinates, or with an estimated (`geschat`) werkgebied: those without a werkgebied first. SWV staff only.',
  })
  async schoolPlaceIssues(): Promise<SchoolPlaceIssue[]> {
    const issues = await this.service.placeIssues();
    return issues.map(({ school: s, problems }) => ({
      schoolId: s.id,
      name: s.name,
      address:
        [
          [s.street, s.house_number].filter(Boolean).join(' '),
          [s.postcode, s.place].filter(Boolean).join(' '),
        ]
          .filter((part) => part !== '')
          .join(', ') || null,
      postcode: s.postcode,
      werkgebiedCode: s.werkgebied_code,
      werkgebiedSource: s.werkgebied_source,
      latitude: s.latitude,
      longitude: s.longitude,
      problems,
    }));
  }

  @Roles('swv-staff')
  @Mutation(() => School, {
    description:
      "Sets a school's coordinates from a pin dropped on the map (audited as `school.location-set`). SWV staff only.",
  })
  async setSchoolLocation(
    @Args() args: SetSchoolLocationArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<School> {
    if (!isUuid(args.schoolId)) throw new NotFoundError('School', 'schoolId', args.schoolId);
    try {
      const school = await this.service.setLocation(
        args.schoolId,
        args.latitude,
        args.longitude,
        this.identityOf(ctx),
      );
      if (!school) throw new NotFoundError('School', 'schoolId', args.schoolId);
      return toSchool(school);
    } catch (error) {
      if (error instanceof LocationOutOfRangeError) {
        const range =
          error.argument === 'latitude'
            ? `${NETHERLANDS.minLat}–${NETHERLANDS.maxLat}`
            : `${NETHERLANDS.minLon}–${NETHERLANDS.maxLon}`;
        throw new BadInputError(
          `De speld ligt buiten Nederland: ${error.argument === 'latitude' ? 'breedtegraad' : 'lengtegraad'} moet tussen ${range} liggen`,
          error.argument,
        );
      }
      throw error;
    }
  }

  private identityOf(ctx: GraphqlContext): Identity | null {
    const result = identify(ctx.req, this.config);
    return result.kind === 'identified' ? result.identity : null;
  }
}
