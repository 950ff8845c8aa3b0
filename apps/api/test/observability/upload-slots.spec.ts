import http from 'node:http';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/common/auth/identity';
import { signedIn } from '../accounts/session-client';
import { startTestApp, type TestApp } from '../test-app';

const STAFF_TOKEN = 'upload-slots-token-0123456789';
const BOUNDARY = 'sopatlasgrens';

function multipart(content: string): string {
  return (
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="duo.csv"\r\n` +
    `Content-Type: text/csv\r\n\r\n${content}\r\n--${BOUNDARY}--\r\n`
  );
}

interface Caller {
  authorization?: string;
  cookie?: string;
}

function headersOf(caller: Caller, length: number): http.OutgoingHttpHeaders {
  return {
    'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
    'content-length': length,
    ...(caller.authorization ? { authorization: caller.authorization } : {}),
    ...(caller.cookie ? { cookie: caller.cookie, [CSRF_HEADER]: '1' } : {}),
  };
}

/** An upload whose body arrives slowly: it holds its slot until `finish()`. */
function slowUpload(url: string, caller: Caller): { finish(): Promise<number> } {
  const body = multipart('BRIN_NUMMER;VESTIGINGSNUMMER\r\n');
  const split = 40;
  let status: Promise<number> = Promise.resolve(0);
  const req = http.request(`${url}/api/uploads/duo`, {
    method: 'POST',
    headers: headersOf(caller, body.length),
  });
  status = new Promise((resolve, reject) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, split));
  return {
    finish: () => {
      req.end(body.slice(split));
      return status;
    },
  };
}

async function quickUpload(
  url: string,
  caller: Caller,
  content = 'geen;duo\r\n',
): Promise<{ status: number; message: string }> {
  const body = multipart(content);
  const response = await fetch(`${url}/api/uploads/duo`, {
    method: 'POST',
    headers: headersOf(caller, body.length) as Record<string, string>,
    body,
  });
  const json = (await response.json()) as { message?: string };
  return { status: response.status, message: json.message ?? '' };
}

/** Retries until the slow uploads above have reached the server (no fixed sleep). */
async function until429(url: string, caller: Caller): Promise<{ status: number; message: string }> {
  let last = { status: 0, message: '' };
  for (let i = 0; i < 100; i++) {
    last = await quickUpload(url, caller);
    if (last.status === 429) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return last;
}

describe('uploads in progress are capped per caller and in total (429)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: {
        STAFF_TOKEN,
        UPLOAD_CONCURRENCY_PER_USER: '1',
        UPLOAD_CONCURRENCY: '2',
        UPLOAD_MAX_BYTES: '2048',
      },
    });
  });
  afterAll(() => app.close());

  it('a second upload of one caller waits; a third caller waits for the total; freed slots are reused', async () => {
    const staff: Caller = { authorization: `Bearer ${STAFF_TOKEN}` };
    const first = slowUpload(app.url, staff);
    const perUser = await until429(app.url, staff);
    expect(perUser.status).toBe(429);
    expect(perUser.message).toContain('maximum 1 tegelijk');

    const anna = await signedIn(app.url, app.dataSource, 'anna@example.nl', ['swv-staff']);
    const bob = await signedIn(app.url, app.dataSource, 'bob@example.nl', ['swv-staff']);
    const annaCaller = { cookie: `${SESSION_COOKIE}=${anna.cookie ?? ''}` };
    const bobCaller = { cookie: `${SESSION_COOKIE}=${bob.cookie ?? ''}` };
    const second = slowUpload(app.url, annaCaller);
    const total = await until429(app.url, bobCaller);
    expect(total.status).toBe(429);
    expect(total.message).toContain('maximum 2 tegelijk');

    expect(await first.finish()).toBe(400); // not a DUO file: refused, and its slot is free again
    expect((await quickUpload(app.url, bobCaller)).status).toBe(400);
    expect(await second.finish()).toBe(400);
    expect((await quickUpload(app.url, staff)).status).toBe(400);
  });

  it('a DUO file above UPLOAD_MAX_BYTES is refused in Dutch (413)', async () => {
    const big = await quickUpload(app.url, { authorization: `Bearer ${STAFF_TOKEN}` }, 'x;'.repeat(2000));
    expect(big).toEqual({
      status: 413,
      message: 'het bestand is groter dan het maximum van 2 kB (UPLOAD_MAX_BYTES)',
    });
  });
});
