import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SchoolEntity } from '../schools/school.entity';
import { UserAccountEntity } from './user-account.entity';

/** A school whose drafts an account (a school editor) may edit. */
@Entity({ name: 'user_account_school' })
@Index('user_account_school_school_idx', ['schoolId'])
export class UserAccountSchoolEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'user_account_school_pkey' })
  userId!: string;

  @PrimaryColumn({ name: 'school_id', type: 'uuid', primaryKeyConstraintName: 'user_account_school_pkey' })
  schoolId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_account_school_user_id_fkey' })
  user?: UserAccountEntity;

  @ManyToOne(() => SchoolEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'school_id', foreignKeyConstraintName: 'user_account_school_school_id_fkey' })
  school?: SchoolEntity;
}
