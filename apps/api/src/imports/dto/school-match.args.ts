import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class SchoolMatchesArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Also the entries staff already linked.' })
  all!: boolean;
}

@ArgsType()
export class ResolveSchoolMatchArgs {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The known school the document belongs to.' })
  schoolId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Explicit choice: create a new school from what the document states (instead of schoolId).',
  })
  newSchool?: boolean | null;
}
