import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Who is calling: a live session's account, the service credential, or a batch job's credential (see below). */
const CALLER_WITH_JOBS = `
  CREATE OR REPLACE FUNCTION sop_atlas_caller(OUT user_id uuid, OUT roles text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH raw AS (
      SELECT current_setting('sop_atlas.credential', true) AS credential
    ), given AS (
      SELECT encode(sha256(convert_to(credential, 'UTF8')), 'hex') AS hash FROM raw
      WHERE coalesce(credential, '') <> ''
    ), job AS (
      SELECT m[1]::uuid AS batch_id, encode(sha256(convert_to(m[2], 'UTF8')), 'hex') AS key_hash
      FROM raw, regexp_match(raw.credential,
        '^job:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(.{32,})$') AS parsed (m)
      WHERE m IS NOT NULL
    )
    SELECT a.id, a.roles FROM given
      JOIN user_session s ON s.token_hash = given.hash AND s.expires_at > now()
      JOIN user_account a ON a.id = s.user_id AND a.disabled_at IS NULL
    UNION ALL
    SELECT NULL::uuid, ARRAY['swv-staff', 'admin'] FROM given
      JOIN sop_atlas_private.service_credential c ON c.token_hash = given.hash
    UNION ALL
    -- A batch job: a worker key of an app process and the live credential of that batch; it acts as the staff
    -- member who started the batch (only staff rights, only while the account is enabled and still staff), or as
    -- the service credential that started it while that credential is configured.
    SELECT c.user_id, ARRAY['swv-staff'] FROM job
      JOIN sop_atlas_private.job_key k ON k.key_hash = job.key_hash
      JOIN sop_atlas_private.job_credential c ON c.batch_id = job.batch_id AND c.expires_at > now()
      LEFT JOIN user_account a ON a.id = c.user_id
      LEFT JOIN sop_atlas_private.service_credential sc ON sc.name = c.service_name
    WHERE (a.id IS NOT NULL AND a.disabled_at IS NULL AND 'swv-staff' = ANY (a.roles))
       OR (c.user_id IS NULL AND sc.name IS NOT NULL)
    LIMIT 1
  $$`;

/** The function of migration RuntimeRoleWall, restored by `down`. */
const CALLER_WITHOUT_JOBS = `
  CREATE OR REPLACE FUNCTION sop_atlas_caller(OUT user_id uuid, OUT roles text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH given AS (
      SELECT encode(sha256(convert_to(current_setting('sop_atlas.credential', true), 'UTF8')), 'hex') AS hash
      WHERE coalesce(current_setting('sop_atlas.credential', true), '') <> ''
    )
    SELECT a.id, a.roles FROM given
      JOIN user_session s ON s.token_hash = given.hash AND s.expires_at > now()
      JOIN user_account a ON a.id = s.user_id AND a.disabled_at IS NULL
    UNION ALL
    SELECT NULL::uuid, ARRAY['swv-staff', 'admin'] FROM given
      JOIN sop_atlas_private.service_credential c ON c.token_hash = given.hash
    LIMIT 1
  $$`;

/**
 * Batch jobs act as the staff member who started the batch (ADR 0011). A job has no caller of its own, and the
 * runtime role reads the job queue, so nothing the worker needs may be a bearer secret stored in the database:
 *
 * - `sop_atlas_private.job_credential` binds a batch to the account (or the service credential) of the request that
 *   created it, with an expiry; only `sop_atlas_issue_job_credential` writes it, and only for a caller whose own
 *   credential (session or service token, not a job) carries `swv-staff`;
 * - `sop_atlas_private.job_key` holds the hashes of the worker keys, the secret half that lives only in the app
 *   processes: `JOB_TOKEN` (written by the owner, like STAFF_TOKEN) or a random key per process, registered at boot
 *   by a process that may act as the owner and kept alive by `sop_atlas_job_key_alive` (proof of possession);
 * - a job presents `job:<batchId>:<key>` as its credential; `sop_atlas_caller()` resolves it to that account with
 *   staff rights only, so RLS and the audit trail see the person who started the batch.
 *
 * The runtime role alone (an SQL injection) can neither mint a job credential (no staff credential) nor use one
 * (no worker key), nor read either table.
 */
