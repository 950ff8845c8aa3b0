/**
 * A small pool of warm worker processes (forked once, reused), so a document costs a message round trip instead of
 * a Node start. Each job has a deadline: past it the worker is killed and a fresh one is forked for the next job.
 * Idle workers are unref'd so they never keep the calling process alive.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isSopImportErrorCode, SopImportError } from './errors';
import { type InProcessResult } from './parse-bytes';
import { type WorkerReply, type WorkerRequest } from './worker-protocol';

export interface PoolOptions {
  /** Heap cap of a worker in MB (`--max-old-space-size`). */
  readonly maxOldSpaceMb: number;
  /** Idle workers kept warm. */
  readonly maxIdle: number;
}

interface WorkerHandle {
  readonly child: ChildProcess;
  busy: boolean;
}

/** The compiled worker next to this file (dist), or the TypeScript source run through tsx (Jest, tsx). */
function workerEntry(): { file: string; execArgv: string[]; env: NodeJS.ProcessEnv } {
  const js = join(__dirname, 'worker.js');
  if (__filename.endsWith('.js') && existsSync(js)) return { file: js, execArgv: [], env: process.env };
  // From sources, workspace libraries resolve to their sources too (never a stale build).
  const tsconfig = join(__dirname, '..', '..', 'tsconfig.tsx.json');
  return {
    file: join(__dirname, 'worker.ts'),
    execArgv: ['--import', 'tsx'],
    env: existsSync(tsconfig) ? { ...process.env, TSX_TSCONFIG_PATH: tsconfig } : process.env,
  };
}

export class WorkerPool {
  private readonly idle: WorkerHandle[] = [];
  private nextId = 1;

  constructor(private readonly options: PoolOptions) {}

  private spawn(): WorkerHandle {
    const entry = workerEntry();
    const child = fork(entry.file, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${this.options.maxOldSpaceMb}`],
      env: entry.env,
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
    });
    const handle: WorkerHandle = { child, busy: false };
    child.on('exit', () => {
      const at = this.idle.indexOf(handle);
      if (at >= 0) this.idle.splice(at, 1);
    });
    child.on('error', () => undefined);
    return handle;
  }

  private static sleep(handle: WorkerHandle): void {
    handle.child.unref();
    handle.child.channel?.unref();
  }

  private static wake(handle: WorkerHandle): void {
    handle.child.ref();
    handle.child.channel?.ref();
  }

  /** Starts workers ahead of the first job (e.g. at server start or before a benchmark). */
  warm(count = 1): void {
    while (this.idle.length < Math.min(count, this.options.maxIdle)) {
      const h = this.spawn();
      WorkerPool.sleep(h);
      this.idle.push(h);
    }
  }

  run(request: Omit<WorkerRequest, 'id'>, timeoutMs: number): Promise<InProcessResult> {
    const handle = this.idle.pop() ?? this.spawn();
    handle.busy = true;
    WorkerPool.wake(handle);
    const id = this.nextId++;
    const { fileName } = request;
    return new Promise<InProcessResult>((resolve, reject) => {
      let settled = false;
      const finish = (keep: boolean): void => {
        settled = true;
        clearTimeout(timer);
        handle.child.off('message', onMessage);
        handle.child.off('exit', onExit);
        handle.busy = false;
        if (keep && handle.child.connected && this.idle.length < this.options.maxIdle) {
          WorkerPool.sleep(handle);
          this.idle.push(handle);
        } else handle.child.kill('SIGKILL');
      };
      const onMessage = (message: WorkerReply): void => {
        if (settled || message.id !== id) return;
        finish(true);
        if (message.ok && message.result) resolve(message.result);
        else if (!message.ok && isSopImportErrorCode(message.code))
          reject(new SopImportError(message.code, message.message, fileName));
        else reject(new SopImportError('corrupt', 'onverwacht antwoord van het importproces', fileName));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        if (settled) return;
        finish(false);
        reject(
          new SopImportError(
            'corrupt',
            `het importproces stopte onverwacht (${signal ?? `code ${code ?? '?'}`}); mogelijk te veel geheugen nodig`,
            fileName,
          ),
        );
      };
      const timer = setTimeout(() => {
        if (settled) return;
        finish(false);
        reject(
          new SopImportError(
            'timeout',
            `het lezen duurde langer dan ${timeoutMs} ms en is afgebroken`,
            fileName,
          ),
        );
      }, timeoutMs);
      handle.child.on('message', onMessage);
      handle.child.on('exit', onExit);
      const message: WorkerRequest = { ...request, id };
      try {
        handle.child.send(message, (error) => {
          if (error && !settled) {
            finish(false);
            reject(
              new SopImportError(
                'corrupt',
                `het importproces is niet bereikbaar (${error.message})`,
                fileName,
              ),
            );
          }
        });
      } catch (error) {
        finish(false);
        reject(
          new SopImportError('corrupt', `het importproces is niet bereikbaar (${String(error)})`, fileName),
        );
      }
    });
  }

  /** Process ids of the idle workers (benchmarks read their peak memory). */
  pids(): number[] {
    return this.idle.map((h) => h.child.pid).filter((p): p is number => p !== undefined);
  }

  /** Stops every idle worker (tests, graceful shutdown). */
  close(): void {
    for (const h of this.idle.splice(0)) h.child.kill('SIGKILL');
  }
}
