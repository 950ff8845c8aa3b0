import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The job queue (pg-boss, schema `pgboss`, migration JobQueue) works on the app's own pool, whose connections run as
 * the runtime role `sop_atlas_app` (migration RuntimeRoleWall, ADR 0009): that role reads and writes the queue's
 * rows, but creates no queue (its tables are made by the owner's migrations).
 */
export class RuntimeRoleJobQueue1797900000000 implements MigrationInterface {
  name = 'RuntimeRoleJobQueue1797900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT USAGE ON SCHEMA pgboss TO sop_atlas_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO sop_atlas_app`);
    await q.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA pgboss TO sop_atlas_app`);
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO sop_atlas_app`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA pgboss REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM sop_atlas_app`,
    );
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA pgboss FROM sop_atlas_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA pgboss FROM sop_atlas_app`);
    await q.query(`REVOKE USAGE ON SCHEMA pgboss FROM sop_atlas_app`);
  }
}
