import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Stated amount minus the formula amount.' })
export class FundingDeviation {
  @Field(() => Float, { description: 'Euro (stated − expected).' })
  absolute!: number;

  @Field(() => Float, {
    nullable: true,
    description: '(stated − expected) / expected; null when expected is 0.',
  })
  relative!: number | null;
}

@ObjectType({ description: 'The formula of one calendar year.' })
export class FundingFormula {
  @Field(() => Float, { description: 'Euro per school location (vaste voet).' })
  basePerLocation!: number;

  @Field(() => Float, { description: 'Euro per pupil.' })
  perPupil!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({
  description:
    'Basisondersteuning of one school for one calendar year: the amount its SOP states against the formula ' +
    '(vaste voet + amount per pupil × pupils of 1 October of that calendar year, the count date of the school ' +
    'year starting in it). A difference is shown, never rejected.',
})
export class Funding {
  @Field(() => Int)
  calendarYear!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Euro, as the SOP states it; null without a published SOP.',
  })
  statedAmount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Pupils used; null when unknown or suppressed (`<5`).' })
  pupils!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Reference date of `pupils` (`YYYY-MM-DD`): 1 October of the calendar year, else the latest before.',
  })
  referenceDate!: string | null;

  @Field(() => Float, { nullable: true, description: 'Formula amount; null without pupils or parameters.' })
  expectedAmount!: number | null;

  @Field(() => FundingDeviation, { nullable: true })
  deviation!: FundingDeviation | null;

  @Field(() => Float, { nullable: true, description: 'Stated amount / pupils, euro.' })
  perPupil!: number | null;

  @Field(() => FundingFormula, {
    nullable: true,
    description: 'The formula of this year; null when not set.',
  })
  parameters!: FundingFormula | null;
}
