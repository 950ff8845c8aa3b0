import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** The built entry point `npm start` runs (the api `test` target depends on `build`). */
export const MAIN_JS = path.resolve(__dirname, '..', 'dist', 'main.js');

export interface ServerProcess {
  child: ChildProcess;
  /** stdout + stderr so far */
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

export function spawnServer(env: Record<string, string>): ServerProcess {
  if (!fs.existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} ontbreekt: bouw eerst (nx run api:build)`);
  const child = spawn(process.execPath, [MAIN_JS], {
    cwd: path.resolve(__dirname, '..', '..', '..'),
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      LOG_LEVEL: 'log',
      HOST: '127.0.0.1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits for the "Luistert op" line; returns the base URL. */
export async function waitUntilListening(server: ServerProcess, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const match = /Luistert op http:\/\/[^:]+:(\d+)/.exec(server.output());
    if (match) return `http://127.0.0.1:${match[1]}`;
    if (server.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  server.child.kill('SIGKILL');
  throw new Error(`Server startte niet:\n${server.output()}`);
}

export async function stopServer(server: ServerProcess): Promise<number | null> {
  server.child.kill('SIGTERM');
  return server.exited;
}
