import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { UserAccountEntity } from './user-account.entity';

/** A signed-in browser: only the sha256 of its random token is stored. */
@Entity({ name: 'user_session' })
@Unique('user_session_token_hash_key', ['tokenHash'])
@Index('user_session_user_idx', ['userId'])
export class UserSessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'user_session_pkey' })
  id!: string;

  /** Hex sha256 of the cookie's token. */
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccountEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'user_session_user_id_fkey' })
  user?: UserAccountEntity;

  /** The identity provider that signed the user in (`local`, later `entra`). */
  @Column({ type: 'text' })
  provider!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz', default: () => 'now()' })
  lastSeenAt!: Date;
}
