import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A werkgebied with the number of schools in it.' })
export class WerkgebiedSummary {
  @Field(() => String, { description: 'e.g. `escamp`' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'CBS gemeente code, e.g. `0518`' })
  gemeenteCode!: string;

  @Field(() => Int, { description: 'All school locations (demo included).' })
  schoolCount!: number;

  @Field(() => Int)
  baoCount!: number;

  @Field(() => Int)
  sboCount!: number;

  @Field(() => Int)
  soCount!: number;

  @Field(() => Int, { description: 'Fictional demo schools among `schoolCount`.' })
  demoSchoolCount!: number;

  @Field(() => Int, { description: 'Schools whose werkgebied staff set by hand.' })
  manualCount!: number;
}
