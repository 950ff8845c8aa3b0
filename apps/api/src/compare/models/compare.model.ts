import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { School } from '../../schools/models/school.model';

@ObjectType({ description: 'One school in a comparison, with the SOP its values come from.' })
export class ComparedSchool {
  @Field(() => School)
  school!: School;

  @Field(() => ID, {
    nullable: true,
    description: 'The compared SOP; null when the school has none for the year.',
  })
  sopId!: string | null;

  @Field(() => String, { nullable: true })
  schoolYear!: string | null;
}

@ObjectType({ description: "One school's value of a catalog item." })
export class CompareValue {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Status, availability kind or frequency as in the SOP; null when unknown or no SOP.',
  })
  value!: string | null;

  @Field(() => Boolean, { description: 'Whether the school has the item (see `CompareRow`).' })
  has!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      "Share (0..1) of the schools in this school's werkgebied that have the item; null without werkgebied.",
  })
  werkgebiedShare!: number | null;
}

@ObjectType({
  description:
    'A catalog item across the compared schools. "Has": expertise in-team, facility aanwezig, partner structureel ' +
    'or regelmatig, HGW op-orde. Shares count schools with a published SOP for the year (or their latest).',
})
export class CompareRow {
  @Field(() => String, { description: '`hgw`, `expertise`, `partner` or `facility`.' })
  kind!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [CompareValue], { description: 'One per compared school, in the order of `ids`.' })
  values!: CompareValue[];

  @Field(() => Boolean, { description: 'True when the schools do not all have the same value.' })
  differs!: boolean;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0..1) of the SPPOH schools with a published SOP of `shareSchoolYear` that have the item (as regionOverview).',
  })
  regionShare!: number | null;
}

@ObjectType()
export class SchoolComparison {
  @Field(() => String, {
    nullable: true,
    description: "The school year; null = each school's latest published SOP.",
  })
  schoolYear!: string | null;

  @Field(() => String, {
    description:
      'The school year of `regionShare` and `werkgebiedShare`: `schoolYear`, else the newest one up to the ' +
      'running school year with published SOPs (the regionOverview default).',
  })
  shareSchoolYear!: string;

  @Field(() => Int, {
    description:
      'The denominator of `regionShare`: SPPOH schools (with a werkgebied) with a published SOP of ' +
      '`shareSchoolYear`, as regionOverview counts `schoolsWithSop`.',
  })
  shareSchools!: number;

  @Field(() => [ComparedSchool])
  schools!: ComparedSchool[];

  @Field(() => [CompareRow])
  rows!: CompareRow[];
}
