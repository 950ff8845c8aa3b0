import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { JsonScalar } from '../../common/graphql/json.scalar';

@ArgsType()
export class StartDraftArgs {
  @Field(() => ID)
  schoolId!: string;

  @Field(() => String, { description: 'The school year of the draft, e.g. `2026-2027` (current or coming).' })
  schoolYear!: string;
}

@ArgsType()
export class UpdateDraftFieldArgs {
  @Field(() => ID)
  sopId!: string;

  @Field(() => String, { description: 'Field path, e.g. `vision` or `partners[9].frequency`.' })
  path!: string;

  @Field(() => JsonScalar, { nullable: true, description: 'The new value (null clears the field).' })
  value?: unknown;

  @Field(() => Int, { description: 'The version being edited; a newer version gives a CONFLICT error.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Why (kept in the audit trail).' })
  reason?: string | null;
}

@ArgsType()
export class SubmitSopArgs {
  @Field(() => ID)
  sopId!: string;

  @Field(() => Int, { description: 'The version being submitted; a newer version gives a CONFLICT error.' })
  expectedVersion!: number;
}

@ArgsType()
export class SendBackSopArgs {
  @Field(() => ID)
  sopId!: string;

  @Field(() => String, { description: 'What the school must change (kept in the audit trail).' })
  comment!: string;

  @Field(() => Int, { description: 'The version being sent back; a newer version gives a CONFLICT error.' })
  expectedVersion!: number;
}
