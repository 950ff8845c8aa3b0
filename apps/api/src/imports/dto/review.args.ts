import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { JsonScalar } from '../../common/graphql/json.scalar';

@ArgsType()
export class DraftsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1..200 (default 25).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class SopReviewArgs {
  @Field(() => ID)
  sopId!: string;
}

@ArgsType()
export class CorrectSopFieldArgs {
  @Field(() => ID)
  sopId!: string;

  @Field(() => String, { description: 'Field path, e.g. `partners[9].frequency`.' })
  path!: string;

  @Field(() => JsonScalar, { nullable: true, description: 'The corrected value (null clears the field).' })
  value?: unknown;

  @Field(() => Boolean, { defaultValue: true, description: 'Mark the warnings of this field resolved.' })
  resolveWarning!: boolean;

  @Field(() => Int, { description: 'The version being corrected; a newer version gives a CONFLICT error.' })
  expectedVersion!: number;
}

@ArgsType()
export class PublishSopArgs {
  @Field(() => ID)
  sopId!: string;

  @Field(() => Int, { description: 'The version being published; a newer version gives a CONFLICT error.' })
  expectedVersion!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Publish even while ambiguous-cell warnings are unresolved.',
  })
  force!: boolean;
}
