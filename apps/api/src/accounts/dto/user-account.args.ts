import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class CreateUserAccountArgs {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => [String], { description: 'school-editor, swv-staff and/or admin.' })
  roles!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Schools a school editor may edit.' })
  schoolIds!: string[];

  @Field(() => String, { description: 'At least 12 characters.' })
  password!: string;
}

@ArgsType()
export class SetUserAccountDisabledArgs {
  @Field(() => ID)
  userId!: string;

  @Field(() => Boolean)
  disabled!: boolean;
}

@ArgsType()
export class UserAccountIdArgs {
  @Field(() => ID)
  userId!: string;
}
