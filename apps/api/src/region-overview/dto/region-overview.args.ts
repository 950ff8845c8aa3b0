import { ArgsType, Field, Int } from '@nestjs/graphql';

@ArgsType()
export class RegionOverviewArgs {
  @Field(() => String, { description: '`2023-2024`' })
  schoolYear!: string;

  @Field(() => String, { nullable: true, description: 'Only this werkgebied (code); default all of SPPOH.' })
  werkgebied?: string | null;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'A werkgebied is a coverage gap for an item when fewer schools than this have it.',
  })
  minimumSchools!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'All schools in the database (national data set) instead of SPPOH; werkgebied then may be null.',
  })
  allSchools!: boolean;
}
