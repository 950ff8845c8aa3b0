import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A setting the SWV's staff choose in the product (changes are audited as `setting.changed`). */
@Entity({ name: 'swv_setting' })
export class SwvSettingEntity {
  /** e.g. `publish-clean-imports`. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'swv_setting_pkey' })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'text', nullable: true })
  updatedBy!: string | null;
}