export class JobCredential1798000000000 implements MigrationInterface {
  name = 'JobCredential1798000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sop_atlas_private.job_key (
        name text PRIMARY KEY,
        key_hash text NOT NULL UNIQUE,
        seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sop_atlas_private.job_credential (
        batch_id uuid PRIMARY KEY REFERENCES import_batch (id) ON DELETE CASCADE,
        user_id uuid REFERENCES user_account (id) ON DELETE CASCADE,
        service_name text,
        issued_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        CONSTRAINT job_credential_issuer CHECK ((user_id IS NULL) <> (service_name IS NULL))
      )`);
    await q.query(CALLER_WITH_JOBS);

    // Issued in the staff request that stores the batch (same transaction): the caller is the request's own
    // credential, resolved here, never a job's; the lifetime is capped here, not chosen by the app.
    await q.query(`
      CREATE FUNCTION sop_atlas_issue_job_credential(p_batch_id uuid) RETURNS timestamptz
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        hash text := encode(sha256(convert_to(coalesce(current_setting('sop_atlas.credential', true), ''), 'UTF8')), 'hex');
        staff_id uuid;
        service text;
        expires timestamptz := now() + interval '6 hours';
      BEGIN
        SELECT a.id INTO staff_id FROM user_session s
          JOIN user_account a ON a.id = s.user_id AND a.disabled_at IS NULL AND 'swv-staff' = ANY (a.roles)
        WHERE s.token_hash = hash AND s.expires_at > now();
        IF staff_id IS NULL THEN
          SELECT c.name INTO service FROM sop_atlas_private.service_credential c WHERE c.token_hash = hash;
        END IF;
        IF staff_id IS NULL AND service IS NULL THEN
          RAISE EXCEPTION 'alleen SWV-medewerkers kunnen een upload laten inlezen'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM import_batch WHERE id = p_batch_id AND finished_at IS NULL) THEN
          RAISE EXCEPTION 'upload % bestaat niet of is al ingelezen', p_batch_id
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        DELETE FROM sop_atlas_private.job_credential WHERE expires_at <= now();
        INSERT INTO sop_atlas_private.job_credential (batch_id, user_id, service_name, expires_at)
        VALUES (p_batch_id, staff_id, service, expires);
        RETURN expires;
      END $$`);
    // Ends the job credential of this transaction (only its holder, who knows a worker key, can name it).
    await q.query(`
      CREATE FUNCTION sop_atlas_end_job_credential() RETURNS boolean
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        m text[] := regexp_match(coalesce(current_setting('sop_atlas.credential', true), ''),
          '^job:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):(.{32,})$');
      BEGIN
        IF m IS NULL OR NOT EXISTS (SELECT 1 FROM sop_atlas_private.job_key
                                    WHERE key_hash = encode(sha256(convert_to(m[2], 'UTF8')), 'hex')) THEN
          RETURN false;
        END IF;
        DELETE FROM sop_atlas_private.job_credential WHERE batch_id = m[1]::uuid;
        RETURN FOUND;
      END $$`);
    // A process shows it still holds its key (only the holder can): keys not seen for a day are pruned at boot.
    await q.query(`
      CREATE FUNCTION sop_atlas_job_key_alive(p_key text) RETURNS boolean
      LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        UPDATE sop_atlas_private.job_key SET seen_at = now()
        WHERE key_hash = encode(sha256(convert_to(coalesce(p_key, ''), 'UTF8')), 'hex');
        RETURN FOUND;
      END $$`);
    for (const fn of [
      'sop_atlas_issue_job_credential(uuid)',
      'sop_atlas_end_job_credential()',
      'sop_atlas_job_key_alive(text)',
    ]) {
      await q.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await q.query(`GRANT EXECUTE ON FUNCTION ${fn} TO sop_atlas_app`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION sop_atlas_job_key_alive(text)`);
    await q.query(`DROP FUNCTION sop_atlas_end_job_credential()`);
    await q.query(`DROP FUNCTION sop_atlas_issue_job_credential(uuid)`);
    await q.query(CALLER_WITHOUT_JOBS);
    await q.query(`DROP TABLE sop_atlas_private.job_credential`);
    await q.query(`DROP TABLE sop_atlas_private.job_key`);
  }
}
