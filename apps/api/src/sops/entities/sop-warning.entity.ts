import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { type WarningCode } from '@sop-atlas/sop-model';
import { SopEntity } from '../sop.entity';

/** A reader's warning on an SOP (e.g. an ambiguous cell), resolvable by staff. */
@Entity({ name: 'sop_warning' })
@Index('sop_warning_sop_idx', ['sopId', 'position'])
export class SopWarningEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sop_warning_pkey' })
  id!: string;

  @Column({ name: 'sop_id', type: 'uuid' })
  sopId!: string;

  @ManyToOne(() => SopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sop_id', foreignKeyConstraintName: 'sop_warning_sop_id_fkey' })
  sop?: SopEntity;

  /** Order in the document's warning list. */
  @Column({ type: 'integer' })
  position!: number;

  /** Field path, e.g. `partners[9].frequency`; empty for the whole document. */
  @Column({ type: 'text' })
  path!: string;

  @Column({ type: 'text' })
  code!: WarningCode;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'text', array: true })
  candidates!: string[];

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by', type: 'text', nullable: true })
  resolvedBy!: string | null;
}
