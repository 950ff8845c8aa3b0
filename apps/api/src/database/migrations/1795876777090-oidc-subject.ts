import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * OpenID Connect login: the provider's subject (issuer + `oid`/`sub`) of the account, stored at its first
 * OIDC login (matched by email) and matched first afterwards.
 */
export class OidcSubject1795876777090 implements MigrationInterface {
  name = 'OidcSubject1795876777090';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account ADD COLUMN oidc_issuer text, ADD COLUMN oidc_subject text`);
    await q.query(
      `ALTER TABLE user_account ADD CONSTRAINT user_account_oidc_subject_key UNIQUE (oidc_issuer, oidc_subject)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE user_account DROP CONSTRAINT user_account_oidc_subject_key`);
    await q.query(`ALTER TABLE user_account DROP COLUMN oidc_subject, DROP COLUMN oidc_issuer`);
  }
}
