import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SopEntity } from '../sop.entity';

/** 2D Extra aanbod: the school's own offers, and the template's hints (`is_hint`) kept apart. */
@Entity({ name: 'sop_extra_offer' })
export class SopExtraOfferEntity {
  @PrimaryColumn({ name: 'sop_id', type: 'uuid', primaryKeyConstraintName: 'sop_extra_offer_pkey' })
  sopId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'sop_extra_offer_pkey' })
  position!: number;

  @ManyToOne(() => SopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sop_id', foreignKeyConstraintName: 'sop_extra_offer_sop_id_fkey' })
  sop?: SopEntity;

  @Column({ type: 'text' })
  offer!: string;

  @Column({ type: 'text', nullable: true })
  period!: string | null;

  @Column({ name: 'is_hint', type: 'boolean' })
  isHint!: boolean;
}
