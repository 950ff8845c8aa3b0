import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Pupils of a school on a reference date (DUO peildatum).' })
export class PupilCount {
  @Field(() => String, { description: '`yyyy-mm-dd`' })
  referenceDate!: string;

  @Field(() => Int, { nullable: true, description: 'Null when suppressed (`<5`) or unknown.' })
  total!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => String)
  source!: string;
}
