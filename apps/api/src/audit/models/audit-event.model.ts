import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One change or refused attempt, from the append-only audit trail.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => String, { description: 'Email of the account, or staff-token.' })
  actor!: string;

  @Field(() => String, {
    description:
      'sop.version-created, sop.status-changed, sop.field-changed, sop.draft-started, sop.submitted, ' +
      'sop.sent-back (reason: the comment), edit.refused, access.refused, …',
  })
  action!: string;

  @Field(() => ID, { nullable: true })
  sopId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Field path, e.g. `vision` or `partners[3].frequency`.',
  })
  path!: string | null;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON text.' })
  oldValue!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON text.' })
  newValue!: string | null;

  @Field(() => String, { nullable: true, description: 'Why: the editor’s reason or the send-back comment.' })
  reason!: string | null;
}
