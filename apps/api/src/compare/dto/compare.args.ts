import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class CompareSchoolsArgs {
  @Field(() => [ID], { description: '2 to 6 school ids, in the order to show them.' })
  ids!: string[];

  @Field(() => String, {
    nullable: true,
    description: "`2023-2024`; without it each school's latest published SOP (and the region's latest too).",
  })
  schoolYear?: string | null;
}
