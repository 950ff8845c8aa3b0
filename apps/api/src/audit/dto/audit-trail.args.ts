import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class AuditTrailArgs {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only events of this field path (and the fields under it).',
  })
  path?: string | null;
}
