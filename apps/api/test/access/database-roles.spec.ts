import { randomBytes } from 'node:crypto';
import { type Client } from 'pg';
import { type RunningServer } from '../../src/server';
import { codeOf, SessionClient, signedIn, PASSWORD } from '../accounts/session-client';
import { createSchool, createSop, sopDocument } from '../factories';
import { startTestApp, type TestApp } from '../test-app';
import { createRuntimeLogin, dropRuntimeLogin, type RuntimeLogin, startServerAs } from './runtime-login';

/**
 * The attacks of issue 17 item 4, made as the app's database role: a login role created by `db-roles` (what a
 * production DATABASE_URL uses), connected as the app connects (`role=sop_atlas_app`). Each attack has a positive
 * control, so a refusal cannot come from a broken set-up.
 */
describe('the database as a wall: what the runtime role may not do (real PostgreSQL)', () => {
  let app: TestApp;
  let runtime: RuntimeLogin | undefined;
  let login: string;
  let runtimeUrl: string;
  let db: Client;
  let editorA: SessionClient;
  let staff: SessionClient;
  let schoolB: string;
  let draftA: string;
  let draftB: string;

  beforeAll(async () => {
    app = await startTestApp();
    const schoolA = (await createSchool(app.dataSource, { name: 'School A' })).id;
    schoolB = (await createSchool(app.dataSource, { name: 'School B' })).id;
    draftA = (await createSop(app.dataSource, schoolA, sopDocument('2025-2026'), 'draft')).id;
    draftB = (await createSop(app.dataSource, schoolB, sopDocument('2025-2026'), 'draft')).id;
    editorA = await signedIn(app.url, app.dataSource, 'a@school.nl', ['school-editor'], [schoolA]);
    staff = await signedIn(app.url, app.dataSource, 'staf@sppoh.nl', ['swv-staff']);

    // the one-time set-up of the README, through the real CLI
    runtime = await createRuntimeLogin(app.database.url);
    login = runtime.name;
    runtimeUrl = runtime.url;
    db = runtime.db;
    expect(runtime.cli.stderr).toContain(`Rol ${login} klaar`);
    expect(runtime.cli.stdout.trim()).toBe(
      `postgres://${login}:<wachtwoord>@${new URL(app.database.url).host}/${app.database.name}`,
    );
  }, 180_000); // the app, accounts and a CLI process

  afterAll(async () => {
    await runtime?.db.end();
    await app?.close();
    await dropRuntimeLogin(runtime);
  });

  /** One transaction as the runtime role, optionally with a credential handed over as the API does. */
  async function asApp<T>(credential: string | null, work: () => Promise<T>): Promise<T> {
    await db.query('BEGIN');
    try {
      if (credential !== null) {
        await db.query(`SELECT set_config('sop_atlas.credential', $1, true)`, [credential]);
      }
      return await work();
    } finally {
      await db.query('ROLLBACK');
    }
  }

  async function visionOf(sopId: string): Promise<string> {
    const [row] = await app.dataSource.query<{ vision: string }[]>(`SELECT vision FROM sop WHERE id = $1`, [
      sopId,
    ]);
    return row?.vision ?? '';
  }

  it('the app itself works as sop_atlas_app, which owns nothing, even on a superuser URL', async () => {
    const [me] = await app.runtimeDataSource.query<{ current_user: string }[]>(`SELECT current_user`);
    expect(me?.current_user).toBe('sop_atlas_app');
    const [owned] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
       WHERE r.rolname IN ('sop_atlas_app', $1)`,
      [login],
    );
    expect(owned?.n).toBe(0);
    const [role] = await app.dataSource.query<{ rolsuper: boolean; rolcreaterole: boolean }[]>(
      `SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = $1`,
      [login],
    );
    expect(role).toEqual({ rolsuper: false, rolcreaterole: false });
  });

  it('may not read password hashes; login compares inside the database', async () => {
    await expect(db.query(`SELECT password_hash FROM user_account`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`SELECT * FROM user_account`)).rejects.toThrow(/permission denied/);
    await expect(db.query(`SELECT * FROM sop_atlas_private.service_credential`)).rejects.toThrow(
      /permission denied/,
    );
    // what login gets: salt and parameters, never the hash
    const [stored] = await app.dataSource.query<{ password_hash: string }[]>(
      `SELECT password_hash FROM user_account WHERE email = 'a@school.nl'`,
    );
    const { rows } = await db.query<{ prefix: string }>(
      `SELECT sop_atlas_password_salt('a@school.nl') AS prefix`,
    );
    const hash = stored?.password_hash ?? '';
    expect(hash.startsWith(`${rows[0]?.prefix ?? 'x'}$`)).toBe(true);
    expect(rows[0]?.prefix).not.toContain(hash.slice(hash.lastIndexOf('$') + 1));
    // positive control: the columns a login and the Beheer page need are readable
    const { rows: accounts } = await db.query(`SELECT id, email, roles FROM user_account`);
    expect(accounts.length).toBe(2);
  });

  it("set_config('sop_atlas.roles', 'swv-staff') then updating another school's draft: refused", async () => {
    const forged = await asApp(null, async () => {
      await db.query(
        `SELECT set_config('sop_atlas.roles', 'swv-staff,admin', true),
                set_config('sop_atlas.user_id', (SELECT id::text FROM user_account WHERE email = 'a@school.nl'), true)`,
      );
      return db.query(`UPDATE sop SET vision = 'gekaapt' WHERE id = $1`, [draftB]);
    });
    expect(forged.rowCount).toBe(0);
    // editor A's real session does not reach school B either, nor does a made-up token
    const asEditor = await asApp(editorA.cookie, () =>
      db.query(`UPDATE sop SET vision = 'gekaapt' WHERE id = $1`, [draftB]),
    );
    expect(asEditor.rowCount).toBe(0);
    const madeUp = await asApp(randomBytes(32).toString('base64url'), () =>
      db.query(`UPDATE sop SET vision = 'gekaapt' WHERE id = $1`, [draftB]),
    );
    expect(madeUp.rowCount).toBe(0);
    expect(await visionOf(draftB)).not.toBe('gekaapt');
    // positive controls: editor A's own draft, and school B's draft with a staff session
    const own = await asApp(editorA.cookie, () =>
      db.query(`UPDATE sop SET vision = 'eigen' WHERE id = $1`, [draftA]),
    );
    expect(own.rowCount).toBe(1);
    const byStaff = await asApp(staff.cookie, () =>
      db.query(`UPDATE sop SET vision = 'staf' WHERE id = $1`, [draftB]),
    );
    expect(byStaff.rowCount).toBe(1);
  });

  it('may not raise its own account: no role changes, school links, forged sessions or other roles', async () => {
    const raised = await asApp(editorA.cookie, () =>
      db.query(`UPDATE user_account SET roles = '{swv-staff,admin}' WHERE email = 'a@school.nl'`),
    );
    expect(raised.rowCount).toBe(0);
    await expect(
      asApp(editorA.cookie, () =>
        db.query(
          `INSERT INTO user_account_school (user_id, school_id)
           SELECT id, $1 FROM user_account WHERE email = 'a@school.nl'`,
          [schoolB],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      db.query(
        `INSERT INTO user_session (token_hash, user_id, provider, expires_at)
         SELECT 'x', id, 'local', now() + interval '1 hour' FROM user_account WHERE email = 'staf@sppoh.nl'`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      db.query(
        `SELECT sop_atlas_open_session(id, 'x', 'local', now() + interval '1 hour', 10)
         FROM user_account WHERE email = 'staf@sppoh.nl'`,
      ),
    ).rejects.toThrow(/geen geldige aanmelding/);
    await expect(
      db.query(
        `SELECT sop_atlas_oidc_login(id, 'https://idp', 'x') FROM user_account WHERE email = 'staf@sppoh.nl'`,
      ),
    ).rejects.toThrow(/OpenID Connect-aanmelding staat uit/);
    await expect(db.query(`SET ROLE postgres`)).rejects.toThrow(/permission denied/);
    await db.query(`RESET ROLE`); // back to the login role: no more than sop_atlas_app
    await expect(db.query(`SELECT password_hash FROM user_account`)).rejects.toThrow(/permission denied/);
    await db.query(`SET ROLE sop_atlas_app`);
    const [roles] = await app.dataSource.query<{ roles: string[] }[]>(
      `SELECT roles FROM user_account WHERE email = 'a@school.nl'`,
    );
    expect(roles?.roles).toEqual(['school-editor']);
    // positive control: an admin's session may change roles (what the Beheer page does)
    const admin = await signedIn(app.url, app.dataSource, 'beheer@sppoh.nl', ['admin']);
    const byAdmin = await asApp(admin.cookie, () =>
      db.query(`UPDATE user_account SET display_name = 'A' WHERE email = 'a@school.nl'`),
    );
    expect(byAdmin.rowCount).toBe(1);
  });

  it('may not DELETE, UPDATE or TRUNCATE audit rows, nor drop or disable their trigger', async () => {
    await app.dataSource.query(`INSERT INTO audit_event (actor, action) VALUES ('beheer', 'test.recorded')`);
    const [before] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event`,
    );
    expect(before?.n).toBeGreaterThan(0);
    for (const sql of [
      `DELETE FROM audit_event`,
      `UPDATE audit_event SET actor = 'niemand'`,
      `TRUNCATE audit_event`,
    ]) {
      await expect(db.query(sql)).rejects.toThrow(/permission denied/);
    }
    for (const sql of [
      `DROP TRIGGER audit_event_append_only ON audit_event`,
      `ALTER TABLE audit_event DISABLE TRIGGER ALL`,
    ]) {
      await expect(db.query(sql)).rejects.toThrow(/must be owner/);
    }
    const [after] = await app.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_event`);
    expect(after?.n).toBe(before?.n);
    // positive control: appending is what the app does
    await expect(
      asApp(null, () => db.query(`INSERT INTO audit_event (actor, action) VALUES ('test', 'test.appended')`)),
    ).resolves.toMatchObject({ rowCount: 1 });
  });

  it('may not change the schema (DDL)', async () => {
    await expect(db.query(`CREATE TABLE buit (x int)`)).rejects.toThrow(
      /permission denied for schema public/,
    );
    await expect(db.query(`CREATE SCHEMA buit`)).rejects.toThrow(/permission denied for database/);
    await expect(db.query(`CREATE FUNCTION buit() RETURNS int LANGUAGE sql AS 'SELECT 1'`)).rejects.toThrow(
      /permission denied for schema public/,
    );
    for (const sql of [
      `ALTER TABLE sop DISABLE ROW LEVEL SECURITY`,
      `DROP POLICY sop_update ON sop`,
      `DROP TABLE sop_warning`,
      `ALTER TABLE user_account ADD COLUMN buit text`,
    ]) {
      await expect(db.query(sql)).rejects.toThrow(/must be owner/);
    }
  });

  it('a production start as the login role alone (no owner URL) serves logins and edits', async () => {
    let server: RunningServer | undefined;
    try {
      server = await startServerAs(runtimeUrl);
      const editor = new SessionClient(server.url);
      expect(codeOf(await editor.login('a@school.nl', PASSWORD))).toBeUndefined();
      const result = await editor.gql(
        `mutation ($sopId: ID!, $v: Int!) {
           updateDraftField(sopId: $sopId, path: "vision", value: "via de inlogrol", expectedVersion: $v) { id }
         }`,
        {
          sopId: draftA,
          v: (
            await app.dataSource.query<{ version: number }[]>(`SELECT version FROM sop WHERE id = $1`, [
              draftA,
            ])
          )[0]?.version,
        },
      );
      expect(result.errors).toBeUndefined();
      const [session] = await app.dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = $1 AND datname = $2`,
        [login, app.database.name],
      );
      expect(session?.n).toBeGreaterThan(0);
    } finally {
      await server?.close();
    }
  });
});
