import { ArgsType, Field, Float, Int } from '@nestjs/graphql';

@ArgsType()
export class SetFundingParametersArgs {
  @Field(() => Int, { description: 'Calendar year the formula applies to (2000–2100).' })
  calendarYear!: number;

  @Field(() => Float, { description: 'Euro per school location (vaste voet), 0 – 10,000,000.' })
  basePerLocation!: number;

  @Field(() => Float, { description: 'Euro per pupil, 0 – 100,000.' })
  perPupil!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Where the figures come from (at most 1,000 characters).',
  })
  note?: string | null;
}
