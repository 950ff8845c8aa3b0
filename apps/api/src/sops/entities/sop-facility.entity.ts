import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SopEntity } from '../sop.entity';
import { type FacilityCode, type FacilityStatus } from '@sop-atlas/sop-model';

/** 2D Bijzondere voorzieningen en toegankelijkheid. */
@Entity({ name: 'sop_facility' })
@Index('sop_facility_code_status_idx', ['code', 'status'])
@Check('sop_facility_status_check', `status IN ('aanwezig', 'niet-van-toepassing')`)
export class SopFacilityEntity {
  @PrimaryColumn({ name: 'sop_id', type: 'uuid', primaryKeyConstraintName: 'sop_facility_pkey' })
  sopId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'sop_facility_pkey' })
  position!: number;

  @ManyToOne(() => SopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sop_id', foreignKeyConstraintName: 'sop_facility_sop_id_fkey' })
  sop?: SopEntity;

  @Column({ type: 'text', nullable: true })
  code!: FacilityCode | null;

  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text', nullable: true })
  status!: FacilityStatus | null;

  @Column({ type: 'text', array: true })
  candidates!: FacilityStatus[];
}
