import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { School } from '../../schools/models/school.model';
import { SopDateKindEnum } from '../../sops/models/sop-date-kind.enum';

export enum SopDateSourceEnum {
  DOCUMENT = 'document',
  PUBLISHED = 'published',
}

registerEnumType(SopDateSourceEnum, {
  name: 'SopDateSource',
  description:
    "DOCUMENT: the SOP's own date, as the document states it; PUBLISHED: the day it was published in SOP Atlas.",
});

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

  @Field(() => Int, {
    nullable: true,
    description: 'Pupils on the latest reference date (as `School.pupilCount`); null when unknown or `<5`.',
  })
  pupils!: number | null;

  @Field(() => Boolean, { description: 'The latest pupil count is suppressed by DUO (`<5`).' })
  pupilsSuppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Reference date of `pupils` (`2024-10-01`).' })
  pupilsReferenceDate!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Basisondersteuning per leerling of the compared SOP (as `Sop.funding.perPupil`: the stated amount over the pupils of that calendar year); null when either is unknown.',
  })
  fundingPerPupil!: number | null;

  @Field(() => Int, { nullable: true, description: 'The calendar year of `fundingPerPupil`.' })
  fundingCalendarYear!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The compared SOP's date (`2024-03-12`): its own date when the document states one, else the day it was published in SOP Atlas (`sopDateSource`).",
  })
  sopDate!: string | null;

  @Field(() => SopDateSourceEnum, { nullable: true })
  sopDateSource!: SopDateSourceEnum | null;

  @Field(() => SopDateKindEnum, { nullable: true, description: 'With `DOCUMENT`: which of its dates.' })
  sopDateKind!: SopDateKindEnum | null;
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
