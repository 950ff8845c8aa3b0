import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Basisondersteuning formula of a calendar year: vaste voet + amount per pupil.' })
export class FundingParameter {
  @Field(() => Int)
  calendarYear!: number;

  @Field(() => Float, { description: 'Euro per school location.' })
  basePerLocation!: number;

  @Field(() => Float, { description: 'Euro per pupil.' })
  perPupil!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true })
  source!: string | null;
}
