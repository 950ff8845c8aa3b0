import { Writable } from 'node:stream';
import { CSRF_HEADER } from '../../src/common/auth/identity';
import { signedIn } from '../accounts/session-client';
import { startTestApp, type TestApp } from '../test-app';

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  operation?: string;
  userId?: string;
  outcome?: string;
  durationMs?: number;
  err?: { stack?: string; message?: string };
  [key: string]: unknown;
}

/** pino's numeric levels */
const INFO = 30;
const WARN = 40;
const ERROR = 50;

/** The app's real JSON log (pino), kept in memory. */
class LogCapture extends Writable {
  readonly lines: LogLine[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString().split('\n'))
      if (line.trim() !== '') this.lines.push(JSON.parse(line) as LogLine);
    done();
  }
  of(requestId: string): LogLine[] {
    return this.lines.filter((line) => line.requestId === requestId);
  }
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return { requestId: response.headers.get('x-request-id') ?? '', body, status: response.status };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('structured request logs', () => {
  let app: TestApp;
  const log = new LogCapture();
  beforeAll(async () => {
    app = await startTestApp({ logDestination: log, env: { LOG_LEVEL: 'log' } });
  });
  afterAll(() => app.close());

  it('a public GET answered from the data-version cache (304) is still one line with its operation', async () => {
    const url = `${app.url}/graphql?${new URLSearchParams({ query: 'query Areas { werkgebieden { code } }' }).toString()}`;
    const first = await fetch(url, { headers: { [CSRF_HEADER]: '1' } });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    const again = await fetch(url, { headers: { [CSRF_HEADER]: '1', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    await settle();
    const lines = log.of(again.headers.get('x-request-id') ?? '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: INFO, operation: 'Areas' });
  });

  it('a wrong password is one warn line without a stack (request id, operation, duration)', async () => {
    await signedIn(app.url, app.dataSource, 'log-test@example.nl', ['swv-staff']);
    const result = await post(
      app.url,
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
      { e: 'log-test@example.nl', p: 'verkeerd wachtwoord 123' },
    );
    expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await settle();
    const lines = log.of(result.requestId);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: WARN,
      operation: 'mutation login',
      outcome: 'UNAUTHENTICATED',
      durationMs: expect.any(Number) as unknown,
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/stack|verkeerd|cookie/);
    expect(log.lines.filter((line) => line.level >= ERROR)).toEqual([]);
  });

  it('bad input is info; a signed-in request carries the user id; a given request id is kept', async () => {
    const bad = await post(app.url, '{ schools(first: 201) { totalCount } }');
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const client = await signedIn(app.url, app.dataSource, 'log-user@example.nl', ['swv-staff']);
    const [account] = await app.dataSource.query<{ id: string }[]>(
      `SELECT id FROM user_account WHERE email = 'log-user@example.nl'`,
    );
    const mine = await post(
      app.url,
      'query Wie { me { email } }',
      {},
      {
        cookie: `sop_atlas_session=${client.cookie ?? ''}`,
        'x-request-id': 'operator-trace-42',
      },
    );
    expect(mine.requestId).toBe('operator-trace-42');
    await settle();
    expect(log.of(bad.requestId)).toEqual([
      expect.objectContaining({ level: INFO, outcome: 'BAD_USER_INPUT', operation: 'query schools' }),
    ]);
    expect(log.of('operator-trace-42')).toEqual([
      expect.objectContaining({ level: INFO, operation: 'Wie', userId: account?.id }),
    ]);
  });

  it('a real fault is logged once, at error, with its stack; the caller sees no detail', async () => {
    await app.dataSource.query('ALTER TABLE funding_parameter RENAME TO funding_parameter_weg');
    try {
      const result = await post(app.url, '{ fundingParameters { calendarYear } }');
      expect(result.body.errors?.[0]).toMatchObject({ message: 'Interne fout' });
      await settle();
      const lines = log.of(result.requestId);
      expect(lines).toHaveLength(1);
      expect(lines[0]?.level).toBe(ERROR);
      expect(lines[0]?.err?.message).toContain('funding_parameter');
      expect(lines[0]?.err?.stack).toContain('\n    at ');
      expect(log.lines.filter((line) => line.level >= ERROR)).toHaveLength(1);
    } finally {
      await app.dataSource.query('ALTER TABLE funding_parameter_weg RENAME TO funding_parameter');
    }
  });
});
