import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SopEntity } from '../sop.entity';
import { type ExpertiseAvailability, type ExpertiseCode } from '@sop-atlas/sop-model';

/** 2D Extra expertise binnen het team, with the derived availability kind (sop-model `classifyExpertise`). */
@Entity({ name: 'sop_expertise' })
@Index('sop_expertise_code_kind_idx', ['code', 'availabilityKind'])
@Check(
  'sop_expertise_availability_kind_check',
  `availability_kind IN ('in-team', 'ingekocht', 'geen', 'onbekend')`,
)
export class SopExpertiseEntity {
  @PrimaryColumn({ name: 'sop_id', type: 'uuid', primaryKeyConstraintName: 'sop_expertise_pkey' })
  sopId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'sop_expertise_pkey' })
  position!: number;

  @ManyToOne(() => SopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sop_id', foreignKeyConstraintName: 'sop_expertise_sop_id_fkey' })
  sop?: SopEntity;

  @Column({ type: 'text', nullable: true })
  code!: ExpertiseCode | null;

  @Column({ type: 'text' })
  label!: string;

  /** The ja/nee column; null when empty. */
  @Column({ type: 'boolean', nullable: true })
  available!: boolean | null;

  @Column({ type: 'text', nullable: true })
  availability!: string | null;

  @Column({ name: 'availability_kind', type: 'text' })
  availabilityKind!: ExpertiseAvailability;
}
