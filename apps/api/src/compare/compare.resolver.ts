import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access-rule.decorator';
import { BadInputError } from '../common/errors/app-error';
import { type GraphqlContext } from '../common/graphql/graphql-context';
import { toSchool } from '../schools/school.mapper';
import { checkSchoolYear } from '../common/args';
import { CompareService } from './compare.service';
import { CompareSchoolsArgs } from './dto/compare.args';
import { toSopDateKindEnum } from '../sops/models/sop-date-kind.enum';
import { SchoolComparison, SopDateSourceEnum } from './models/compare.model';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

@Resolver(() => SchoolComparison)
export class CompareResolver {
  constructor(private readonly compareService: CompareService) {}

  @Public()
  @Query(() => SchoolComparison, {
    description: 'Compare 2 to 6 schools side by side: one aligned row per catalog item, with region shares.',
  })
  async compareSchools(
    @Args() args: CompareSchoolsArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<SchoolComparison> {
    if (args.ids.length < MIN_COMPARED || args.ids.length > MAX_COMPARED) {
      throw new BadInputError(
        `vergelijk ${MIN_COMPARED} tot ${MAX_COMPARED} scholen, niet ${args.ids.length}`,
        'ids',
      );
    }
    const duplicate = args.ids.findIndex((id, i) => args.ids.indexOf(id) !== i);
    if (duplicate >= 0) throw new BadInputError(`school staat twee keer in ids`, `ids[${duplicate}]`);
    const schoolYear = args.schoolYear ? checkSchoolYear(args.schoolYear, 'schoolYear') : null;
    const data = await this.compareService.compare(args.ids, schoolYear, ctx.req);
    return {
      schoolYear,
      shareSchoolYear: data.shareSchoolYear,
      shareSchools: data.shareSchools,
      schools: data.schools.map((s) => ({
        school: toSchool(s.school),
        sopId: s.sopId,
        schoolYear: s.schoolYear,
        pupils: s.pupils,
        pupilsSuppressed: s.pupilsSuppressed,
        pupilsReferenceDate: s.pupilsReferenceDate,
        fundingPerPupil: s.fundingPerPupil,
        fundingCalendarYear: s.fundingCalendarYear,
        sopDate: s.sopDate,
        sopDateSource:
          s.sopDateSource === 'document'
            ? SopDateSourceEnum.DOCUMENT
            : s.sopDateSource === 'published'
              ? SopDateSourceEnum.PUBLISHED
              : null,
        sopDateKind: toSopDateKindEnum(s.sopDateKind),
      })),
      rows: data.rows.map((row) => ({
        kind: row.kind,
        code: row.code,
        label: row.label,
        values: row.values,
        regionShare: row.regionShare,
        differs: new Set(row.values.map((v) => v.value)).size > 1,
      })),
    };
  }
}
