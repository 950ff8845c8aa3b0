import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class SetSchoolWerkgebiedArgs {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Werkgebied code (see `werkgebieden`); null = none. Marks the choice as manual.',
  })
  werkgebied?: string | null;
}
