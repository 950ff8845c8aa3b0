import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change or refusal: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE). */
@Entity({ name: 'audit_event' })
@Index('audit_event_school_idx', ['schoolId', 'id'])
export class AuditEventEntity {
  /** bigint: TypeORM hands it over as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'audit_event_pkey' })
  id!: string;

  @CreateDateColumn({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Email of the account, `staff-token`, or what a failed login tried. */
  @Column({ type: 'text' })
  actor!: string;

  /** e.g. `sop.field-changed`, `sop.status-changed`, `login.failed`, `edit.refused`. */
  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'school_id', type: 'uuid', nullable: true })
  schoolId!: string | null;

  @Column({ name: 'sop_id', type: 'uuid', nullable: true })
  sopId!: string | null;

  @Column({ type: 'text', nullable: true })
  path!: string | null;

  @Column({ name: 'old_value', type: 'jsonb', nullable: true })
  oldValue!: unknown;

  @Column({ name: 'new_value', type: 'jsonb', nullable: true })
  newValue!: unknown;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;
}
