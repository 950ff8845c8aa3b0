import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class SopArgs {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => String, {
    nullable: true,
    description: '`2023-2024`; without it the latest published SOP of the school.',
  })
  schoolYear?: string | null;
}
