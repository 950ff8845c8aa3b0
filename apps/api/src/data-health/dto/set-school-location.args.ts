import { ArgsType, Field, Float, ID } from '@nestjs/graphql';

@ArgsType()
export class SetSchoolLocationArgs {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => Float, { description: 'WGS84 latitude (the pin dropped on the map).' })
  latitude!: number;

  @Field(() => Float, { description: 'WGS84 longitude.' })
  longitude!: number;
}
