/**
 * Starts the real API (`node apps/api/dist/main.js`) on a free port with a fresh embedded database in a temporary
 * DATA_DIR, waits until `/graphql` answers `health`, and stops it (process group) afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const API_MAIN = path.join(REPO_ROOT, 'apps/api/dist/main.js');
export const DASHBOARD_INDEX = path.join(REPO_ROOT, 'apps/dashboard/dist/index.html');

/** Staff credential of the test API (uploads in Beheer); at least 16 characters. */
export const E2E_STAFF_TOKEN = 'e2e-staff-token-0123456789';

export interface RunningApi {
  readonly url: string;
  readonly logs: () => string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { data?: { health?: { status?: string } } };
    return body.data?.health?.status === 'ok';
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** `env` overrides the defaults below (e.g. a `DATABASE_URL` of a real PostgreSQL instead of the embedded one). */
export async function startApi(
  timeoutMs = 150_000,
  env: Readonly<Record<string, string>> = {},
): Promise<RunningApi> {
  if (!existsSync(API_MAIN))
    throw new Error(`${API_MAIN} ontbreekt: bouw eerst de API (npm run build -w apps/api)`);
  if (!existsSync(DASHBOARD_INDEX))
    throw new Error(
      `${DASHBOARD_INDEX} ontbreekt: bouw eerst het dashboard (npm run build -w apps/dashboard)`,
    );
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sop-atlas-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      // the e2e signs in with the demo accounts: asked for explicitly (production starts empty)
      SOP_ATLAS_DEMO: '1',
      DATABASE_URL: '',
      STAFF_TOKEN: E2E_STAFF_TOKEN,
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        if (child.pid !== undefined && child.exitCode === null) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
      }, 5_000);
      await exited(child);
      clearTimeout(timer);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`De API stopte bij het starten (code ${child.exitCode}):\n${output}`);
    }
    if (await healthy(url)) return { url, logs: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`De API antwoordde niet binnen ${timeoutMs} ms op ${url}/graphql:\n${output}`);
}
