import { Field, Int, ObjectType } from '@nestjs/graphql';
import { SopDateKindEnum } from './sop-date-kind.enum';

@ObjectType({
  description:
    "A school's SOP is stale in a school year: its newest published SOP up to that year speaks for a year more than " +
    '`staleYears` before it (the same definition as `schools(filter.status: STALE)` and the overview).',
})
export class StaleSop {
  @Field(() => String, { description: 'School year of the newest published SOP.' })
  schoolYear!: string;

  @Field(() => String, { nullable: true, description: "That SOP's own date, when it states one." })
  documentDate!: string | null;

  @Field(() => SopDateKindEnum, { nullable: true })
  documentDateKind!: SopDateKindEnum | null;

  @Field(() => Int, {
    description: "The year it speaks for: its school year's first year, or its own date's year when earlier.",
  })
  asOfYear!: number;

  @Field(() => Int, { description: "The region's term: stale when older than this many school years." })
  staleYears!: number;
}
