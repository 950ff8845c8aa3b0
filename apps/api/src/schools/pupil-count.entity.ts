import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SchoolEntity } from './school.entity';

/** Pupil count history per school and reference date (DUO peildatum); another date never overwrites a row. */
@Entity({ name: 'pupil_count' })
export class PupilCountEntity {
  @PrimaryColumn({ name: 'school_id', type: 'uuid', primaryKeyConstraintName: 'pupil_count_pkey' })
  schoolId!: string;

  /** `yyyy-mm-dd`. */
  @PrimaryColumn({ name: 'reference_date', type: 'date', primaryKeyConstraintName: 'pupil_count_pkey' })
  referenceDate!: string;

  @ManyToOne(() => SchoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'pupil_count_school_id_fkey' })
  school?: SchoolEntity;

  /** Null when suppressed (DUO writes `<5`) or unknown. */
  @Column({ type: 'integer', nullable: true })
  total!: number | null;

  @Column({ type: 'boolean', default: false })
  suppressed!: boolean;

  /** Where the count came from, e.g. the DUO file name. */
  @Column({ type: 'text' })
  source!: string;
}
