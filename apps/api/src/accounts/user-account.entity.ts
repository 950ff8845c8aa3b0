import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { type Role } from '../common/auth/access-rule.decorator';

/**
 * An account: local (email + argon2id hash) and/or OpenID Connect (linked by email at its first OIDC login, then
 * by the provider's subject).
 */
@Entity({ name: 'user_account' })
@Unique('user_account_email_key', ['email'])
@Unique('user_account_oidc_subject_key', ['oidcIssuer', 'oidcSubject'])
@Check('user_account_email_check', `email = lower(email)`)
@Check('user_account_roles_check', `roles <@ ARRAY['school-editor', 'swv-staff', 'admin']::text[]`)
export class UserAccountEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'user_account_pkey' })
  id!: string;

  /** Lower case. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName!: string;

  /** argon2id (PHC string); null = no local password (external login only). Never selected: the runtime role may not read it. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  roles!: Role[];

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt!: Date | null;

  /** Issuer of the linked OpenID Connect subject; null = never signed in through OIDC. */
  @Column({ name: 'oidc_issuer', type: 'text', nullable: true })
  oidcIssuer!: string | null;

  /** The provider's stable id of the person (Entra `oid`, else `sub`). */
  @Column({ name: 'oidc_subject', type: 'text', nullable: true })
  oidcSubject!: string | null;
}
