import { LOCK_AFTER_FAILURES } from '../../src/accounts/local-identity.provider';
import { createSchool } from '../factories';
import { SqlCounter } from '../sql-counter';
import { startTestApp, type TestApp } from '../test-app';
import { codeOf, PASSWORD, SessionClient, signedIn } from './session-client';

const LIST = `{ userAccounts { email schoolIds schools { id name } } }`;
const UNLOCK = `mutation ($id: ID!) { unlockUserAccount(userId: $id) { failedLoginCount lockedUntil } }`;

interface ListedAccount {
  email: string;
  schoolIds: string[];
  schools: { id: string; name: string }[];
}

describe('account management for the Beheer page: UserAccount.schools, unlockUserAccount (real PostgreSQL)', () => {
  const counter = new SqlCounter();
  let app: TestApp;
  let admin: SessionClient;
  beforeAll(async () => {
    app = await startTestApp({ sqlLogger: counter });
    admin = await signedIn(app.url, app.dataSource, 'beheer@example.nl', ['admin']);
  });
  afterAll(() => app.close());

  async function accountIdOf(email: string): Promise<string> {
    const [row] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM user_account WHERE email = $1`,
      [email],
    );
    if (!row) throw new Error(`geen account ${email}`);
    return row.id;
  }

  it("lists each account's schools by name, in one batch however many accounts there are", async () => {
    const zuid = await createSchool(app.dataSource, { name: 'Zuiderschool' });
    const noord = await createSchool(app.dataSource, { name: 'Noorderschool' });
    await signedIn(app.url, app.dataSource, 'redacteur1@example.nl', ['school-editor'], [zuid.id, noord.id]);

    counter.reset();
    const few = await admin.data<{ userAccounts: ListedAccount[] }>(LIST);
    const fewStatements = counter.count;
    const editor = few.userAccounts.find((a) => a.email === 'redacteur1@example.nl');
    expect(editor?.schools).toEqual([
      { id: noord.id, name: 'Noorderschool' },
      { id: zuid.id, name: 'Zuiderschool' },
    ]);
    expect(few.userAccounts.find((a) => a.email === 'beheer@example.nl')?.schools).toEqual([]);

    for (let i = 2; i <= 12; i += 1) {
      const school = await createSchool(app.dataSource, { name: `School ${i}` });
      await signedIn(app.url, app.dataSource, `redacteur${i}@example.nl`, ['school-editor'], [school.id]);
    }
    counter.reset();
    const many = await admin.data<{ userAccounts: ListedAccount[] }>(LIST);
    expect(many.userAccounts.length).toBe(few.userAccounts.length + 11);
    expect(counter.count).toBe(fewStatements);
  });

  it('unlockUserAccount clears a lockout so the right password works again; admin only, audited', async () => {
    const staff = await signedIn(app.url, app.dataSource, 'slot@example.nl', ['swv-staff']);
    const id = await accountIdOf('slot@example.nl');
    const client = new SessionClient(app.url);
    for (let i = 0; i < LOCK_AFTER_FAILURES; i += 1) await client.login('slot@example.nl', `fout ${i}`);
    expect(codeOf(await client.login('slot@example.nl', PASSWORD))).toBe('UNAUTHENTICATED');

    expect(codeOf(await staff.gql(UNLOCK, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await new SessionClient(app.url).gql(UNLOCK, { id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await admin.gql(UNLOCK, { id: 'geen-uuid' }))).toBe('NOT_FOUND');
    expect(codeOf(await admin.gql(UNLOCK, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');

    const unlocked = await admin.data<{
      unlockUserAccount: { failedLoginCount: number; lockedUntil: string | null };
    }>(UNLOCK, { id });
    expect(unlocked.unlockUserAccount).toEqual({ failedLoginCount: 0, lockedUntil: null });
    expect(codeOf(await client.login('slot@example.nl', PASSWORD))).toBeUndefined();

    const events = await app.dataSource.query<{ old_value: { failedLoginCount: number } }[]>(
      `SELECT old_value FROM audit_event WHERE action = 'account.unlocked' AND actor = 'beheer@example.nl'`,
    );
    expect(events.map((e) => e.old_value.failedLoginCount)).toEqual([LOCK_AFTER_FAILURES]);
  });

  it('setUserAccountDisabled on an unknown account answers NOT_FOUND and audits nothing (UPDATE … RETURNING rows)', async () => {
    const DISABLE = `mutation ($id: ID!) { setUserAccountDisabled(userId: $id, disabled: true) { email } }`;
    const unknown = '00000000-0000-4000-8000-0000000000d1';
    expect(codeOf(await admin.gql(DISABLE, { id: unknown }))).toBe('NOT_FOUND');
    const [audited] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'account.disabled' AND new_value->>'id' = $1`,
      [unknown],
    );
    expect(audited?.n).toBe(0);
    // positive control: a real account is disabled and audited once
    await signedIn(app.url, app.dataSource, 'weg@example.nl', ['school-editor']);
    const id = await accountIdOf('weg@example.nl');
    expect(codeOf(await admin.gql(DISABLE, { id }))).toBeUndefined();
    const [real] = await app.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'account.disabled' AND new_value->>'id' = $1`,
      [id],
    );
    expect(real?.n).toBe(1);
  });
});
