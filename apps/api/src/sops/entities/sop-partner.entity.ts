import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SopEntity } from '../sop.entity';
import { type Frequency, type PartnerCode } from '@sop-atlas/sop-model';

/** 2D Expertise van externe deskundigen: how often each partner kind is involved. */
@Entity({ name: 'sop_partner' })
@Index('sop_partner_code_rank_idx', ['code', 'frequencyRank'])
@Check(
  'sop_partner_frequency_check',
  `frequency IN ('structureel', 'regelmatig', 'incidenteel', 'niet-van-toepassing')`,
)
export class SopPartnerEntity {
  @PrimaryColumn({ name: 'sop_id', type: 'uuid', primaryKeyConstraintName: 'sop_partner_pkey' })
  sopId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'sop_partner_pkey' })
  position!: number;

  @ManyToOne(() => SopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sop_id', foreignKeyConstraintName: 'sop_partner_sop_id_fkey' })
  sop?: SopEntity;

  @Column({ type: 'text', nullable: true })
  code!: PartnerCode | null;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', nullable: true })
  frequency!: Frequency | null;

  /** sop-model `frequencyRank`: structureel 3 … n.v.t. 0, for "at least" filters; null when unknown. */
  @Column({ name: 'frequency_rank', type: 'smallint', nullable: true })
  frequencyRank!: number | null;

  @Column({ type: 'text', array: true })
  candidates!: Frequency[];
}
