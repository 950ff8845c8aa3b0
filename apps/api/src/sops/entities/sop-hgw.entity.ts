import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SopEntity } from '../sop.entity';
import { type HgwCode, type HgwStatus } from '@sop-atlas/sop-model';

/** 2C Handelingsgericht werken: one row per principle (catalog code, or null for a row the school added). */
@Entity({ name: 'sop_hgw' })
@Index('sop_hgw_code_status_idx', ['code', 'status'])
@Check('sop_hgw_status_check', `status IN ('op-orde', 'in-ontwikkeling', 'nog-op-te-starten')`)
export class SopHgwEntity {
  @PrimaryColumn({ name: 'sop_id', type: 'uuid', primaryKeyConstraintName: 'sop_hgw_pkey' })
  sopId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'sop_hgw_pkey' })
  position!: number;

  @ManyToOne(() => SopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sop_id', foreignKeyConstraintName: 'sop_hgw_sop_id_fkey' })
  sop?: SopEntity;

  @Column({ type: 'text', nullable: true })
  code!: HgwCode | null;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', nullable: true })
  status!: HgwStatus | null;

  /** Possible statuses when the source was ambiguous (then `status` is null). */
  @Column({ type: 'text', array: true })
  candidates!: HgwStatus[];
}
