import { Column, Entity, PrimaryColumn } from 'typeorm';
import { numericTransformer } from '../common/transformers';

/** Basisondersteuning formula per calendar year: vaste voet per location + amount per pupil (euro). */
@Entity({ name: 'funding_parameter' })
export class FundingParameterEntity {
  @PrimaryColumn({
    name: 'calendar_year',
    type: 'integer',
    primaryKeyConstraintName: 'funding_parameter_pkey',
  })
  calendarYear!: number;

  @Column({
    name: 'base_per_location',
    type: 'numeric',
    precision: 12,
    scale: 2,
    transformer: numericTransformer,
  })
  basePerLocation!: number;

  @Column({ name: 'per_pupil', type: 'numeric', precision: 12, scale: 2, transformer: numericTransformer })
  perPupil!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  source!: string | null;
}
