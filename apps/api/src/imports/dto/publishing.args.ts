import { ArgsType, Field } from '@nestjs/graphql';

@ArgsType()
export class SetPublishingPolicyArgs {
  @Field(() => Boolean)
  publishCleanImports!: boolean;
}

@ArgsType()
export class PublishAllReadyArgs {
  @Field(() => String, { nullable: true, description: 'Only this school year (`2024-2025`); default all.' })
  schoolYear?: string | null;
}
